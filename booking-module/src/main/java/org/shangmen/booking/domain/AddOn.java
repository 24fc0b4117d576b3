package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An add-on item or price difference found on site (加项 / 补差价), proposed by the worker, decided by the customer. */
public record AddOn(UUID id, UUID orderId, String description, long amountFen, Status status, Instant proposedAt,
                    Optional<Instant> decidedAt) {

    public enum Status { PROPOSED, APPROVED, REFUSED }

    /** No single add-on may exceed this (5 000 yuan); larger work is a new order. */
    public static final long MAX_FEN = 500_000;
}
