package org.shangmen.booking.domain.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** C2.4 a placement worker's record of one day: what was done, and care observations as a visit's record keeps them. */
public record DayRecord(UUID id, UUID placementId, UUID workerId, LocalDate day, Optional<String> text, Map<String, String> observations,
                        Instant createdAt) {

    public DayRecord {
        observations = Map.copyOf(observations);
    }
}
