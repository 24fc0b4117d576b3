package org.shangmen.billing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.application.port.in.CustomerCoupons;
import org.shangmen.billing.application.port.in.CustomerCoupons.Owned;
import org.shangmen.billing.application.port.out.PromotionStore;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** C4.2 customers' side of promotions: what runs now, claiming a coupon, their coupons. */
public class CouponService implements CustomerCoupons {

    private final PromotionStore store;
    private final CouponIssue issuing;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public CouponService(PromotionStore store, CouponIssue issuing, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.issuing = issuing;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public List<Promotion> running() {
        return readOnly.execute(s -> store.running(clock.instant(), List.of(Promotion.Kind.values())).stream()
                .filter(p -> p.kind() != Promotion.Kind.COUPON || p.quantity().map(q -> p.issued() < q).orElse(true))
                .toList());
    }

    @Override
    public Owned claim(UUID customerId, UUID promotionId) {
        return tx.execute(s -> issuing.issue(customerId, issuing.claimable(promotionId)));
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
}
