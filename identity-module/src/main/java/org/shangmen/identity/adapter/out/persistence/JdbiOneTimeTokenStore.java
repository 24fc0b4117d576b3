package org.shangmen.identity.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.identity.application.port.out.OneTimeTokenStore;
import org.springframework.stereotype.Repository;

@Repository
class JdbiOneTimeTokenStore implements OneTimeTokenStore {

    private final Jdbi jdbi;

    JdbiOneTimeTokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(OneTimeToken token, Instant createdAt) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO identity.one_time_token (token_hash, account_id, purpose, created_at, expires_at) "
                        + "VALUES (:hash, :account, :purpose, :createdAt, :expiresAt)")
                .bind("hash", token.tokenHash()).bind("account", token.accountId()).bind("purpose", token.purpose().name())
                .bind("createdAt", createdAt).bind("expiresAt", token.expiresAt()).execute());
    }

    @Override
    public Optional<OneTimeToken> find(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT token_hash, account_id, purpose, expires_at, used_at FROM identity.one_time_token "
                        + "WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new OneTimeToken(rs.getString("token_hash"), rs.getObject("account_id", UUID.class),
                        Purpose.valueOf(rs.getString("purpose")), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("used_at") != null))
                .findOne());
    }

    @Override
    public boolean use(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE identity.one_time_token SET used_at = :now "
                        + "WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .bind("hash", tokenHash).bind("now", now).execute()) == 1;
    }
}
