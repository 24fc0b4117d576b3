package org.shangmen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.billing.BillingJourneys;
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.billing.api.FinanceReports;
import org.shangmen.billing.application.port.in.ConsumePackages;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.domain.EntryKind;
import org.shangmen.billing.domain.LedgerAccount;
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * C2.4, C4.2 prepaid packages of a recurring plan over real HTTP: bought and paid like an order, each visit
 * paid from it without a customer payment, a cancelled visit back in the package, the rest refunded pro
 * rata when the series is cancelled, the ledger balanced throughout; and one order consumed once however
 * many try at the same time.
 */
@PlatformTest
class SeriesPackageJourneyTest {

    private static final double LAT = 22.531;
    private static final double LNG = 113.941;

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    MutableClock clock;
    @Autowired
    FinanceReports reports;
    @Autowired
    LedgerStore ledger;
    @Autowired
    ConsumePackages consumption;

    private BillingJourneys billing() {
        return new BillingJourneys(http);
    }

    private JsonNode createSeries(String customer, Certified worker, int visits) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", new PlacementSteps(http).itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", "440305");
        body.put("latitude", LAT);
        body.put("longitude", LNG);
        body.put("addressDetail", "7栋301室");
        body.put("contactName", "吴女士");
        body.put("preferredWorkerId", worker.workerId().toString());
        body.put("cadence", "WEEKLY");
        body.put("firstDate", LocalDate.ofInstant(clock.instant(), PlacementSteps.SHANGHAI).plusDays(2).toString());
        body.put("startTime", "09:00");
        body.put("visits", visits);
        Http.Reply created = http.post("/api/v1/customer/series", Http.json(body)).bearer(customer).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private Http.Reply buy(String customer, String seriesId, Object visits, String key) {
        Http.Request request = http.post("/api/v1/customer/series/" + seriesId + "/packages",
                visits == null ? "{}" : Http.json(Map.of("visits", visits))).bearer(customer);
        return (key == null ? request : request.header("Idempotency-Key", key)).send();
    }

    /** Buys and pays (sandbox) a package of so many visits; answers the package as it is once active. */
    private JsonNode buyAndPay(String customer, String seriesId, int visits) {
        Http.Reply bought = buy(customer, seriesId, visits, "pkg-" + UUID.randomUUID());
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        String packageId = bought.json().path("packageId").asString();
        Http.Reply opened = http.post("/api/v1/customer/packages/" + packageId + "/payments", Http.json(Map.of("channel", "ALIPAY")))
                .bearer(customer).header("Idempotency-Key", "pay-" + UUID.randomUUID()).send();
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("amountFen").asLong()).isEqualTo(bought.json().path("priceFen").asLong());
        Http.Reply done = http.post("/api/v1/dev/payments/" + opened.json().path("paymentId").asString() + "/complete", "").send();
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("status").asString()).isEqualTo("SUCCEEDED");
        return pkg(customer, packageId);
    }

    private JsonNode pkg(String customer, String packageId) {
        Http.Reply reply = http.get("/api/v1/customer/packages/" + packageId).bearer(customer).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String offerOf(String workerToken, String orderId) {
        for (JsonNode o : http.get("/api/v1/worker/offers?open=true&size=100").bearer(workerToken).send().json().path("items")) {
            if (orderId.equals(o.path("orderId").asString())) {
                return o.path("offerId").asString();
            }
        }
        return null;
    }

    private void accept(Certified worker, String orderId) {
        String offer = Await.value(() -> offerOf(worker.token(), orderId), "the visit's offer");
        Http.Reply accepted = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(worker.token()).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    private String status(String customer, String orderId) {
        return http.get("/api/v1/customer/orders/" + orderId).bearer(customer).send().json().path("status").asString();
    }

    @Test
    @DisplayName("C2.4 C4.2 a 10-visit package for a weekly series: bought at the offer's discount and paid once, visits paid from it "
            + "without a customer payment, a skipped visit back in the package, a served visit split as usual, cancelling the rest "
            + "refunds the unused value pro rata, and the ledger balances")
    void tenVisitPackage() {
        String ops = journeys.operatorToken("ops");
        Certified li = new WorkerJourneys(http).certifiedWorker("孙丽华", ops, Map.of());
        Party customer = billing().customer();
        JsonNode series = createSeries(customer.token(), li, 10);
        String seriesId = series.path("id").asString();
        List<String> orders = series.path("plannedVisits").valueStream().map(v -> v.path("orderId").asString()).toList();

        // The offers for this series, priced for its basket: 10 visits at 10 % off, the discount rounded down to the fen.
        Http.Reply offers = http.get("/api/v1/customer/series/" + seriesId + "/package-offers").bearer(customer.token()).send();
        assertThat(offers.status()).as(offers.body()).isEqualTo(200);
        JsonNode ten = offers.json().path("items").valueStream().filter(o -> o.path("visits").asInt() == 10).findFirst().orElseThrow();
        long visitPrice = ten.path("visitPriceFen").asLong();
        long price = ten.path("priceFen").asLong();
        assertThat(visitPrice).isPositive();
        assertThat(ten.path("discountBp").asInt()).isEqualTo(1000);
        assertThat(price).isEqualTo(visitPrice * 10 - visitPrice * 10 * 1000 / 10_000);
        assertThat(ten.path("label").asString()).isEqualTo("10次 9折");
        assertThat(offers.json().path("total").asLong()).isEqualTo(offers.json().path("items").size());

        // Bought under a key: the same key answers the same package.
        String key = "pkg-" + UUID.randomUUID();
        Http.Reply bought = buy(customer.token(), seriesId, 10, key);
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        assertThat(bought.json().path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(bought.json().path("statusLabel").asString()).isEqualTo("待支付");
        String packageId = bought.json().path("packageId").asString();
        Http.Reply again = buy(customer.token(), seriesId, 10, key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("packageId").asString()).isEqualTo(packageId);
        assertThat(buy(customer.token(), seriesId, 8, "pkg-" + UUID.randomUUID()).json().path("code").asString())
                .as("one open package per series").isEqualTo("billing.package-open-exists");

        Http.Reply opened = http.post("/api/v1/customer/packages/" + packageId + "/payments", Http.json(Map.of("channel", "ALIPAY")))
                .bearer(customer.token()).header("Idempotency-Key", "pay-" + UUID.randomUUID()).send();
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("amountFen").asLong()).isEqualTo(price);
        String paymentId = opened.json().path("paymentId").asString();
        for (int i = 0; i < 2; i++) {
            assertThat(http.post("/api/v1/dev/payments/" + paymentId + "/complete", "").send().status()).isEqualTo(200);
        }
        JsonNode active = pkg(customer.token(), packageId);
        assertThat(active.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.path("statusLabel").asString()).isEqualTo("使用中");
        assertThat(active.path("visitsLeft").asInt()).isEqualTo(10);
        assertThat(active.path("paidAt").asString()).endsWith("+08:00");

        // The worker takes the first two visits: each is paid from the package, the customer pays nothing more.
        accept(li, orders.get(0));
        accept(li, orders.get(1));
        assertThat(Await.value(() -> "PAID".equals(status(customer.token(), orders.get(0))) ? Boolean.TRUE : null, "visit 1 paid")).isTrue();
        assertThat(Await.value(() -> "PAID".equals(status(customer.token(), orders.get(1))) ? Boolean.TRUE : null, "visit 2 paid")).isTrue();
        for (String orderId : orders.subList(0, 2)) {
            JsonNode paid = http.get("/api/v1/customer/orders/" + orderId + "/payments").bearer(customer.token()).send().json();
            assertThat(paid.path("total").asLong()).as("no payment of the customer's own").isZero();
        }
        long share = price / 10;
        JsonNode used = pkg(customer.token(), packageId);
        assertThat(used.path("visitsUsed").asInt()).isEqualTo(2);
        assertThat(used.path("visitsLeft").asInt()).isEqualTo(8);
        assertThat(used.path("consumedFen").asLong()).isEqualTo(2 * share);
        assertThat(used.path("remainingFen").asLong()).isEqualTo(price - 2 * share);
        assertThat(ledger.ofOrder(UUID.fromString(orders.get(0))).stream().filter(e -> e.kind() == EntryKind.PACKAGE_VISIT)
                .mapToLong(e -> e.sum(LedgerAccount.PREPAID_PACKAGE)).sum()).as("the visit's share out of the prepayment").isEqualTo(share);
        BillingJourneys.ledgerBalanced(reports);

        // The second visit skipped: its order is cancelled and the visit goes back to the package.
        Http.Reply skipped = http.post("/api/v1/customer/series/" + seriesId + "/visits/2/skip", "").bearer(customer.token()).send();
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        Await.condition(() -> pkg(customer.token(), packageId).path("visitsUsed").asInt() == 1, "the skipped visit back in the package");
        JsonNode visits = http.get("/api/v1/customer/packages/" + packageId + "/visits").bearer(customer.token()).send().json();
        assertThat(visits.path("total").asLong()).isEqualTo(2);
        assertThat(visits.path("items").valueStream().filter(v -> v.path("orderId").asString().equals(orders.get(1))).findFirst()
                .orElseThrow().path("statusLabel").asString()).isEqualTo("已退回套餐");
        assertThat(ledger.orderBalance(UUID.fromString(orders.get(1)), LedgerAccount.ORDER_ESCROW)).isZero();

        // The first visit is served: check-in and check-out, then the usual split of its escrow.
        String code = http.get("/api/v1/customer/orders/" + orders.get(0)).bearer(customer.token()).send().json().path("serviceCode")
                .asString();
        OffsetDateTime start = OffsetDateTime.parse(series.path("plannedVisits").get(0).path("start").asString());
        clock.advance(Duration.between(clock.instant(), start.toInstant().minus(Duration.ofMinutes(20))));
        String worker = billing().signIn(li.phone());
        String me = billing().signIn(customer.phone());
        Http.Reply in = http.post("/api/v1/worker/orders/" + orders.get(0) + "/check-in", Http.json(Map.of("code", code, "latitude", LAT,
                "longitude", LNG))).bearer(worker).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orders.get(0) + "/check-out", "").bearer(worker).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        Await.condition(() -> ledger.ofOrder(UUID.fromString(orders.get(0))).stream().anyMatch(e -> e.kind() == EntryKind.COMMISSION),
                "the served visit split into earning and commission");
        assertThat(ledger.orderBalance(UUID.fromString(orders.get(0)), LedgerAccount.ORDER_ESCROW)).as("the escrow released").isZero();

        // The rest cancelled: every visit not served is back, and what the package still holds is refunded to the payment.
        Http.Reply cancelled = http.post("/api/v1/customer/series/" + seriesId + "/cancel", "").bearer(me).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        JsonNode ended = Await.value(() -> {
            JsonNode p = pkg(me, packageId);
            return "ENDED".equals(p.path("status").asString()) && p.path("refundedFen").asLong() == price - share ? p : null;
        }, "the package ended and refunded");
        assertThat(ended.path("statusLabel").asString()).isEqualTo("已结束");
        assertThat(ended.path("visitsUsed").asInt()).isEqualTo(1);
        assertThat(ended.path("consumedFen").asLong()).isEqualTo(share);
        assertThat(ended.path("remainingFen").asLong()).isZero();
        JsonNode refunded = Await.value(() -> {
            JsonNode p = http.get("/api/v1/customer/payments/" + paymentId).bearer(me).send().json();
            return p.path("refundedFen").asLong() == price - share ? p : null;
        }, "the unused value refunded to the package's payment");
        assertThat(refunded.path("status").asString()).isEqualTo("SUCCEEDED");
        Await.condition(() -> ledger.orderBalance(UUID.fromString(packageId), LedgerAccount.ORDER_ESCROW) == 0
                && ledger.ofOrder(UUID.fromString(packageId)).stream().anyMatch(e -> e.kind() == EntryKind.REFUND), "the refund booked");
        assertThat(ledger.ofOrder(UUID.fromString(packageId)).stream().mapToLong(e -> e.sum(LedgerAccount.PREPAID_PACKAGE)).sum())
                .as("the package's purchase less what it refunded").isEqualTo(-price + (price - share));
        BillingJourneys.ledgerBalanced(reports);
        // C5.1: the customer hears the money is on its way back, the package named.
        JsonNode notice = Await.value(() -> {
            for (JsonNode n : http.get("/api/v1/me/notices").bearer(me).send().json().path("items")) {
                if ("PACKAGE_REFUND_DONE".equals(n.path("template").asString())) {
                    return n;
                }
            }
            return null;
        }, "the refund notice");
        assertThat(notice.path("body").asString()).contains(org.shangmen.kernel.Money.ofFen(price - share).toString()).contains("周期服务套餐")
                .contains("未使用部分").doesNotContain("订单");
        assertThat(notice.path("subject").path("id").asString()).isEqualTo(packageId);
        assertThat(http.post("/api/v1/customer/packages/" + packageId + "/end", "").bearer(me).send().json().path("code").asString())
                .isEqualTo("billing.package-ended");
        JsonNode mine = http.get("/api/v1/customer/packages").bearer(me).send().json();
        assertThat(mine.path("total").asLong()).isEqualTo(1);
        assertThat(mine.path("items").get(0).path("packageId").asString()).isEqualTo(packageId);
    }

    @Test
    @DisplayName("C2.4 C4.2 bad package requests answer 4xx problem+json, someone else's series or package is not found, "
            + "and operators set the offers")
    void badInput() {
        String ops = journeys.operatorToken("ops");
        Certified zhou = new WorkerJourneys(http).certifiedWorker("周美玲", ops, Map.of());
        Party customer = billing().customer();
        String seriesId = createSeries(customer.token(), zhou, 6).path("id").asString();

        Http.Reply noKey = buy(customer.token(), seriesId, 4, null);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.contentType()).startsWith("application/problem+json");
        assertThat(noKey.json().path("code").asString()).isEqualTo("billing.idempotency-key-required");
        assertThat(buy(customer.token(), seriesId, null, "k-1").json().path("code").asString()).isEqualTo("billing.package-visits-required");
        Http.Reply tooMany = buy(customer.token(), seriesId, 10, "k-2");
        assertThat(tooMany.status()).as("a 6-visit series offers no 10-visit package").isEqualTo(400);
        assertThat(tooMany.json().path("code").asString()).isEqualTo("billing.package-offer-unknown");
        assertThat(tooMany.json().path("detail").asString()).contains("4");
        assertThat(buy(customer.token(), seriesId, "ten", "k-3").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/customer/series/" + seriesId + "/package-offers").bearer(customer.token()).send().json()
                .path("items").valueStream().map(o -> o.path("visits").asInt()).toList()).containsExactly(4);

        Party stranger = billing().customer();
        assertThat(http.get("/api/v1/customer/series/" + seriesId + "/package-offers").bearer(stranger.token()).send().status())
                .isEqualTo(404);
        assertThat(buy(stranger.token(), seriesId, 4, "k-4").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/customer/series/" + UUID.randomUUID() + "/package-offers").bearer(customer.token()).send().status())
                .isEqualTo(404);
        Http.Reply bought = buy(customer.token(), seriesId, 4, "k-5");
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        String packageId = bought.json().path("packageId").asString();
        assertThat(http.get("/api/v1/customer/packages/" + packageId).bearer(stranger.token()).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/customer/packages/" + packageId + "/end", "").bearer(stranger.token()).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/customer/packages/" + packageId + "/payments", Http.json(Map.of("channel", "ALIPAY")))
                .bearer(stranger.token()).header("Idempotency-Key", "p-1").send().status()).isEqualTo(404);
        Http.Reply badChannel = http.post("/api/v1/customer/packages/" + packageId + "/payments", Http.json(Map.of("channel", "CASH")))
                .bearer(customer.token()).header("Idempotency-Key", "p-2").send();
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.json().path("code").asString()).isEqualTo("billing.channel-invalid");
        assertThat(http.get("/api/v1/customer/packages/not-a-uuid").bearer(customer.token()).send().status()).isEqualTo(400);
        assertThat(buy(customer.token(), seriesId, 4, "k-5").status()).as("the same key again").isEqualTo(200);
        assertThat(buy(customer.token(), seriesId, 8, "k-5").json().path("code").asString()).isEqualTo("billing.idempotency-key-reused");

        // Ended before payment: cancelled, nothing to refund; a payment can no longer start.
        JsonNode ended = http.post("/api/v1/customer/packages/" + packageId + "/end", "").bearer(customer.token()).send().json();
        assertThat(ended.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(ended.path("statusLabel").asString()).isEqualTo("已取消");
        assertThat(http.post("/api/v1/customer/packages/" + packageId + "/payments", Http.json(Map.of("channel", "ALIPAY")))
                .bearer(customer.token()).header("Idempotency-Key", "p-3").send().status()).isEqualTo(409);

        // Offers: ops set them; a customer may not; bad figures are refused.
        assertThat(http.put("/api/v1/admin/billing/package-offers/6", Http.json(Map.of("discountBp", 600))).bearer(customer.token()).send()
                .status()).isEqualTo(403);
        Http.Reply badDiscount = http.put("/api/v1/admin/billing/package-offers/6", Http.json(Map.of("discountBp", 9000))).bearer(ops).send();
        assertThat(badDiscount.status()).isEqualTo(400);
        assertThat(badDiscount.json().path("code").asString()).isEqualTo("billing.package-offer-discount-invalid");
        assertThat(http.put("/api/v1/admin/billing/package-offers/1", Http.json(Map.of("discountBp", 100))).bearer(ops).send().status())
                .isEqualTo(400);
        Http.Reply six = http.put("/api/v1/admin/billing/package-offers/6", Http.json(Map.of("discountBp", 600))).bearer(ops).send();
        assertThat(six.status()).as(six.body()).isEqualTo(200);
        assertThat(six.json().path("label").asString()).isEqualTo("6次 9.4折");
        try {
            assertThat(http.get("/api/v1/customer/series/" + seriesId + "/package-offers").bearer(customer.token()).send().json()
                    .path("items").valueStream().map(o -> o.path("visits").asInt()).toList()).containsExactly(4, 6);
        } finally {
            assertThat(http.put("/api/v1/admin/billing/package-offers/6", Http.json(Map.of("discountBp", 600, "active", false)))
                    .bearer(ops).send().status()).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/admin/billing/package-offers").bearer(ops).send().json().path("items").valueStream()
                .filter(o -> o.path("visits").asInt() == 6).findFirst().orElseThrow().path("active").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("C2.4 C4.2 a package used up pays nothing more: its last visit takes the remainder, the next visit is paid as usual")
    void usedUpFallsBack() {
        Certified he = new WorkerJourneys(http).certifiedWorker("何翠英", journeys.operatorToken("ops"), Map.of());
        String finance = journeys.operatorToken("finance");
        Party customer = billing().customer();
        JsonNode series = createSeries(customer.token(), he, 4);
        List<String> orders = series.path("plannedVisits").valueStream().map(v -> v.path("orderId").asString()).toList();
        Http.Reply two = http.put("/api/v1/admin/billing/package-offers/2", Http.json(Map.of("discountBp", 333))).bearer(finance)
                .send();
        assertThat(two.status()).as(two.body()).isEqualTo(200);
        JsonNode pkg;
        try {
            pkg = buyAndPay(customer.token(), series.path("id").asString(), 2);
        } finally {
            http.put("/api/v1/admin/billing/package-offers/2", Http.json(Map.of("discountBp", 333, "active", false))).bearer(finance).send();
        }
        String packageId = pkg.path("packageId").asString();
        long price = pkg.path("priceFen").asLong();
        for (String orderId : orders.subList(0, 3)) {
            accept(he, orderId);
        }
        Await.condition(() -> "PAID".equals(status(customer.token(), orders.get(0))) && "PAID".equals(status(customer.token(), orders.get(1))),
                "two visits paid from the package");
        JsonNode usedUp = Await.value(() -> {
            JsonNode p = pkg(customer.token(), packageId);
            return p.path("visitsLeft").asInt() == 0 ? p : null;
        }, "the package used up");
        assertThat(usedUp.path("status").asString()).isEqualTo("USED_UP");
        assertThat(usedUp.path("statusLabel").asString()).isEqualTo("已用完");
        assertThat(usedUp.path("consumedFen").asLong()).as("the shares add up to the price").isEqualTo(price);
        assertThat(Await.value(() -> "AWAITING_PAYMENT".equals(status(customer.token(), orders.get(2))) ? Boolean.TRUE : null,
                "the third visit awaits payment")).isTrue();
        assertThat(consumption.consume(UUID.fromString(orders.get(2)))).isFalse();
        Http.Reply own = http.post("/api/v1/customer/orders/" + orders.get(2) + "/payments", Http.json(Map.of("channel", "ALIPAY")))
                .bearer(customer.token()).header("Idempotency-Key", "pay-" + UUID.randomUUID()).send();
        assertThat(own.status()).as("the customer pays it as any order").isEqualTo(201);
        assertThat(http.post("/api/v1/dev/payments/" + own.json().path("paymentId").asString() + "/complete", "").send().status())
                .isEqualTo(200);
        assertThat(status(customer.token(), orders.get(2))).isEqualTo("PAID");
        BillingJourneys.ledgerBalanced(reports);
    }

    @Test
    @DisplayName("C4.2 the same visit order consumed from its package by many at once: paid once, one visit used, one ledger entry")
    void raceConsumesOnce() throws Exception {
        String ops = journeys.operatorToken("ops");
        Certified wang = new WorkerJourneys(http).certifiedWorker("王淑珍", ops, Map.of());
        Party customer = billing().customer();
        JsonNode series = createSeries(customer.token(), wang, 8);
        String orderId = series.path("plannedVisits").get(0).path("orderId").asString();
        // The visit awaits payment before the package exists, so the consumers below find it unpaid (the package's
        // own payment also tries to pay it, one more contender).
        accept(wang, orderId);
        assertThat(Await.value(() -> "AWAITING_PAYMENT".equals(status(customer.token(), orderId)) ? Boolean.TRUE : null, "awaiting payment"))
                .isTrue();
        java.time.Instant ever = java.time.Instant.EPOCH;
        java.time.Instant never = clock.instant().plus(Duration.ofDays(3650));
        long discountBefore = reports.report(ever, never, java.util.Optional.of("440305")).packageDiscountFen();
        String packageId = buyAndPay(customer.token(), series.path("id").asString(), 8).path("packageId").asString();

        int contenders = 4;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < contenders; i++) {
                Callable<Boolean> task = () -> {
                    go.await();
                    return consumption.consume(UUID.fromString(orderId));
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            for (Future<Boolean> f : results) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Await.condition(() -> "PAID".equals(status(customer.token(), orderId)), "the visit paid");
        JsonNode pkg = Await.value(() -> {
            JsonNode p = pkg(customer.token(), packageId);
            return p.path("visitsUsed").asInt() >= 1 ? p : null;
        }, "one visit used");
        assertThat(pkg.path("visitsUsed").asInt()).isEqualTo(1);
        assertThat(pkg.path("consumedFen").asLong()).isEqualTo(pkg.path("priceFen").asLong() / 8);
        assertThat(results.stream().filter(f -> f.resultNow()).count()).isLessThanOrEqualTo(1);
        List<org.shangmen.billing.domain.LedgerEntry> visitEntries = ledger.ofOrder(UUID.fromString(orderId)).stream()
                .filter(e -> e.kind() == EntryKind.PACKAGE_VISIT).toList();
        assertThat(visitEntries).hasSize(1);
        assertThat(ledger.orderBalance(UUID.fromString(orderId), LedgerAccount.ORDER_ESCROW)).as("the order's escrow holds it once")
                .isNegative().isEqualTo(visitEntries.get(0).sum(LedgerAccount.ORDER_ESCROW));
        FinanceReports.Report report = reports.report(ever, never, java.util.Optional.of("440305"));
        assertThat(report.packageDiscountFen() - discountBefore).as("the package's discount on the visit, the platform's promotion cost")
                .isEqualTo(-visitEntries.get(0).sum(LedgerAccount.ORDER_ESCROW) - pkg.path("consumedFen").asLong());
        BillingJourneys.ledgerBalanced(reports);
    }
}
