package org.shangmen.booking.domain.series;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One visit of a series: planned, then an ordinary order once inside the horizon ({@code ORDERED}),
 * or skipped, or cancelled with the rest of the series; {@code UNFILLED} when no order could be placed
 * (nobody free at that time).
 */
public record SeriesVisit(int seq, Instant start, Status status, Optional<UUID> orderId) {

    public enum Status {
        PLANNED, ORDERED, SKIPPED, CANCELLED, UNFILLED
    }

    public SeriesVisit with(Status newStatus, Optional<UUID> order) {
        return new SeriesVisit(seq, start, newStatus, order);
    }

    public SeriesVisit movedTo(Instant newStart) {
        return new SeriesVisit(seq, newStart, status, orderId);
    }
}
