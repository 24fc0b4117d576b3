package org.shangmen.identity.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A customer gave a birth year with consent, or withdrew it (empty): readers keep it only while consented. */
public record BirthYearShared(UUID accountId, Optional<Integer> birthYear, Instant at) {
}
