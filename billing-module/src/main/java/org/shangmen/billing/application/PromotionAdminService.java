package org.shangmen.billing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.shangmen.billing.api.PromotionAdministration;
import org.shangmen.billing.application.port.in.CustomerCoupons.Owned;
import org.shangmen.billing.application.port.out.PromotionStore;
import org.shangmen.billing.domain.DiscountRule;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.billing.domain.Redemption;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A3.2 operators' promotions: create, list, pause and resume, grant coupons, and what each promotion cost. */
public class PromotionAdminService implements PromotionAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(PromotionAdminService.class);

    private final PromotionStore store;
    private final CouponIssue issuing;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Predicate<UUID> isCustomer;

    /** @param isCustomer whether an account is a customer's that may transact (identity's word) */
    public PromotionAdminService(PromotionStore store, CouponIssue issuing, PlatformTransactionManager transactions, Clock clock,
                                 Predicate<UUID> isCustomer) {
        this.store = store;
        this.issuing = issuing;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.isCustomer = isCustomer;
    }

    @Override
    public List<Grant> grant(UUID promotionId, List<UUID> customerIds, UUID operatorId) {
        if (customerIds == null || customerIds.isEmpty() || customerIds.size() > 100
                || customerIds.stream().anyMatch(Objects::isNull)) {
            throw DomainException.invalid("billing.grant-customers-invalid", 100);
        }
        readOnly.execute(s -> issuing.claimable(promotionId));
        List<Grant> grants = new ArrayList<>();
        for (UUID customer : new LinkedHashSet<>(customerIds)) {
            if (!isCustomer.test(customer)) {
                grants.add(new Grant(customer, "NOT_A_CUSTOMER", Optional.empty()));
                continue;
            }
            try {
                Owned given = tx.execute(s -> issuing.issue(customer, issuing.claimable(promotionId)));
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
