package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a visit's record (W3.1): a step in words, a before or after photo, a short video, or
 * structured care observations (for example blood pressure, meals, mood).
 */
public record ServiceRecord(UUID id, UUID orderId, Kind kind, Optional<String> text, Optional<String> mediaKey,
                            Optional<String> mediaType, Map<String, String> observations, Instant createdAt) {

    public enum Kind { STEP, BEFORE, AFTER, OBSERVATION }

    public static final int MAX_TEXT = 1000;
    public static final int MAX_OBSERVATIONS = 20;

    public ServiceRecord {
        observations = Map.copyOf(observations);
    }
}
