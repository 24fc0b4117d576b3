package org.shangmen.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;

class OrderStateMachineTest {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    static Order order(OrderStatus status) {
        Optional<UUID> worker = switch (status) {
            case AWAITING_ACCEPTANCE, CANCELLED -> Optional.empty();
            default -> Optional.of(UUID.randomUUID());
        };
        return new Order(UUID.randomUUID(), UUID.randomUUID(), status, RegionCode.of("440305"), Optional.empty(),
                new GeoPoint(22.54, 113.95), "3栋1502室", "周女士", new TimeRange(NOW.plusSeconds(86_400), NOW.plusSeconds(93_600)),
                false, List.of(), List.of(), 9_000, 0, 9_000, 120, "", Optional.empty(), worker, Optional.empty(), NOW, 3);
    }

    @Test
    @DisplayName("C4.1 the state machine: exactly the documented moves are allowed")
    void table() {
        assertThat(OrderStatus.AWAITING_ACCEPTANCE.next()).containsExactlyInAnyOrder(OrderStatus.AWAITING_PAYMENT, OrderStatus.CANCELLED);
        assertThat(OrderStatus.AWAITING_PAYMENT.next())
                .containsExactlyInAnyOrder(OrderStatus.PAID, OrderStatus.AWAITING_ACCEPTANCE, OrderStatus.CANCELLED);
        assertThat(OrderStatus.PAID.next()).containsExactlyInAnyOrder(OrderStatus.IN_SERVICE, OrderStatus.CANCELLED);
        assertThat(OrderStatus.IN_SERVICE.next()).containsExactly(OrderStatus.COMPLETED);
        assertThat(OrderStatus.COMPLETED.isFinal()).isTrue();
        assertThat(OrderStatus.CANCELLED.isFinal()).isTrue();
    }

    @Test
    @DisplayName("C2.4 W2.2 accepting, returning and cancelling work from every allowed status and are refused from every other")
    void everyMoveFromEveryStatus() {
        UUID worker = UUID.randomUUID();
        for (OrderStatus from : OrderStatus.values()) {
            Order order = order(from);
            check(from, OrderStatus.AWAITING_PAYMENT, () -> order.accept(worker, Actor.worker(worker), "接单", NOW));
            check(from, OrderStatus.AWAITING_ACCEPTANCE, () -> order.returnToDispatch(Actor.worker(worker), "退回", NOW));
            check(from, OrderStatus.CANCELLED, () -> order.cancel(Actor.platform(), "booking.no-worker-found", NOW));
        }
    }

    private static void check(OrderStatus from, OrderStatus to, java.util.function.Supplier<Order.Moved> move) {
        if (from.mayMoveTo(to)) {
            Order.Moved moved = move.get();
            assertThat(moved.order().status()).isEqualTo(to);
            assertThat(moved.order().version()).isEqualTo(4);
            assertThat(moved.transition().from()).contains(from);
            assertThat(moved.transition().to()).isEqualTo(to);
        } else {
            assertThatThrownBy(move::get).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("booking.order-transition-invalid");
        }
    }

    @Test
    @DisplayName("C4.1 an accepted order has a worker, one awaiting acceptance has none; the total is the subtotal less the discount")
    void invariants() {
        Set<OrderStatus> withWorker = EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, OrderStatus.IN_SERVICE, OrderStatus.COMPLETED);
        for (OrderStatus status : withWorker) {
            Order o = order(status);
            assertThatThrownBy(() -> new Order(o.id(), o.customerId(), status, o.district(), o.communityId(), o.place(), o.addressDetail(),
                    o.contactName(), o.time(), o.asap(), o.lines(), o.needs(), 9_000, 0, 9_000, 120, "", Optional.empty(),
                    Optional.empty(), Optional.empty(), NOW, 0)).isInstanceOf(IllegalArgumentException.class);
        }
        Order o = order(OrderStatus.AWAITING_ACCEPTANCE);
        assertThatThrownBy(() -> new Order(o.id(), o.customerId(), o.status(), o.district(), o.communityId(), o.place(), o.addressDetail(),
                o.contactName(), o.time(), o.asap(), o.lines(), o.needs(), 9_000, 1_000, 9_000, 120, "", Optional.empty(),
                Optional.empty(), Optional.empty(), NOW, 0)).isInstanceOf(IllegalArgumentException.class);
        Order accepted = o.accept(UUID.randomUUID(), Actor.platform(), "自动派单", NOW).order();
        assertThat(accepted.cancel(Actor.customer(o.customerId()), "计划有变", NOW).order().workerId()).isEqualTo(accepted.workerId());
    }
}
