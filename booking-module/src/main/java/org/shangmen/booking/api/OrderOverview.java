package org.shangmen.booking.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Orders by stage for operators (A3.1): how many in each status, each stage's orders, and those whose worker is late to start. */
public interface OrderOverview {

    Map<OrderStatus, Long> counts();

    /** Orders of one status, oldest appointment first. */
    Page<OrderLine> byStatus(OrderStatus status, PageRequest page);

    /** Accepted or paid orders whose start passed more than {@code grace} ago without the service starting. */
    Page<OrderLine> lateToStart(Duration grace, PageRequest page);

    record OrderLine(UUID orderId, OrderStatus status, String districtCode, String itemNames, Instant startsAt, Instant endsAt,
                     long totalFen, Optional<UUID> workerId, Instant createdAt) {
    }
}
