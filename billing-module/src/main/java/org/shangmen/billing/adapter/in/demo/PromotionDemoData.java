package org.shangmen.billing.adapter.in.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.billing.api.PromotionAdministration;
import org.shangmen.billing.api.PromotionAdministration.NewPromotion;
import org.shangmen.kernel.DemoData;
import org.shangmen.kernel.PageRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Two coupons for Shenzhen customers to claim in the demo city, valid for a year from the first start.
 * Coupons change no order until a customer claims and uses one. A promotion whose name exists is left
 * as operators may have changed it.
 */
@Component
@Profile("demo")
class PromotionDemoData implements DemoData {

    static final UUID PLATFORM = new UUID(0, 0);

    private final PromotionAdministration promotions;
    private final Clock clock;

    PromotionDemoData(PromotionAdministration promotions, Clock clock) {
        this.promotions = promotions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed() {
        Set<String> existing = promotions.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(PromotionAdministration.PromotionLine::name).collect(Collectors.toSet());
        Instant now = clock.instant();
        Instant yearOn = now.plus(Duration.ofDays(365));
        List<NewPromotion> seeds = List.of(
                new NewPromotion("COUPON", "新客立减20元", "FIXED", 2_000, 0, Optional.empty(), 10_000, List.of(), Optional.of("440300"), now,
                        yearOn, 1, Optional.of(2_000_000L), Optional.of(10_000), Optional.of(30)),
                new NewPromotion("COUPON", "日常保洁9折券", "PERCENT", 0, 1_000, Optional.of(3_000L), 0, List.of("daily-cleaning"),
                        Optional.of("440300"), now, yearOn, 2, Optional.of(1_000_000L), Optional.of(5_000), Optional.of(14)));
        seeds.stream().filter(p -> !existing.contains(p.name())).forEach(p -> promotions.create(p, PLATFORM));
    }
}
