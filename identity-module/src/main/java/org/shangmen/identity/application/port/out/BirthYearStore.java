package org.shangmen.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Customers' consented birth years. */
public interface BirthYearStore {

    void save(UUID accountId, int birthYear, Instant consentedAt);

    boolean remove(UUID accountId);

    Optional<Integer> find(UUID accountId);
}
