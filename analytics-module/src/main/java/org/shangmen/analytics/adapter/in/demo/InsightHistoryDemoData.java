package org.shangmen.analytics.adapter.in.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.shangmen.analytics.application.port.in.RecordFacts;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.analytics.domain.OrderStage.Stage;
import org.shangmen.kernel.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Thirteen months of the demo city's history for the insights: quotes, orders of the six demo workers for a
 * hundred customers in every state, reviews (some low-star) and complaints, told to the store as the modules'
 * events would tell them, through its own in-port. Orders cannot be placed in the past through booking, so
 * this history lives in the analytical store only (a rebuild replaces it with booking's real orders).
 * Seeded once: the first order's key marks it. {@code shangmen.analytics.demo-history.enabled=false} leaves it out.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "shangmen.analytics.demo-history.enabled", havingValue = "true", matchIfMissing = true)
class InsightHistoryDemoData implements DemoData {

    static final int ORDERS = 500;
    static final int CUSTOMERS = 100;
    static final List<String> DISTRICTS = List.of("440303", "440304", "440305", "440306", "440307");
    static final List<String> ITEMS = List.of("daily-cleaning", "daily-cleaning", "deep-cleaning", "appliance-cleaning", "elderly-care",
            "home-maintenance");
    static final List<String> LOW = List.of("阿姨迟到了四十分钟,打扫得也不干净", "态度敷衍,厨房油污没有清理", "迟到还提前走了,卫生间不干净");
    static final List<String> GOOD = List.of("阿姨很细心,准时到达", "打扫得很干净,下次还约", "服务专业,态度很好");

    private final RecordFacts facts;
    private final Clock clock;

    InsightHistoryDemoData(RecordFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("shangmen-demo:insights:" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void seed() {
        if (facts.recorded("demo:order:0:s")) {
            return;
        }
        SplittableRandom random = new SplittableRandom(2026);
        Instant now = clock.instant();
        for (int i = 0; i < ORDERS; i++) {
            UUID order = id("order-" + i);
            UUID customer = id("customer-" + (int) Math.min(CUSTOMERS - 1, Math.abs(random.nextGaussian()) * CUSTOMERS / 2.5));
            UUID worker = DemoData.accountId("worker-" + (1 + random.nextInt(6)));
            String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
            List<String> items = List.of(ITEMS.get(random.nextInt(ITEMS.size())));
            Instant at = now.minus(Duration.ofMinutes(10 + random.nextInt(395 * 24 * 60)));
            Instant start = at.plus(Duration.ofHours(6 + random.nextInt(48)));
            long total = 10_000 + random.nextInt(30_000);
            long discount = random.nextInt(4) == 0 ? 2_000 : 0;
            String k = "demo:order:" + i + ":";
            facts.quote(k + "q", new Facts.QuoteFact(id("quote-" + i), Optional.of(customer), district, items, total, discount,
                    at.minusSeconds(300)));
            if (random.nextInt(3) == 0) {
                facts.quote(k + "q2", new Facts.QuoteFact(id("quote-b-" + i), Optional.of(customer), district, items, total, discount,
                        at.minusSeconds(900)));
            }
            facts.order(k + "s", OrderStage.of(order, Stage.SUBMITTED, at).customer(customer).place(district, items).startsAt(start)
                    .amounts(total, discount, null));
            int fate = random.nextInt(100);
            if (fate < 5) {
                facts.order(k + "x", OrderStage.of(order, Stage.CANCELLED, start).customer(customer)
                        .cancelled("PLATFORM", "booking.no-worker-found"));
                continue;
            }
            facts.order(k + "a", OrderStage.of(order, Stage.ACCEPTED, at.plusSeconds(600)).customer(customer).worker(worker).startsAt(start)
                    .amounts(total, null, null));
            if (fate < 10) {
                facts.order(k + "x", OrderStage.of(order, Stage.CANCELLED, at.plusSeconds(2_400)).customer(customer).worker(worker)
                        .cancelled("PLATFORM", "booking.payment-overdue"));
                continue;
            }
            facts.order(k + "p", OrderStage.of(order, Stage.PAID, at.plusSeconds(1_200)).customer(customer).worker(worker).paid(total));
            if (fate < 15 || start.plusSeconds(7_200).isAfter(now)) {
                if (fate < 15) {
                    facts.order(k + "x", OrderStage.of(order, Stage.CANCELLED, at.plusSeconds(3_600)).customer(customer).worker(worker)
                            .cancelled("CUSTOMER", "行程有变"));
                }
                continue;
            }
            int late = random.nextInt(100) < 85 ? -10 : 25;
            facts.order(k + "i", OrderStage.of(order, Stage.CHECKED_IN, start.plus(Duration.ofMinutes(late))).customer(customer).worker(worker));
            Instant done = start.plusSeconds(7_200);
            facts.order(k + "c", OrderStage.of(order, Stage.COMPLETED, done).customer(customer).worker(worker).place(district, items)
                    .amounts(total, discount, 0L));
            if (random.nextInt(100) < 65 && done.plusSeconds(3_600).isBefore(now)) {
                boolean low = late > 0 && random.nextBoolean() || random.nextInt(100) < 4;
                int stars = low ? 1 + random.nextInt(2) : 4 + random.nextInt(2);
                String text = (low ? LOW : GOOD).get(random.nextInt(3));
                facts.review(k + "r", new Facts.ReviewFact(order, customer, worker, stars, stars, stars, low ? 1 : stars, stars, text, false,
                        done.plusSeconds(3_600), done.plusSeconds(3_600)));
            }
            if (random.nextInt(100) < 2 || late > 0 && random.nextInt(100) < 10) {
                facts.complaintFiled(k + "f", new Facts.ComplaintFiled(id("complaint-" + i), order, customer, worker,
                        late > 0 ? "LATE_OR_NO_SHOW" : "SERVICE_QUALITY", items, district, done.plusSeconds(7_200)));
            }
        }
    }
}
