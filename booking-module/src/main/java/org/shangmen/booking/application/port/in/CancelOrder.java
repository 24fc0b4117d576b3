package org.shangmen.booking.application.port.in;

import java.time.Instant;
import java.util.UUID;
import org.shangmen.booking.domain.Order;
import org.shangmen.kernel.DomainException;

/** C4.3: the customer cancels an order before the service starts; the policy the order was placed under decides the fee. */
public interface CancelOrder {

    Cancelled cancel(CancelCommand command);

    /** What cancelling now would cost, before the customer confirms; {@code booking.order-not-found} for anyone else's order. */
    Preview preview(UUID customerId, UUID orderId);

    record CancelCommand(UUID customerId, UUID orderId, String reason) {
        public static final int MAX_REASON = 200;

        public CancelCommand {
            reason = reason == null || reason.isBlank() ? "客户取消" : reason.strip();
            if (reason.length() > MAX_REASON) {
                throw DomainException.invalid("booking.reason-too-long", MAX_REASON);
            }
        }
    }

    /**
     * @param cancellable false once the service started, or the order ended
     * @param freeUntil   until when cancelling costs nothing (a fee applies only to what was paid)
     */
    record Preview(UUID orderId, boolean cancellable, long paidFen, long feeFen, long refundFen, Instant freeUntil) {
    }

    /** The cancelled order, the fee the policy kept and what goes back to the customer. */
    record Cancelled(Order order, long feeFen, long refundFen) {
    }
}
