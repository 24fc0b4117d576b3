package org.shangmen.billing;

import org.shangmen.app.support.PlatformTest;
import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.billing.api.FinanceReports.Report;
import org.shangmen.billing.api.PromotionAdministration;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * C4.2 and A3.2, discounts: operators create a first-order discount and a coupon for Longgang (440307,
 * which no other journey orders in); customers claim coupons within the limits, see each discount in the
 * quote and the order, use a coupon once; the completed order's discount is the platform's promotion cost
 * in the ledger (the worker's share is computed on the full price), and a cancelled order gives the coupon
 * and the budget back.
 */
@PlatformTest
class PromotionJourneyTest {

    static final String LONGGANG = "440307";
    static final double LAT = 22.6437;
    static final double LNG = 114.0734;

    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    OrderPayments orders;
    @Autowired
    BillingAdministration billing;

    @Autowired
    org.shangmen.billing.api.FinanceReports reports;
    @Autowired
    PromotionAdministration promotions;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    BillingJourneys steps;

    private OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, BillingJourneys.SHANGHAI);
    }

    private Http.Reply create(String token, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.putIfAbsent("startsAt", at(clock.instant().minusSeconds(60)).toString());
        body.putIfAbsent("endsAt", at(clock.instant().plus(Duration.ofDays(60))).toString());
        body.putIfAbsent("regionCode", LONGGANG);
        return http.post("/api/v1/admin/promotions", Http.json(body)).bearer(token).send();
    }

    private Map<String, Object> quoteBody(OffsetDateTime start, String couponId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", steps.itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", LONGGANG);
        body.put("latitude", LAT);
        body.put("longitude", LNG);
        body.put("start", start.toString());
        if (couponId != null) {
            body.put("couponId", couponId);
        }
        return body;
    }

    private Http.Reply claim(Party customer, String promotionId) {
        return http.post("/api/v1/customer/coupons", Http.json(Map.of("promotionId", promotionId))).bearer(customer.token()).send();
    }

    private JsonNode coupons(String token, String state) {
        Http.Reply reply = http.get("/api/v1/customer/coupons?state=" + state).bearer(token).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private void problem(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("code").asString()).isEqualTo(code);
        assertThat(reply.json().path("detail").asString()).isNotBlank();
    }

    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

    @Test
    @DisplayName("C4.2 A3.2 coupons and a first-order discount: limits at claim, each discount shown in quote and order, a coupon "
            + "used once, the discount borne by the platform as promotion cost equal to the ledger, released on cancellation")
    void discountedOrder() {
        String ops = journeys.operatorToken("ops");
        String auditor = journeys.operatorToken("auditor");
        Certified worker = steps.worker("程丽萍", ops, LONGGANG, LAT, LNG);

        // Operators: a first-order discount and a coupon limited to daily cleaning; bad rules are refused field by field.
        Http.Reply first = create(ops, Map.of("kind", "FIRST_ORDER", "name", "龙岗新客首单立减30元", "ruleType", "FIXED",
                "amountFen", 3_000, "thresholdFen", 5_000, "budgetFen", 1_000_000));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String firstId = first.json().path("promotionId").asString();
        Http.Reply coupon = create(ops, Map.of("kind", "COUPON", "name", "龙岗保洁9折券", "ruleType", "PERCENT", "percentBp", 1_000,
                "capFen", 1_500, "itemCodes", List.of("daily-cleaning"), "quantity", 2, "perCustomerLimit", 1, "couponValidDays", 7));
        assertThat(coupon.status()).as(coupon.body()).isEqualTo(201);
        String couponPromotion = coupon.json().path("promotionId").asString();
        assertThat(create(auditor, Map.of("kind", "ITEM", "name", "x", "ruleType", "FIXED", "amountFen", 100)).status()).isEqualTo(403);
        problem(create(ops, Map.of("kind", "ITEM", "name", "整单全免", "ruleType", "PERCENT", "percentBp", 10_000)), 400,
                "billing.promotion-rule-invalid");
        problem(create(ops, Map.of("kind", "GIFT", "name", "x", "ruleType", "FIXED", "amountFen", 100)), 400,
                "billing.promotion-kind-invalid");
        problem(create(ops, Map.of("kind", "FIRST_ORDER", "name", "x", "ruleType", "FIXED", "amountFen", 100, "perCustomerLimit", 2)),
                400, "billing.promotion-limit-invalid");
        problem(create(ops, Map.of("kind", "ITEM", "name", "x", "ruleType", "FIXED", "amountFen", 100, "quantity", 5)), 400,
                "billing.promotion-quantity-invalid");
        problem(create(ops, Map.of("kind", "ITEM", "name", "x", "ruleType", "FIXED", "amountFen", 100, "endsAt",
                at(clock.instant().minusSeconds(3_600)).toString())), 400, "billing.promotion-validity-invalid");

        JsonNode running = http.get("/api/v1/public/promotions").send().json().path("items");
        List<String> names = new ArrayList<>();
        running.forEach(p -> names.add(p.path("name").asString()));
        assertThat(names).contains("龙岗新客首单立减30元", "龙岗保洁9折券");
        assertThat(names).as("the demo city's coupons").contains("新客立减20元", "日常保洁9折券");
        for (JsonNode p : running) {
            if (couponPromotion.equals(p.path("promotionId").asString())) {
                assertThat(p.path("description").asString()).isEqualTo("9折,最多减15元");
                assertThat(p.path("remaining").asInt()).isEqualTo(2);
            }
        }

        // Claiming: one each, two in all.
        Party alice = steps.customer();
        Party bob = steps.customer();
        Party carol = steps.customer();
        Http.Reply claimed = claim(alice, couponPromotion);
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(claimed.json().path("state").asString()).isEqualTo("AVAILABLE");
        String aliceCoupon = claimed.json().path("couponId").asString();
        problem(claim(alice, couponPromotion), 409, "billing.coupon-limit-reached");
        Http.Reply bobClaim = claim(bob, couponPromotion);
        assertThat(bobClaim.status()).as(bobClaim.body()).isEqualTo(201);
        String bobCoupon = bobClaim.json().path("couponId").asString();
        problem(claim(carol, couponPromotion), 409, "billing.coupon-sold-out");

        // Operators give coupons to named customers, within the same limits: Carol gets one of a fresh batch, once.
        Http.Reply goodwill = create(ops, Map.of("kind", "COUPON", "name", "龙岗服务补偿券", "ruleType", "FIXED", "amountFen", 2_000,
                "quantity", 3, "perCustomerLimit", 1));
        String goodwillId = goodwill.json().path("promotionId").asString();
        UUID carolId = UUID.fromString(http.get("/api/v1/auth/me").bearer(carol.token()).send().json().path("id").asString());
        Http.Reply granted = http.post("/api/v1/admin/promotions/" + goodwillId + "/grants", Http.json(Map.of("customerIds",
                List.of(carolId.toString(), carolId.toString(), worker.workerId().toString(), UUID.randomUUID().toString()))))
                .bearer(ops).send();
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().findValuesAsString("outcome")).containsExactly("GRANTED", "NOT_A_CUSTOMER", "NOT_A_CUSTOMER");
        Http.Reply again = http.post("/api/v1/admin/promotions/" + goodwillId + "/grants", Http.json(Map.of("customerIds",
                List.of(carolId.toString())))).bearer(ops).send();
        assertThat(again.json().findValuesAsString("outcome")).containsExactly("LIMIT_REACHED");
        assertThat(coupons(carol.token(), "AVAILABLE").path("items").findValuesAsString("couponId"))
                .containsExactly(granted.json().get(0).path("couponId").asString());
        assertThat(http.post("/api/v1/admin/promotions/" + goodwillId + "/grants", Http.json(Map.of("customerIds",
                List.of(carolId.toString())))).bearer(auditor).send().status()).isEqualTo(403);
        problem(http.post("/api/v1/admin/promotions/" + goodwillId + "/grants", Http.json(Map.of("customerIds", List.of()))).bearer(ops)
                .send(), 400, "billing.grant-customers-invalid");
        problem(http.post("/api/v1/admin/promotions/" + firstId + "/grants", Http.json(Map.of("customerIds", List.of(carolId.toString()))))
                .bearer(ops).send(), 422, "billing.coupon-not-claimable");
        problem(claim(carol, firstId), 422, "billing.coupon-not-claimable");
        assertThat(coupons(alice.token(), "AVAILABLE").path("total").asLong()).isEqualTo(1);

        // Quotes: anonymous → full price; Alice's own → first order and her coupon, each listed.
        OffsetDateTime nine = BillingJourneys.tomorrowAt(clock.instant(), 9);
        Http.Reply anonymous = http.post("/api/v1/public/quotes", Http.json(quoteBody(nine, null))).send();
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
        long subtotal = anonymous.json().path("subtotalFen").asLong();
        assertThat(subtotal).isGreaterThan(5_000);
        assertThat(anonymous.json().path("discountFen").asLong()).isZero();
        problem(http.post("/api/v1/public/quotes", Http.json(quoteBody(nine, aliceCoupon))).send(), 400, "booking.coupon-needs-sign-in");
        problem(http.post("/api/v1/customer/quotes", Http.json(quoteBody(nine, bobCoupon))).bearer(alice.token()).send(), 404,
                "billing.coupon-not-found");
        Http.Reply mine = http.post("/api/v1/customer/quotes", Http.json(quoteBody(nine, aliceCoupon))).bearer(alice.token()).send();
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        long couponOff = Math.min((subtotal - 3_000) / 10, 1_500);
        long discount = 3_000 + couponOff;
        assertThat(mine.json().path("discounts").findValuesAsString("kind")).containsExactly("FIRST_ORDER", "COUPON");
        assertThat(mine.json().path("discounts").get(1).path("amountFen").asLong()).isEqualTo(couponOff);
        assertThat(mine.json().path("discountFen").asLong()).isEqualTo(discount);
        assertThat(mine.json().path("totalFen").asLong()).isEqualTo(subtotal - discount);

        // The order keeps the discounts; the coupon is used; the same coupon again is refused and stores nothing.
        Http.Reply submitted = steps.submit(alice, worker, nine, LONGGANG, LAT, LNG, aliceCoupon);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        UUID orderId = UUID.fromString(submitted.json().path("id").asString());
        assertThat(submitted.json().path("fees").path("discountFen").asLong()).isEqualTo(discount);
        assertThat(submitted.json().path("fees").path("totalFen").asLong()).isEqualTo(subtotal - discount);
        assertThat(submitted.json().path("fees").path("discounts").findValuesAsString("label"))
                .containsExactly("龙岗新客首单立减30元", "龙岗保洁9折券");
        assertThat(coupons(alice.token(), "USED").path("items").get(0).path("orderId").asString()).isEqualTo(orderId.toString());
        problem(steps.submit(alice, worker, BillingJourneys.tomorrowAt(clock.instant(), 14), LONGGANG, LAT, LNG, aliceCoupon), 409,
                "billing.coupon-used");
        assertThat(http.get("/api/v1/customer/orders").bearer(alice.token()).send().json().path("total").asLong()).isEqualTo(1);
        Http.Reply second = http.post("/api/v1/customer/quotes", Http.json(quoteBody(nine, null))).bearer(alice.token()).send();
        assertThat(second.json().path("discountFen").asLong()).as("no second first order").isZero();

        // Bob's order with his coupon, cancelled before anyone took it: coupon and budget come back.
        long spentBefore = promotions.get(UUID.fromString(firstId)).spentFen();
        Http.Reply bobOrder = steps.submit(bob, worker, BillingJourneys.tomorrowAt(clock.instant(), 14), LONGGANG, LAT, LNG, bobCoupon);
        assertThat(bobOrder.status()).as(bobOrder.body()).isEqualTo(201);
        assertThat(promotions.get(UUID.fromString(firstId)).spentFen()).isEqualTo(spentBefore + 3_000);
        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + bobOrder.json().path("id").asString() + "/cancel",
                Http.json(Map.of("reason", "计划有变"))).bearer(bob.token()).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        Await.value(() -> coupons(bob.token(), "AVAILABLE").path("total").asLong() == 1 ? true : null, "Bob's coupon back");
        assertThat(promotions.get(UUID.fromString(firstId)).spentFen()).isEqualTo(spentBefore);
        assertThat(promotions.get(UUID.fromString(firstId)).usage().released()).isEqualTo(1);
        Http.Reply bobAgain = http.post("/api/v1/customer/quotes", Http.json(quoteBody(nine, bobCoupon))).bearer(bob.token()).send();
        assertThat(bobAgain.json().path("discounts").findValuesAsString("kind")).containsExactly("FIRST_ORDER", "COUPON");

        // Alice's order is served: she pays the discounted total; the platform bears the discount.
        Report before = reports.report(EVER, NEVER, Optional.of(LONGGANG));
        steps.accept(worker, orderId);
        assertThat(orders.payable(orderId).amountDueFen()).isEqualTo(subtotal - discount);
        steps.paid(alice.token(), orderId);
        String code = steps.order(alice.token(), orderId).path("serviceCode").asString();
        clock.advance(Duration.between(clock.instant(), nine.toInstant().minus(Duration.ofMinutes(20))));
        String workerToken = steps.signIn(worker.phone());
        Http.Reply in = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", code,
                "latitude", LAT, "longitude", LNG))).bearer(workerToken).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        JsonNode earning = Await.value(() -> {
            for (JsonNode e : http.get("/api/v1/worker/earnings").bearer(workerToken).send().json().path("items")) {
                if (orderId.toString().equals(e.path("orderId").asString())) {
                    return e;
                }
            }
            return null;
        }, "the earning of " + orderId);
        assertThat(earning.path("totalFen").asLong()).as("the worker's share comes from the full price").isEqualTo(subtotal);
        long commission = (subtotal * earning.path("commissionRateBp").asLong() + 5_000) / 10_000;
        assertThat(earning.path("earnedFen").asLong()).isEqualTo(subtotal - commission);
        BillingJourneys.ledgerBalanced(reports);
        Report after = reports.report(EVER, NEVER, Optional.of(LONGGANG));
        assertThat(after.promotionCostFen() - before.promotionCostFen()).isEqualTo(discount);
        assertThat(after.customerPaymentsFen() - before.customerPaymentsFen()).isEqualTo(subtotal - discount);
        List<PromotionAdministration.PromotionCost> costs = Await.value(() -> {
            List<PromotionAdministration.PromotionCost> c = promotions.costs(EVER, NEVER, Optional.of(LONGGANG));
            return c.stream().mapToLong(PromotionAdministration.PromotionCost::amountFen).sum() == after.promotionCostFen() ? c : null;
        }, "promotion costs equal to the ledger");
        assertThat(costs).extracting(PromotionAdministration.PromotionCost::name).contains("龙岗新客首单立减30元", "龙岗保洁9折券");
        auditor = journeys.operatorToken("auditor");
        ops = journeys.operatorToken("ops");
        Http.Reply costReply = http.get("/api/v1/admin/promotions/costs?from=2000-01-01T00:00:00Z&until=2100-01-01T00:00:00Z&region="
                + LONGGANG).bearer(auditor).send();
        assertThat(costReply.status()).as(costReply.body()).isEqualTo(200);
        assertThat(costReply.json().path("items").findValues("amountFen").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(after.promotionCostFen());
        JsonNode detail = http.get("/api/v1/admin/promotions/" + firstId).bearer(auditor).send().json();
        assertThat(detail.path("usage").path("settled").asLong()).isEqualTo(1);
        assertThat(detail.path("usage").path("settledFen").asLong()).isEqualTo(3_000);

        // Paused promotions give nothing to new quotes and leave the public list.
        for (String id : List.of(firstId, couponPromotion, goodwillId)) {
            Http.Reply paused = http.post("/api/v1/admin/promotions/" + id + "/pause", "").bearer(ops).send();
            assertThat(paused.status()).as(paused.body()).isEqualTo(200);
            assertThat(paused.json().path("status").asString()).isEqualTo("PAUSED");
        }
        String bobNow = steps.signIn(bob.phone());
        problem(http.post("/api/v1/customer/quotes", Http.json(quoteBody(nine.plusDays(1), bobCoupon))).bearer(bobNow).send(), 422,
                "billing.coupon-paused");
        assertThat(http.get("/api/v1/public/promotions").send().json().path("items").findValuesAsString("promotionId")).doesNotContain(firstId);
        problem(claim(new Party(bob.phone(), bobNow), goodwillId), 422, "billing.coupon-not-claimable");

        assertThat(http.post("/api/v1/admin/promotions/" + UUID.randomUUID() + "/pause", "").bearer(ops).send().status()).isEqualTo(404);

        // A week and a day on, Bob's unused seven-day coupon has expired: listed so, refused if chosen.
        clock.advance(Duration.ofDays(8));
        String bobLater = steps.signIn(bob.phone());
        assertThat(coupons(bobLater, "EXPIRED").path("items").findValuesAsString("couponId")).containsExactly(bobCoupon);
        assertThat(coupons(bobLater, "AVAILABLE").path("total").asLong()).isZero();
        problem(http.post("/api/v1/customer/quotes", Http.json(quoteBody(BillingJourneys.tomorrowAt(clock.instant(), 10), bobCoupon)))
                .bearer(bobLater).send(), 422, "billing.coupon-expired");
    }

    @Test
    @DisplayName("C4.2 A3.2 bad input to promotions, coupons, quotes and adjustments is a 4xx problem, never a 500, and changes nothing")
    void badInput() {
        String ops = journeys.operatorToken("ops");
        String finance = journeys.operatorToken("finance");
        Party customer = steps.customer();
        long promotionsBefore = promotions.list(new org.shangmen.kernel.PageRequest(0, 1)).total();
        String start = BillingJourneys.tomorrowAt(clock.instant(), 10).toString();
        Map<String, Object> quote = quoteBody(BillingJourneys.tomorrowAt(clock.instant(), 10), null);
        List<Http.Reply> replies = List.of(
                http.post("/api/v1/admin/promotions", "{\"kind\":").bearer(ops).send(),
                http.post("/api/v1/admin/promotions", "[]").bearer(ops).send(),
                http.post("/api/v1/admin/promotions", "{\"kind\":\"ITEM\",\"name\":\"x\",\"ruleType\":\"FIXED\",\"amountFen\":\"abc\"}")
                        .bearer(ops).send(),
                create(ops, Map.of("kind", "ITEM", "name", "长".repeat(41), "ruleType", "FIXED", "amountFen", 100)),
                create(ops, Map.of("kind", "ITEM", "name", "x", "ruleType", "FIXED", "amountFen", -100)),
                create(ops, Map.of("kind", "ITEM", "name", "x", "ruleType", "FIXED", "amountFen", 100, "regionCode", "44")),
                create(ops, Map.of("kind", "ITEM", "name", "x", "ruleType", "FIXED", "amountFen", 100, "itemCodes", List.of("Daily Cleaning"))),
                create(ops, Map.of("kind", "ITEM", "name", "x", "ruleType", "FIXED", "amountFen", 100, "budgetFen", 0)),
                http.post("/api/v1/admin/promotions", Http.json(Map.of("kind", "ITEM", "name", "x", "ruleType", "FIXED", "amountFen", 100,
                        "startsAt", "soon", "endsAt", start))).bearer(ops).send(),
                http.get("/api/v1/admin/promotions?size=1000").bearer(ops).send(),
                http.get("/api/v1/admin/promotions/not-a-uuid").bearer(ops).send(),
                http.get("/api/v1/admin/promotions/" + UUID.randomUUID()).bearer(ops).send(),
                http.get("/api/v1/admin/promotions/costs?from=yesterday&until=today").bearer(ops).send(),
                http.post("/api/v1/customer/coupons", "{\"promotionId\":\"x\"}").bearer(customer.token()).send(),
                http.post("/api/v1/customer/coupons", "{}").bearer(customer.token()).send(),
                http.post("/api/v1/customer/coupons", Http.json(Map.of("promotionId", UUID.randomUUID().toString())))
                        .bearer(customer.token()).send(),
                http.get("/api/v1/customer/coupons?state=LOST").bearer(customer.token()).send(),
                http.post("/api/v1/customer/quotes", Http.json(withCoupon(quote, UUID.randomUUID().toString()))).bearer(customer.token()).send(),
                http.post("/api/v1/customer/quotes", Http.json(withCoupon(quote, "not-a-uuid"))).bearer(customer.token()).send(),
                http.post("/api/v1/admin/billing/statements/" + UUID.randomUUID() + "/adjustments", "{\"amountFen\":100,\"reason\":\"x\"}")
                        .bearer(finance).header("Idempotency-Key", "a1").send(),
                http.post("/api/v1/admin/billing/statements/" + UUID.randomUUID() + "/adjustments", "{\"amountFen\":\"lots\"}")
                        .bearer(finance).header("Idempotency-Key", "a2").send(),
                http.post("/api/v1/admin/billing/statements/" + UUID.randomUUID() + "/adjustments", "{\"amountFen\":100000000,\"reason\":\"x\"}")
                        .bearer(finance).header("Idempotency-Key", "a3").send(),
                http.get("/api/v1/admin/billing/statements/" + UUID.randomUUID() + "/adjustments").bearer(finance).send(),
                http.get("/api/v1/admin/promotions/costs?from=2026-12-01T00:00:00Z&until=2026-11-01T00:00:00Z").bearer(ops).send(),
                http.get("/api/v1/admin/promotions/costs?from=2026-11-01T00:00:00Z&until=2026-12-01T00:00:00Z&region=abc").bearer(ops).send());
        for (Http.Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
            assertThat(reply.json().path("code").asString()).as(reply.body()).isNotBlank();
        }
        assertThat(replies.get(11).status()).isEqualTo(404);
        assertThat(replies.get(15).status()).isEqualTo(404);
        assertThat(replies.get(17).status()).isEqualTo(404);
        assertThat(replies.get(19).status()).isEqualTo(404);
        assertThat(replies.get(22).status()).isEqualTo(404);
        assertThat(promotions.list(new org.shangmen.kernel.PageRequest(0, 1)).total()).isEqualTo(promotionsBefore);

        // Who may do what: customers and workers are not operators; an auditor reads but does not act; nobody acts unsigned.
        assertThat(http.get("/api/v1/admin/promotions").bearer(customer.token()).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/promotions").send().status()).isEqualTo(401);
        assertThat(http.post("/api/v1/customer/coupons", Http.json(Map.of("promotionId", UUID.randomUUID().toString()))).send().status())
                .isEqualTo(401);
        assertThat(http.post("/api/v1/customer/quotes", Http.json(quote)).send().status()).isEqualTo(401);
        String auditor = journeys.operatorToken("auditor");
        assertThat(http.get("/api/v1/admin/promotions").bearer(auditor).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/promotions/" + UUID.randomUUID() + "/pause", "").bearer(auditor).send().status())
                .isEqualTo(403);
    }

    private static Map<String, Object> withCoupon(Map<String, Object> body, String couponId) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("couponId", couponId);
        return copy;
    }
}
