package org.shangmen.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
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
    static final Instant START = NOW.plus(Duration.ofDays(1));

    static Order order(OrderStatus status, long paidFen) {
        Optional<UUID> worker = switch (status) {
            case AWAITING_ACCEPTANCE, CANCELLED -> Optional.empty();
            default -> Optional.of(UUID.randomUUID());
        };
        Progress progress = new Progress(status == OrderStatus.AWAITING_PAYMENT ? Optional.of(NOW.plusSeconds(1800)) : Optional.empty(),
                paidFen, 0, Optional.empty(), Optional.empty(), Optional.empty());
        return new Order(UUID.randomUUID(), UUID.randomUUID(), status, RegionCode.of("440305"), Optional.empty(),
                new GeoPoint(22.54, 113.95), "3栋1502室", "周女士", new TimeRange(START, START.plusSeconds(7200)),
                false, List.of(), List.of(), 9_000, 0, 9_000, 120, "", Optional.empty(), worker, Optional.empty(), OrderPolicy.STANDARD,
                "123456", progress, NOW, 3);
    }

    static long paidFor(OrderStatus status) {
        return switch (status) {
            case PAID, IN_SERVICE, COMPLETED -> 9_000;
            default -> 0;
        };
    }

    @Test
    @DisplayName("C4.1 the state machine: exactly the documented moves are allowed")
    void table() {
        assertThat(OrderStatus.AWAITING_ACCEPTANCE.next())
                .containsExactlyInAnyOrder(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, OrderStatus.CANCELLED);
        assertThat(OrderStatus.AWAITING_PAYMENT.next())
                .containsExactlyInAnyOrder(OrderStatus.PAID, OrderStatus.AWAITING_ACCEPTANCE, OrderStatus.CANCELLED);
        assertThat(OrderStatus.PAID.next())
                .containsExactlyInAnyOrder(OrderStatus.IN_SERVICE, OrderStatus.AWAITING_ACCEPTANCE, OrderStatus.CANCELLED);
        assertThat(OrderStatus.IN_SERVICE.next()).containsExactly(OrderStatus.COMPLETED);
        assertThat(OrderStatus.COMPLETED.isFinal()).isTrue();
        assertThat(OrderStatus.CANCELLED.isFinal()).isTrue();
        assertThat(OrderStatus.values()).extracting(OrderStatus::label).containsExactly("待接单", "待支付", "已支付", "服务中", "已完成", "已取消");
    }

    @Test
    @DisplayName("C4.1 every action from every status: allowed moves land where the table says, forbidden ones are refused with a code")
    void everyActionFromEveryStatus() {
        UUID worker = UUID.randomUUID();
        Map<String, Function<Order, Order.Moved>> actions = Map.of(
                "accept", o -> o.accept(worker, Actor.worker(worker), "接单", NOW),
                "return", o -> o.returnToDispatch(Actor.worker(worker), "退回", NOW),
                "pay", o -> o.pay(9_000, "pay-1", NOW),
                "checkIn", o -> o.checkIn("123456", 80, NOW),
                "checkOut", o -> o.checkOut(NOW),
                "cancel", o -> o.cancel(Actor.customer(o.customerId()), "计划有变", NOW));
        Map<String, Set<OrderStatus>> allowedFrom = Map.of(
                "accept", EnumSet.of(OrderStatus.AWAITING_ACCEPTANCE),
                "return", EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID),
                "pay", EnumSet.of(OrderStatus.AWAITING_PAYMENT),
                "checkIn", EnumSet.of(OrderStatus.PAID),
                "checkOut", EnumSet.of(OrderStatus.IN_SERVICE),
                "cancel", EnumSet.of(OrderStatus.AWAITING_ACCEPTANCE, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID));
        Map<String, OrderStatus> target = Map.of("accept", OrderStatus.AWAITING_PAYMENT, "return", OrderStatus.AWAITING_ACCEPTANCE,
                "pay", OrderStatus.PAID, "checkIn", OrderStatus.IN_SERVICE, "checkOut", OrderStatus.COMPLETED, "cancel", OrderStatus.CANCELLED);
        for (OrderStatus from : OrderStatus.values()) {
            for (var action : actions.entrySet()) {
                Order order = order(from, paidFor(from));
                if (allowedFrom.get(action.getKey()).contains(from)) {
                    Order.Moved moved = action.getValue().apply(order);
                    assertThat(moved.order().status()).as(action.getKey() + " from " + from).isEqualTo(target.get(action.getKey()));
                    assertThat(moved.order().version()).isEqualTo(4);
                    assertThat(moved.transition().from()).contains(from);
                } else {
                    assertThatThrownBy(() -> action.getValue().apply(order)).as(action.getKey() + " from " + from)
                            .isInstanceOf(DomainException.class)
                            .extracting(e -> ((DomainException) e).code())
                            .isIn("booking.order-transition-invalid", "booking.order-not-payable");
                }
            }
        }
    }

    @Test
    @DisplayName("C4.2 an accepted order holds the time until the payment window ends; a paid order taken by a new worker stays paid")
    void paymentWindow() {
        Order accepted = order(OrderStatus.AWAITING_ACCEPTANCE, 0).accept(UUID.randomUUID(), Actor.platform(), "自动派单", NOW).order();
        assertThat(accepted.progress().paymentDeadline()).contains(NOW.plus(OrderPolicy.STANDARD.paymentWindow()));
        Instant late = NOW.plus(OrderPolicy.STANDARD.paymentWindow());
        assertThatThrownBy(() -> accepted.pay(9_000, "late", late)).extracting(e -> ((DomainException) e).code())
                .isEqualTo("booking.order-not-payable");
        assertThatThrownBy(() -> accepted.pay(8_999, "short", NOW)).extracting(e -> ((DomainException) e).code())
                .isEqualTo("booking.payment-amount-mismatch");
        Order paid = accepted.pay(9_000, "ok", NOW.plusSeconds(60)).order();
        Order returned = paid.returnToDispatch(Actor.customer(paid.customerId()), "换人", NOW).order();
        assertThat(returned.accept(UUID.randomUUID(), Actor.platform(), "重新派单", NOW).order().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    @DisplayName("W3.1 check-in needs the customer's code; add-ons raise what is due")
    void checkInAndAddOns() {
        Order paid = order(OrderStatus.PAID, 9_000);
        assertThatThrownBy(() -> paid.checkIn("000000", 10, NOW)).extracting(e -> ((DomainException) e).code())
                .isEqualTo("booking.service-code-wrong");
        Order.Moved far = paid.checkIn("123456", 2_000, NOW);
        assertThat(far.transition().reason()).contains("超出范围");
        Order withAddOn = far.order().withAddOn(3_000);
        assertThat(withAddOn.amountDueFen()).isEqualTo(3_000);
        assertThat(withAddOn.payAddOns(3_000).amountDueFen()).isZero();
        assertThatThrownBy(() -> withAddOn.payAddOns(2_000)).extracting(e -> ((DomainException) e).code())
                .isEqualTo("booking.payment-amount-mismatch");
    }

    @Test
    @DisplayName("C4.3 cancellation fee: free before the deadline, then the policy's share, at least the minimum, never more than paid")
    void cancellationFee() {
        OrderPolicy policy = OrderPolicy.STANDARD;
        assertThat(policy.cancellationFee(START, START.minus(Duration.ofHours(3)), 9_000, 9_000)).isZero();
        assertThat(policy.cancellationFee(START, START.minus(Duration.ofHours(2)), 9_000, 9_000)).isZero();
        assertThat(policy.cancellationFee(START, START.minus(Duration.ofMinutes(119)), 9_000, 9_000)).isEqualTo(2_000);
        assertThat(policy.cancellationFee(START, START.minus(Duration.ofMinutes(30)), 30_000, 30_000)).isEqualTo(6_000);
        assertThat(policy.cancellationFee(START, START.minus(Duration.ofMinutes(30)), 9_000, 0)).isZero();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2_000; i++) {
            long total = random.nextLong(1, 1_000_000);
            long paid = random.nextLong(0, total + 1);
            Instant at = START.minus(Duration.ofMinutes(random.nextInt(-60, 600)));
            long fee = policy.cancellationFee(START, at, total, paid);
            assertThat(fee).isBetween(0L, paid);
        }
    }

    @Test
    @DisplayName("C4.4 ratings: one 5-star review gives 4.6, not 5.0; many reviews converge on their mean")
    void bayesianRating() {
        assertThat(Review.ratingTenths(0, 0)).isEqualTo(45);
        assertThat(Review.ratingTenths(5, 1)).isEqualTo(46);
        assertThat(Review.ratingTenths(1, 1)).isEqualTo(39);
        assertThat(Review.ratingTenths(4 * 1000, 1000)).isEqualTo(40);
        assertThatThrownBy(() -> new Review(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 6, 5, 5, 5, 5, "", List.of(), NOW, NOW,
                Optional.empty(), Optional.empty(), false, Optional.empty())).isInstanceOf(DomainException.class);
    }
}
