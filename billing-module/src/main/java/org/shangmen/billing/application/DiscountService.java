package org.shangmen.billing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.application.port.in.TrackPromotionUses;
import org.shangmen.billing.application.port.out.PromotionStore;
import org.shangmen.billing.domain.Coupon;
import org.shangmen.billing.domain.Discounting;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.billing.domain.Redemption;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a basket gets off, for booking's quotes and orders, and each use followed from the order's
 * placing (reserved: budget charged, coupon used) to its completion (settled: the platform's cost) or
 * cancellation (released: budget and coupon given back).
 */
public class DiscountService implements OrderDiscounts, TrackPromotionUses {

    private static final List<Promotion.Kind> AUTOMATIC = List.of(Promotion.Kind.ITEM, Promotion.Kind.FIRST_ORDER);

    private final PromotionStore store;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public DiscountService(PromotionStore store, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public Discounted preview(Basket basket) {
        return readOnly.execute(s -> discounted(compute(basket, uses(basket.customerId()))));
    }

    @Override
    public Discounted redeem(UUID orderId, Basket basket) {
        UUID customerId = basket.customerId().orElseThrow(() -> new IllegalArgumentException("an order has a customer"));
        return tx.execute(s -> {
            Map<UUID, List<Integer>> uses = uses(basket.customerId());
            List<Discounting.Applied> applied = compute(basket, uses);
            Instant now = clock.instant();
            for (Discounting.Applied a : applied) {
                Promotion p = a.promotion();
                if (a.coupon().isPresent() && !store.useCoupon(a.coupon().get().id(), orderId, now)) {
                    throw DomainException.conflict("billing.coupon-used");
                }
                if (!store.charge(p.id(), a.amountFen())) {
                    throw DomainException.conflict("billing.promotion-budget-spent", p.name());
                }
                Optional<Integer> number = a.coupon().isPresent() ? Optional.empty()
                        : Optional.of(CouponIssue.smallestFree(uses.getOrDefault(p.id(), List.of())));
                if (number.map(n -> n > p.perCustomerLimit()).orElse(false)) {
                    throw DomainException.conflict("billing.promotion-limit-reached", p.name());
                }
                try {
                    store.insertRedemption(new Redemption(Ids.newId(clock), orderId, p.id(), a.coupon().map(Coupon::id), customerId,
                            a.kind(), p.name(), a.amountFen(), Redemption.Status.RESERVED, now), number, basket.districtCode());
                } catch (PromotionStore.NumberTaken raced) {
                    throw DomainException.conflict("billing.promotion-changed");
                }
            }
            return discounted(applied);
        });
    }

    private Map<UUID, List<Integer>> uses(Optional<UUID> customerId) {
        return customerId.map(store::useNumbers).orElse(Map.of());
    }

    private List<Discounting.Applied> compute(Basket basket, Map<UUID, List<Integer>> uses) {
        Instant now = basket.at();
        Optional<Discounting.Chosen> chosen = basket.couponId().map(id -> {
            UUID customer = basket.customerId().orElseThrow(() -> DomainException.notFound("billing.coupon-not-found"));
            Coupon coupon = store.coupon(id).filter(c -> c.customerId().equals(customer))
                    .orElseThrow(() -> DomainException.notFound("billing.coupon-not-found"));
            return new Discounting.Chosen(coupon, store.find(coupon.promotionId()).orElseThrow());
        });
        Map<UUID, Integer> counts = new HashMap<>();
        uses.forEach((promotion, numbers) -> counts.put(promotion, numbers.size()));
        List<Discounting.Line> lines = basket.lines().stream().map(l -> new Discounting.Line(l.itemCode(), l.amountFen())).toList();
        return Discounting.apply(lines, store.running(now, AUTOMATIC),
                new Discounting.Context(basket.customerId(), basket.districtCode(), now, basket.firstOrder(), counts), chosen);
    }

    private static Discounted discounted(List<Discounting.Applied> applied) {
        return new Discounted(applied.stream().map(a -> new Discount(a.kind(),
                a.coupon().map(Coupon::id).orElse(a.promotion().id()), a.promotion().name(), a.amountFen())).toList());
    }

    @Override
    public void orderCompleted(UUID orderId, Instant at) {
        tx.executeWithoutResult(s -> store.redemptionsOf(orderId).forEach(r -> store.settle(r.id(), at)));
    }

    @Override
    public void orderCancelled(UUID orderId, Instant at) {
        tx.executeWithoutResult(s -> {
            for (Redemption r : store.redemptionsOf(orderId)) {
                if (store.release(r.id(), at)) {
                    store.uncharge(r.promotionId(), r.amountFen());
                    r.couponId().ifPresent(c -> store.returnCoupon(c, orderId));
                }
            }
        });
    }
}
