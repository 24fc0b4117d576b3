package org.shangmen.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.billing.api.FinanceReports;
import org.shangmen.billing.api.FinanceReports.Report;
import org.shangmen.billing.api.PromotionAdministration;
import org.shangmen.billing.api.PromotionAdministration.PromotionCost;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.domain.LedgerAccount;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A3.2 promotion costs: a discounted order with an approved add-on. The platform's promotion cost is
 * the discount alone, never an add-on (check-out waits until it is paid), so the ledger, the report and
 * the per-promotion breakdown agree to the fen. Longhua (440309).
 */
@PlatformTest
class PromotionCostJourneyTest {

    static final String LONGHUA = "440309";
    static final double LAT = 22.6558;
    static final double LNG = 114.0301;
    static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    OrderPayments orders;
    @Autowired
    FinanceReports reports;
    @Autowired
    PromotionAdministration promotions;
    @Autowired
    LedgerStore ledger;

    @Test
    @DisplayName("A3.2 C4.4 a discounted order with an add-on: check-out waits for the add-on's payment, the platform's promotion "
            + "cost is the discount alone, and ledger, report and per-promotion costs agree to the fen")
    void addOnIsNoPromotionCost() {
        Http http = new Http(port);
        Journeys journeys = new Journeys(http);
        BillingJourneys steps = new BillingJourneys(http);
        String ops = journeys.operatorToken(operators, "ops");
        Certified worker = steps.worker("龙华陶阿姨", ops, LONGHUA, LAT, LNG);
        Map<String, Object> promotion = new LinkedHashMap<>();
        // A coupon, so that no other order in the district gets the discount.
        promotion.put("kind", "COUPON");
        promotion.put("name", "龙华保洁立减25元券");
        promotion.put("ruleType", "FIXED");
        promotion.put("amountFen", 2_500);
        promotion.put("itemCodes", List.of("daily-cleaning"));
        promotion.put("regionCode", LONGHUA);
        promotion.put("budgetFen", 1_000_000);
        promotion.put("quantity", 1);
        promotion.put("perCustomerLimit", 1);
        promotion.put("couponValidDays", 30);
        promotion.put("startsAt", OffsetDateTime.ofInstant(clock.instant().minusSeconds(60), BillingJourneys.SHANGHAI).toString());
        promotion.put("endsAt", OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofDays(30)), BillingJourneys.SHANGHAI).toString());
        Http.Reply created = http.post("/api/v1/admin/promotions", Http.json(promotion)).bearer(ops).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID promotionId = UUID.fromString(created.json().path("promotionId").asString());

        Report before = reports.report(EVER, NEVER, Optional.of(LONGHUA));
        Party customer = steps.customer();
        Http.Reply claimed = http.post("/api/v1/customer/coupons", Http.json(Map.of("promotionId", promotionId.toString())))
                .bearer(customer.token()).send();
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        OffsetDateTime start = BillingJourneys.tomorrowAt(clock.instant(), 10).plusDays(3);
        Http.Reply submitted = steps.submit(customer, worker, start, LONGHUA, LAT, LNG, claimed.json().path("couponId").asString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        UUID orderId = UUID.fromString(submitted.json().path("id").asString());
        long discount = steps.order(customer.token(), orderId).path("fees").path("discountFen").asLong();
        assertThat(discount).as("the coupon at least").isGreaterThanOrEqualTo(2_500);
        steps.accept(worker, orderId);
        long due = orders.payable(orderId).amountDueFen();
        steps.paid(customer.token(), orderId);

        // On site: an add-on the customer approves. Check-out waits until it is paid (C4.4), so the platform never
        // completes an order with money still owed, and the add-on can never pass for promotion cost.
        String code = steps.order(customer.token(), orderId).path("serviceCode").asString();
        clock.advance(Duration.between(clock.instant(), start.toInstant().minus(Duration.ofMinutes(20))));
        String workerToken = steps.signIn(worker.phone());
        Http.Reply in = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", code,
                "latitude", LAT, "longitude", LNG))).bearer(workerToken).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Http.Reply proposed = http.post("/api/v1/worker/orders/" + orderId + "/add-ons", Http.json(Map.of("description", "加擦玻璃",
                "amountFen", 4_000))).bearer(workerToken).send();
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        String customerToken = steps.signIn(customer.phone());
        Http.Reply approved = http.post("/api/v1/customer/orders/" + orderId + "/add-ons/" + proposed.json().path("id").asString()
                + "/decision", Http.json(Map.of("approve", true))).bearer(customerToken).send();
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        Http.Reply early = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().path("code").asString()).isEqualTo("booking.add-on-unpaid");

        assertThat(orders.payable(orderId).amountDueFen()).isEqualTo(4_000);
        steps.paid(customerToken, orderId);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        Await.value(() -> promotions.costs(EVER, NEVER, Optional.of(LONGHUA)).stream().anyMatch(c -> c.promotionId().equals(promotionId))
                && ledger.orderBalance(orderId, LedgerAccount.PROMOTION_COST) != 0 ? true : null, "the completed order's promotion cost");

        Report completed = reports.report(EVER, NEVER, Optional.of(LONGHUA));
        assertThat(completed.promotionCostFen() - before.promotionCostFen()).as("the discount alone is the platform's cost")
                .isEqualTo(discount);
        assertThat(completed.customerPaymentsFen() - before.customerPaymentsFen()).isEqualTo(due + 4_000);
        assertThat(ledger.orderBalance(orderId, LedgerAccount.ORDER_ESCROW)).as("nothing owed, nothing held").isZero();
        agree(http, journeys, completed, promotionId);
        BillingJourneys.ledgerBalanced(reports);
    }

    /** The report's promotion cost is the sum of the per-promotion costs, in the port and over HTTP; this promotion cost its discount. */
    private void agree(Http http, Journeys journeys, Report report, UUID promotionId) {
        List<PromotionCost> costs = promotions.costs(EVER, NEVER, Optional.of(LONGHUA));
        assertThat(costs.stream().mapToLong(PromotionCost::amountFen).sum()).isEqualTo(report.promotionCostFen());
        assertThat(costs).filteredOn(c -> c.promotionId().equals(promotionId)).singleElement()
                .satisfies(c -> assertThat(c.amountFen()).isEqualTo(2_500));
        String auditor = journeys.operatorToken(operators, "auditor");
        Http.Reply reply = http.get("/api/v1/admin/promotions/costs?from=2000-01-01T00:00:00Z&until=2100-01-01T00:00:00Z&region="
                + LONGHUA).bearer(auditor).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("items").findValues("amountFen").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(report.promotionCostFen());
    }
}
