package org.shangmen.billing.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.Refund;

public interface RefundStore {

    /** False when a refund with the same request key exists already. */
    boolean insert(Refund refund);

    Optional<Refund> byRequestKey(String requestKey);

    Optional<Refund> byOutRefundNo(String outRefundNo);

    Optional<Refund> find(UUID refundId);

    List<Refund> ofOrder(UUID orderId);

    List<Refund> pending(Instant createdBefore, int limit);

    /** PENDING → SUCCEEDED or FAILED; false when already settled. */
    boolean settle(UUID refundId, boolean succeeded, Optional<String> providerRef, Instant at);
}
