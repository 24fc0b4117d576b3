package org.shangmen.billing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.shangmen.billing.api.PromotionAdministration;
import org.shangmen.billing.application.port.in.CustomerCoupons;
import org.shangmen.billing.application.port.in.TrackPromotionUses;
import org.shangmen.billing.application.port.out.PromotionStore;
import org.shangmen.billing.domain.Coupon;
import org.shangmen.billing.domain.DiscountRule;
import org.shangmen.billing.domain.Discounting;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.billing.domain.Redemption;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Promotions: what a basket gets off (for booking's quotes and orders), coupons claimed by customers,
 * operators' promotions, and each use followed from the order's placing (reserved: budget charged,
 * coupon used) to its completion (settled: the platform's cost) or cancellation (released: budget and
 * coupon given back).
 */
public class PromotionService implements OrderDiscounts, CustomerCoupons, TrackPromotionUses, PromotionAdministration {

    private static final List<Promotion.Kind> AUTOMATIC = List.of(Promotion.Kind.ITEM, Promotion.Kind.FIRST_ORDER);

    private final PromotionStore store;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Predicate<UUID> isCustomer;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PromotionService.class);

    /** @param isCustomer whether an account is a customer's that may transact (identity's word) */
    public PromotionService(PromotionStore store, PlatformTransactionManager transactions, Clock clock, Predicate<UUID> isCustomer) {
        this.isCustomer = isCustomer;
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    // ---- booking's port: discounts of a basket -------------------------------------------------

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
                        : Optional.of(smallestFree(uses.getOrDefault(p.id(), List.of())));
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

    private static int smallestFree(List<Integer> taken) {
        Set<Integer> set = new HashSet<>(taken);
        int n = 1;
        while (set.contains(n)) {
            n++;
        }
        return n;
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

    // ---- customers ------------------------------------------------------------------------------

    @Override
    public List<Promotion> running() {
        return readOnly.execute(s -> store.running(clock.instant(), List.of(Promotion.Kind.values())).stream()
                .filter(p -> p.kind() != Promotion.Kind.COUPON || p.quantity().map(q -> p.issued() < q).orElse(true))
                .toList());
    }

    @Override
    public Owned claim(UUID customerId, UUID promotionId) {
        return tx.execute(s -> issue(customerId, claimable(promotionId)));
    }

    private Promotion claimable(UUID promotionId) {
        Promotion p = store.find(promotionId).orElseThrow(() -> DomainException.notFound("billing.promotion-not-found"));
        if (p.kind() != Promotion.Kind.COUPON || !p.runningAt(clock.instant())) {
            throw DomainException.rejected("billing.coupon-not-claimable");
        }
        return p;
    }

    @Override
    public List<Grant> grant(UUID promotionId, List<UUID> customerIds, UUID operatorId) {
        if (customerIds == null || customerIds.isEmpty() || customerIds.size() > 100
                || customerIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalid("billing.grant-customers-invalid", 100);
        }
        readOnly.execute(s -> claimable(promotionId));
        List<Grant> grants = new ArrayList<>();
        for (UUID customer : new java.util.LinkedHashSet<>(customerIds)) {
            if (!isCustomer.test(customer)) {
                grants.add(new Grant(customer, "NOT_A_CUSTOMER", Optional.empty()));
                continue;
            }
            try {
                Owned given = tx.execute(s -> issue(customer, claimable(promotionId)));
                grants.add(new Grant(customer, "GRANTED", Optional.of(given.coupon().id())));
            } catch (DomainException refused) {
                String outcome = switch (refused.code()) {
                    case "billing.coupon-sold-out" -> "SOLD_OUT";
                    case "billing.coupon-limit-reached" -> "LIMIT_REACHED";
                    default -> throw refused;
                };
                grants.add(new Grant(customer, outcome, Optional.empty()));
            }
        }
        LOG.info("operator {} granted coupons of promotion {}: {} of {}", operatorId, promotionId,
                grants.stream().filter(g -> g.outcome().equals("GRANTED")).count(), grants.size());
        return grants;
    }

    private Owned issue(UUID customerId, Promotion p) {
        Instant now = clock.instant();
        int number = smallestFree(store.claimNumbers(p.id(), customerId));
        if (number > p.perCustomerLimit()) {
            throw DomainException.conflict("billing.coupon-limit-reached", p.perCustomerLimit());
        }
        if (!store.issue(p.id())) {
            throw DomainException.conflict("billing.coupon-sold-out");
        }
        Instant until = p.couponValidDays().map(d -> now.plus(Duration.ofDays(d))).orElse(p.endsAt());
        Coupon coupon = new Coupon(Ids.newId(clock), p.id(), customerId, Coupon.Status.AVAILABLE, now, until, Optional.empty(),
                Optional.empty());
        try {
            store.insertCoupon(coupon, number);
        } catch (PromotionStore.NumberTaken raced) {
            throw DomainException.conflict("billing.coupon-claim-conflict");
        }
        return new Owned(coupon, store.find(p.id()).orElseThrow(), coupon.state(now));
    }


    @Override
    public Page<Owned> coupons(UUID customerId, Optional<String> state, PageRequest page) {
        Optional<String> wanted = state.map(v -> v.strip().toUpperCase(Locale.ROOT));
        if (wanted.isPresent() && !List.of("AVAILABLE", "USED", "EXPIRED").contains(wanted.get())) {
            throw DomainException.invalid("billing.coupon-state-invalid");
        }
        Instant now = clock.instant();
        return readOnly.execute(s -> store.couponsOf(customerId, wanted, now, page)
                .map(e -> new Owned(e.getKey(), e.getValue(), e.getKey().state(now))));
    }

    // ---- operators ------------------------------------------------------------------------------

    @Override
    public PromotionLine create(NewPromotion n, UUID operatorId) {
        Promotion.Kind kind = parse(Promotion.Kind.class, n.kind(), "billing.promotion-kind-invalid");
        DiscountRule rule = parse(DiscountRule.Type.class, n.ruleType(), "billing.promotion-rule-invalid") == DiscountRule.Type.FIXED
                ? DiscountRule.fixed(n.amountFen(), n.thresholdFen())
                : DiscountRule.percent(n.percentBp(), n.capFen(), n.thresholdFen());
        Promotion p = new Promotion(Ids.newId(clock), kind, n.name() == null ? null : n.name().strip(), rule, new HashSet<>(n.itemCodes()),
                n.regionCode(), n.startsAt(), n.endsAt(), n.perCustomerLimit(), n.budgetFen(), 0, n.quantity(), 0, n.couponValidDays(),
                Promotion.Status.ACTIVE, clock.instant());
        tx.executeWithoutResult(s -> store.insert(p, operatorId));
        return get(p.id());
    }

    @Override
    public Page<PromotionLine> list(PageRequest page) {
        return readOnly.execute(s -> store.list(page).map(p -> line(p, store.usage(p.id()))));
    }

    @Override
    public PromotionLine get(UUID promotionId) {
        return readOnly.execute(s -> {
            Promotion p = store.find(promotionId).orElseThrow(() -> DomainException.notFound("billing.promotion-not-found"));
            return line(p, store.usage(p.id()));
        });
    }

    @Override
    public PromotionLine pause(UUID promotionId) {
        return status(promotionId, Promotion.Status.PAUSED);
    }

    @Override
    public PromotionLine resume(UUID promotionId) {
        return status(promotionId, Promotion.Status.ACTIVE);
    }

    private PromotionLine status(UUID promotionId, Promotion.Status status) {
        if (!Boolean.TRUE.equals(tx.execute(s -> store.setStatus(promotionId, status)))) {
            throw DomainException.notFound("billing.promotion-not-found");
        }
        return get(promotionId);
    }

    @Override
    public List<PromotionCost> costs(Instant from, Instant until, Optional<String> region) {
        if (from == null || until == null || !until.isAfter(from)) {
            throw DomainException.invalid("billing.period-invalid");
        }
        if (region.isPresent() && !region.get().matches("[1-9][0-9]{5}")) {
            throw DomainException.invalid("billing.region-invalid");
        }
        return readOnly.execute(s -> store.costs(from, until, region).stream()
                .map(c -> new PromotionCost(c.promotionId(), c.name(), c.kind(), c.uses(), c.amountFen())).toList());
    }

    private static PromotionLine line(Promotion p, Map<Redemption.Status, long[]> usage) {
        long[] reserved = usage.get(Redemption.Status.RESERVED);
        long[] settled = usage.get(Redemption.Status.SETTLED);
        long[] released = usage.get(Redemption.Status.RELEASED);
        return new PromotionLine(p.id(), p.kind().name(), p.name(), p.rule().type().name(), p.rule().amountFen(), p.rule().percentBp(),
                p.rule().capFen(), p.rule().thresholdFen(), new ArrayList<>(p.itemCodes().stream().sorted().toList()), p.regionCode(),
                p.startsAt(), p.endsAt(), p.perCustomerLimit(), p.budgetFen(), p.spentFen(), p.quantity(), p.issued(),
                p.couponValidDays(), p.status().name(),
                new Usage(reserved[0], reserved[1], settled[0], settled[1], released[0], released[1]));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String code) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(code);
        }
    }
}
