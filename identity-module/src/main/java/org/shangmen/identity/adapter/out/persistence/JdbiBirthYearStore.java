package org.shangmen.identity.adapter.out.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.identity.application.port.out.BirthYearStore;
import org.springframework.stereotype.Repository;

@Repository
class JdbiBirthYearStore implements BirthYearStore {

    private final Jdbi jdbi;

    JdbiBirthYearStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(UUID accountId, int birthYear, Instant consentedAt) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM identity.customer_birth_year WHERE account_id = :id").bind("id", accountId).execute();
            h.createUpdate("INSERT INTO identity.customer_birth_year (account_id, birth_year, consented_at) VALUES (:id, :year, :at)")
                    .bind("id", accountId).bind("year", birthYear).bind("at", consentedAt).execute();
        });
    }

    @Override
    public boolean remove(UUID accountId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM identity.customer_birth_year WHERE account_id = :id").bind("id", accountId)
                .execute()) > 0;
    }

    @Override
    public Optional<Integer> find(UUID accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT birth_year FROM identity.customer_birth_year WHERE account_id = :id")
                .bind("id", accountId).mapTo(Integer.class).findOne());
    }
}
