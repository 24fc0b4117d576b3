package org.shangmen.identity.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.identity.application.port.out.SessionStore;
import org.springframework.stereotype.Repository;

@Repository
class JdbiSessionStore implements SessionStore {

    private final Jdbi jdbi;

    JdbiSessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Session s) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO identity.session (id, account_id, remember_me, created_at, expires_at) "
                        + "VALUES (:id, :account, :remember, :createdAt, :expiresAt)")
                .bind("id", s.id()).bind("account", s.accountId()).bind("remember", s.rememberMe())
                .bind("createdAt", s.createdAt()).bind("expiresAt", s.expiresAt()).execute());
    }

    @Override
    public Optional<Access> access(UUID sessionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.id, s.account_id, s.remember_me, s.created_at, s.expires_at, s.revoked_at, "
                        + "a.status, a.roles, a.permissions, a.password_change_required "
                        + "FROM identity.session s JOIN identity.account a ON a.id = s.account_id WHERE s.id = :id")
                .bind("id", sessionId)
                .map((rs, ctx) -> new Access(session(rs), "ACTIVE".equals(rs.getString("status")), names(rs.getString("roles")),
                        names(rs.getString("permissions")), rs.getBoolean("password_change_required")))
                .findOne());
    }

    private static java.util.Set<String> names(String joined) {
        return joined == null || joined.isBlank() ? java.util.Set.of()
                : java.util.Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<Session> session(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, account_id, remember_me, created_at, expires_at, revoked_at "
                        + "FROM identity.session WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> session(rs))
                .findOne());
    }

    private static Session session(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Session(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getBoolean("remember_me"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }

    @Override
    public void insertRefreshToken(RefreshToken token, Instant issuedAt) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO identity.refresh_token (token_hash, session_id, issued_at, expires_at) "
                        + "VALUES (:hash, :session, :issuedAt, :expiresAt)")
                .bind("hash", token.tokenHash()).bind("session", token.sessionId()).bind("issuedAt", issuedAt)
                .bind("expiresAt", token.expiresAt()).execute());
    }

    @Override
    public Optional<RefreshToken> refreshToken(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT token_hash, session_id, expires_at, used_at FROM identity.refresh_token "
                        + "WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new RefreshToken(rs.getString("token_hash"), rs.getObject("session_id", UUID.class),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("used_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                .findOne());
    }

    @Override
    public boolean useRefreshToken(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE identity.refresh_token SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL")
                .bind("hash", tokenHash).bind("now", now).execute()) == 1;
    }

    @Override
    public void revoke(UUID sessionId, String reason, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE identity.session SET revoked_at = :now, revoke_reason = :reason "
                        + "WHERE id = :id AND revoked_at IS NULL")
                .bind("id", sessionId).bind("reason", reason).bind("now", now).execute());
    }

    @Override
    public int revokeAllOf(UUID accountId, String reason, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE identity.session SET revoked_at = :now, revoke_reason = :reason "
                        + "WHERE account_id = :account AND revoked_at IS NULL")
                .bind("account", accountId).bind("reason", reason).bind("now", now).execute());
    }
}
