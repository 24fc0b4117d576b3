package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit's order paid from a package: {@code shareFen} came out of the package, {@code orderFen} went
 * into the order's escrow (what the order cost). A cancelled visit is {@code RETURNED} to its package.
 */
public record PackageVisit(UUID orderId, UUID packageId, long shareFen, long orderFen, Status status, Instant consumedAt) {

    public enum Status {
        CONSUMED, RETURNED
    }
}
