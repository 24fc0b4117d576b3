package org.shangmen.booking.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands (C4.1), with the label customers and workers see. The allowed moves are the
 * order's state machine; everything else is refused with {@code booking.order-transition-invalid}.
 */
public enum OrderStatus {
    AWAITING_ACCEPTANCE("待接单"),
    AWAITING_PAYMENT("待支付"),
    PAID("已支付"),
    IN_SERVICE("服务中"),
    COMPLETED("已完成"),
    CANCELLED("已取消");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            // Straight to paid when a new worker takes an order the customer had already paid.
            case AWAITING_ACCEPTANCE -> EnumSet.of(AWAITING_PAYMENT, PAID, CANCELLED);
            // Back to acceptance when the worker withdraws or is replaced, or the customer asks for another worker.
            case AWAITING_PAYMENT -> EnumSet.of(PAID, AWAITING_ACCEPTANCE, CANCELLED);
            case PAID -> EnumSet.of(IN_SERVICE, AWAITING_ACCEPTANCE, CANCELLED);
            case IN_SERVICE -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean mayMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
