package org.shangmen.booking.api;

import java.util.Optional;
import java.util.UUID;

/** Who moved an order: the customer, a worker, an operator, or the platform itself (timers, dispatch). */
public record Actor(Kind kind, Optional<UUID> id) {

    public enum Kind { CUSTOMER, WORKER, OPERATOR, PLATFORM }

    public Actor {
        if (kind == null || id == null || (kind != Kind.PLATFORM && id.isEmpty())) {
            throw new IllegalArgumentException("an actor other than the platform has an id");
        }
    }

    public static Actor customer(UUID id) {
        return new Actor(Kind.CUSTOMER, Optional.of(id));
    }

    public static Actor worker(UUID id) {
        return new Actor(Kind.WORKER, Optional.of(id));
    }

    public static Actor operator(UUID id) {
        return new Actor(Kind.OPERATOR, Optional.of(id));
    }

    public static Actor platform() {
        return new Actor(Kind.PLATFORM, Optional.empty());
    }
}
