package org.shangmen.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.billing.api.PromotionAdministration;
import org.shangmen.billing.api.PromotionAdministration.NewPromotion;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.kernel.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C4.2 promotions under concurrency, each redemption in its own transaction as an order's submission
 * runs it: a budget is never overspent and a customer's limit never exceeded, on H2 and PostgreSQL. The
 * region 440399 is one no order uses.
 */
@PlatformTest
class PromotionRaceTest {

    static final String REGION = "440399";

    @Autowired
    OrderDiscounts discounts;
    @Autowired
    PromotionAdministration promotions;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private UUID promotion(String name, long budgetFen, int perCustomer) {
        return promotions.create(new NewPromotion("ITEM", name, "FIXED", 1_000, 0, Optional.empty(), 0, List.of(), Optional.of(REGION),
                clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)), perCustomer, Optional.of(budgetFen),
                Optional.empty(), Optional.empty()), UUID.randomUUID()).promotionId();
    }

    private OrderDiscounts.Basket basket(UUID customer) {
        return new OrderDiscounts.Basket(Optional.of(customer), REGION, clock.instant(), List.of(new OrderDiscounts.Line("daily-cleaning",
                30_000)), Optional.empty(), false);
    }

    /** Runs the redemptions at once, each in its own transaction; answers how many got the discount. */
    private int race(List<UUID> customers) throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(customers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (UUID customer : customers) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return tx.execute(s -> discounts.redeem(UUID.randomUUID(), basket(customer)).totalFen());
                    } catch (DomainException refused) {
                        assertThat(refused.code()).isIn("billing.promotion-budget-spent", "billing.promotion-limit-reached",
                                "billing.promotion-changed");
                        return -1L;
                    }
                }));
            }
            start.countDown();
            int discounted = 0;
            for (Future<Long> result : results) {
                long off = result.get();
                if (off > 0) {
                    assertThat(off).isEqualTo(1_000);
                    discounted++;
                }
            }
            return discounted;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("C4.2 twelve orders racing for a budget that holds three: exactly three get the discount, the budget is spent to the fen")
    void budget() throws Exception {
        UUID id = promotion("预算竞争测试", 3_000, 5);
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            customers.add(UUID.randomUUID());
        }
        assertThat(race(customers)).isEqualTo(3);
        PromotionAdministration.PromotionLine line = promotions.get(id);
        assertThat(line.spentFen()).isEqualTo(3_000);
        assertThat(line.usage().reserved()).isEqualTo(3);
        assertThat(discounts.preview(basket(UUID.randomUUID())).discounts()).as("nothing left to give").isEmpty();
        promotions.pause(id);
    }

    @Test
    @DisplayName("C4.2 one customer's six orders racing for a promotion of two per customer: at most two get it")
    void perCustomer() throws Exception {
        UUID id = promotion("限用竞争测试", 1_000_000, 2);
        UUID customer = UUID.randomUUID();
        int discounted = race(List.of(customer, customer, customer, customer, customer, customer));
        assertThat(discounted).isBetween(1, 2);
        assertThat(promotions.get(id).usage().reserved()).isEqualTo(discounted);
        // One after the other now: the customer reaches the limit and no further.
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int i = 0; i < 3; i++) {
            tx.execute(s -> discounts.redeem(UUID.randomUUID(), basket(customer)));
        }
        assertThat(promotions.get(id).usage().reserved()).isEqualTo(2);
        assertThat(promotions.get(id).spentFen()).isEqualTo(2_000);
        assertThat(discounts.preview(basket(customer)).discounts()).isEmpty();
        assertThat(discounts.preview(basket(UUID.randomUUID())).totalFen()).isEqualTo(1_000);
        promotions.pause(id);
    }

    /** Claims at once over HTTP; answers the statuses. */
    private List<Integer> claimAtOnce(List<String> tokens, UUID promotionId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (String token : tokens) {
                replies.add(pool.submit(() -> {
                    start.await();
                    Http.Reply reply = http.post("/api/v1/customer/coupons", Http.json(java.util.Map.of("promotionId", promotionId.toString())))
                            .bearer(token).send();
                    if (reply.status() != 201) {
                        assertThat(reply.contentType()).startsWith("application/problem+json");
                    }
                    return reply.status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("C4.2 ten customers claiming the last three coupons at once get three; one customer claiming five times at once gets one")
    void claims() throws Exception {
        UUID id = promotions.create(new NewPromotion("COUPON", "领券竞争测试", "FIXED", 500, 0, Optional.empty(), 0, List.of(),
                Optional.of(REGION), clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)), 1, Optional.empty(),
                Optional.of(3), Optional.of(7)), UUID.randomUUID()).promotionId();
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(journeys.register(Journeys.newPhone(), "CUSTOMER", false).path("accessToken").asString());
        }
        List<Integer> many = claimAtOnce(customers, id);
        assertThat(many.stream().filter(s -> s == 201).count()).isEqualTo(3);
        assertThat(many).allMatch(s -> s == 201 || s == 409);
        assertThat(promotions.get(id).issued()).isEqualTo(3);

        UUID single = promotions.create(new NewPromotion("COUPON", "限领竞争测试", "FIXED", 500, 0, Optional.empty(), 0, List.of(),
                Optional.of(REGION), clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)), 1, Optional.empty(),
                Optional.of(100), Optional.of(7)), UUID.randomUUID()).promotionId();
        String one = journeys.register(Journeys.newPhone(), "CUSTOMER", false).path("accessToken").asString();
        List<Integer> repeated = claimAtOnce(List.of(one, one, one, one, one), single);
        assertThat(repeated.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(repeated).allMatch(s -> s == 201 || s == 409);
        assertThat(promotions.get(single).issued()).isEqualTo(1);
        promotions.pause(id);
        promotions.pause(single);
    }

    @Test
    @DisplayName("C4.2 one customer's two orders at once, each with its own coupon of the same promotion: both get their discount")
    void twoCouponsAtOnce() throws Exception {
        UUID id = promotions.create(new NewPromotion("COUPON", "双券并发测试", "FIXED", 800, 0, Optional.empty(), 0, List.of(),
                Optional.of(REGION), clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)), 2, Optional.empty(),
                Optional.of(10), Optional.of(7)), UUID.randomUUID()).promotionId();
        String token = journeys.register(Journeys.newPhone(), "CUSTOMER", false).path("accessToken").asString();
        UUID customer = UUID.fromString(http.get("/api/v1/auth/me").bearer(token).send().json().path("id").asString());
        List<UUID> coupons = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Http.Reply claimed = http.post("/api/v1/customer/coupons", Http.json(java.util.Map.of("promotionId", id.toString())))
                    .bearer(token).send();
            assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
            coupons.add(UUID.fromString(claimed.json().path("couponId").asString()));
        }
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (UUID coupon : coupons) {
                results.add(pool.submit(() -> {
                    start.await();
                    OrderDiscounts.Basket basket = new OrderDiscounts.Basket(Optional.of(customer), REGION, clock.instant(),
                            List.of(new OrderDiscounts.Line("daily-cleaning", 30_000)), Optional.of(coupon), false);
                    return tx.execute(s -> discounts.redeem(UUID.randomUUID(), basket).totalFen());
                }));
            }
            start.countDown();
            for (Future<Long> result : results) {
                assertThat(result.get()).isEqualTo(800);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(promotions.get(id).usage().reserved()).isEqualTo(2);
        promotions.pause(id);
    }
}
