package org.shangmen.identity.adapter.out.persistence;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.identity.application.port.out.SignInFailureLog;
import org.springframework.stereotype.Repository;

@Repository
class JdbiSignInFailureLog implements SignInFailureLog {

    private final Jdbi jdbi;

    JdbiSignInFailureLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(String addressHash, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO identity.sign_in_failure (address_hash, failed_at) VALUES (:address, :at)")
                .bind("address", addressHash).bind("at", at).execute());
    }

    @Override
    public long since(String addressHash, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM identity.sign_in_failure WHERE address_hash = :address AND failed_at > :since")
                .bind("address", addressHash).bind("since", since).mapTo(Long.class).one());
    }
}
