package org.shangmen.billing;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shangmen.app.support.PlatformTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.billing.api.FinanceReports.Report;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.system.CapturedOutput;
import tools.jackson.databind.JsonNode;

/**
 * C4.2 and A3.2 over real HTTP: a customer pays an accepted order through the sandbox, the worker does
 * the job, the week is settled and paid out; the ledger balances after every step and the report's
 * figures are the ledger's. Futian district (440304).
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class PaymentJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    OrderPayments orders;
    @Autowired
    BillingAdministration billing;
    @Autowired
    org.shangmen.billing.api.FinanceReports reports;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    BillingJourneys steps;

    private Report report() {
        return reports.report(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"),
                Optional.of(BillingJourneys.DISTRICT));
    }

    @Test
    @DisplayName("C4.2 A3.2 pay → complete → settle → pay out: one payment per order whatever the retries, the commission rule in "
            + "force recorded with the earning, the ledger balanced at every step and the report equal to it")
    void payCompleteSettle(CapturedOutput output) throws Exception {
        String ops = journeys.operatorToken("ops");
        String finance = journeys.operatorToken("finance");
        Certified worker = steps.worker("苏美华", ops);
        Party customer = steps.customer();
        OffsetDateTime start = BillingJourneys.tomorrowAt(clock.instant(), 10);
        UUID orderId = steps.accepted(customer, worker, start);
        long due = orders.payable(orderId).amountDueFen();
        assertThat(due).isPositive();
        Report before = report();
        BillingJourneys.ledgerBalanced(reports);

        // A commission rule for this item in this district, in force from now.
        Http.Reply rule = http.post("/api/v1/admin/billing/commission-rules", Http.json(Map.of("itemCode", "daily-cleaning",
                "regionCode", BillingJourneys.DISTRICT, "rateBp", 1_500,
                "validFrom", OffsetDateTime.ofInstant(clock.instant().minusSeconds(60), BillingJourneys.SHANGHAI).toString())))
                .bearer(finance).send();
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        assertThat(http.post("/api/v1/admin/billing/commission-rules", Http.json(Map.of("rateBp", 1_000, "validFrom",
                OffsetDateTime.now().toString()))).bearer(ops).send().status()).isEqualTo(403);

        // C4.2: WeChat Pay in the mini-program (sandbox here); the amount is the order's, the key makes retries one payment.
        String key = "pay-" + UUID.randomUUID();
        Http.Reply opened = steps.pay(customer.token(), orderId, "WECHAT_PAY", key);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("amountFen").asLong()).isEqualTo(due);
        assertThat(opened.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(opened.json().path("clientParams").path("sandbox").asString()).isEqualTo("true");
        String paymentId = opened.json().path("paymentId").asString();
        Http.Reply again = steps.pay(customer.token(), orderId, "WECHAT_PAY", key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("paymentId").asString()).isEqualTo(paymentId);
        Http.Reply otherBody = steps.pay(customer.token(), orderId, "ALIPAY", key);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(otherBody.json().path("code").asString()).isEqualTo("billing.idempotency-key-reused");

        // Nobody else pays or reads it.
        Party stranger = steps.customer();
        assertThat(steps.pay(stranger.token(), orderId, "ALIPAY", "k-" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/customer/payments/" + paymentId).bearer(stranger.token()).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/customer/orders/" + orderId + "/payments").bearer(stranger.token()).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/customer/payments/" + paymentId).bearer(worker.token()).send().status()).isEqualTo(403);

        // The provider says paid (the sandbox's button, like a verified notice), twice: one payment, one ledger entry.
        for (int i = 0; i < 2; i++) {
            Http.Reply done = http.post("/api/v1/dev/payments/" + paymentId + "/complete", "").send();
            assertThat(done.status()).as(done.body()).isEqualTo(200);
        }
        JsonNode payment = http.get("/api/v1/customer/payments/" + paymentId).bearer(customer.token()).send().json();
        assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(steps.order(customer.token(), orderId).path("status").asString()).isEqualTo("PAID");
        assertThat(orders.payable(orderId).paidFen()).isEqualTo(due);
        BillingJourneys.ledgerBalanced(reports);
        Report paid = report();
        assertThat(paid.customerPaymentsFen() - before.customerPaymentsFen()).isEqualTo(due);
        assertThat(steps.pay(customer.token(), orderId, "ALIPAY", "k-" + UUID.randomUUID()).status()).isEqualTo(409);

        // The visit: check in with the code, check out → completed → the earning with the rule in force.
        String code = steps.order(customer.token(), orderId).path("serviceCode").asString();
        clock.advance(Duration.between(clock.instant(), start.toInstant().minus(Duration.ofMinutes(20))));
        String workerToken = steps.signIn(worker.phone());
        Http.Reply in = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", code,
                "latitude", BillingJourneys.LAT, "longitude", BillingJourneys.LNG))).bearer(workerToken).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        JsonNode earning = Await.value(() -> {
            JsonNode page = http.get("/api/v1/worker/earnings").bearer(workerToken).send().json();
            for (JsonNode e : page.path("items")) {
                if (orderId.toString().equals(e.path("orderId").asString())) {
                    return e;
                }
            }
            return null;
        }, "the earning of " + orderId);
        long commission = (due * 1_500 + 5_000) / 10_000;
        assertThat(earning.path("commissionRateBp").asInt()).isEqualTo(1_500);
        assertThat(earning.path("commissionFen").asLong()).isEqualTo(commission);
        assertThat(earning.path("earnedFen").asLong()).isEqualTo(due - commission);
        assertThat(http.get("/api/v1/worker/earnings").bearer(workerToken).send().json().path("balanceFen").asLong())
                .isEqualTo(due - commission);
        BillingJourneys.ledgerBalanced(reports);
        Report completed = report();
        assertThat(completed.commissionFen() - before.commissionFen()).isEqualTo(commission);
        assertThat(completed.workerEarningsFen() - before.workerEarningsFen()).isEqualTo(due - commission);

        // A3.2: the week is settled into a statement and paid out once.
        LocalDate monday = LocalDate.ofInstant(clock.instant(), BillingJourneys.SHANGHAI).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant weekOver = monday.atTime(1, 0).atZone(BillingJourneys.SHANGHAI).toInstant();
        LocalDate week = monday.minusDays(7);
        String financeEarly = journeys.operatorToken("finance");
        assertThat(http.post("/api/v1/admin/billing/settlements/" + week, "").bearer(financeEarly).send().status()).isEqualTo(422);
        clock.advance(Duration.between(clock.instant(), weekOver));
        String financeNow = journeys.operatorToken("finance");
        Http.Reply settled = http.post("/api/v1/admin/billing/settlements/" + week, "").bearer(financeNow).send();
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        JsonNode statement = null;
        for (JsonNode s : settled.json()) {
            if (worker.workerId().toString().equals(s.path("workerId").asString())) {
                statement = s;
            }
        }
        assertThat(statement).as(settled.body()).isNotNull();
        assertThat(statement.path("payableFen").asLong()).isEqualTo(due - commission);
        assertThat(statement.path("commissionFen").asLong()).isEqualTo(commission);
        assertThat(http.post("/api/v1/admin/billing/settlements/" + monday.minusDays(6), "").bearer(financeNow).send().status())
                .isEqualTo(400);

        // A3.2: finance adjusts the open statement with a reason; retries are one adjustment; it never goes below nothing.
        String statementId = statement.path("statementId").asString();
        String adjustments = "/api/v1/admin/billing/statements/" + statementId + "/adjustments";
        String adjustKey = "adj-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            Http.Reply bonus = http.post(adjustments, Http.json(Map.of("amountFen", 500, "reason", "客户好评奖励"))).bearer(financeNow)
                    .header("Idempotency-Key", adjustKey).send();
            assertThat(bonus.status()).as(bonus.body()).isEqualTo(200);
            assertThat(bonus.json().path("adjustmentsFen").asLong()).isEqualTo(500);
            assertThat(bonus.json().path("payableFen").asLong()).isEqualTo(due - commission + 500);
        }
        Http.Reply reused = http.post(adjustments, Http.json(Map.of("amountFen", 700, "reason", "客户好评奖励"))).bearer(financeNow)
                .header("Idempotency-Key", adjustKey).send();
        assertThat(reused.status()).as(reused.body()).isEqualTo(422);
        assertThat(reused.json().path("code").asString()).isEqualTo("billing.idempotency-key-reused");
        Http.Reply tooMuch = http.post(adjustments, Http.json(Map.of("amountFen", -(due - commission + 501), "reason", "投诉扣款")))
                .bearer(financeNow).header("Idempotency-Key", "adj-" + UUID.randomUUID()).send();
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(422);
        assertThat(tooMuch.json().path("code").asString()).isEqualTo("billing.adjustment-exceeds-payable");
        assertThat(http.post(adjustments, Http.json(Map.of("amountFen", 0, "reason", "x"))).bearer(financeNow)
                .header("Idempotency-Key", "adj-" + UUID.randomUUID()).send().status()).isEqualTo(400);
        assertThat(http.post(adjustments, Http.json(Map.of("amountFen", 100, "reason", "x"))).bearer(financeNow).send().status())
                .isEqualTo(400);
        assertThat(http.post(adjustments, Http.json(Map.of("amountFen", 100, "reason", " "))).bearer(financeNow)
                .header("Idempotency-Key", "adj-" + UUID.randomUUID()).send().status()).isEqualTo(400);
        String opsAdjusting = journeys.operatorToken("ops");
        assertThat(http.post(adjustments, Http.json(Map.of("amountFen", 100, "reason", "x"))).bearer(opsAdjusting)
                .header("Idempotency-Key", "adj-" + UUID.randomUUID()).send().status()).isEqualTo(403);
        assertThat(http.get(adjustments).bearer(financeNow).send().json().path("items").findValuesAsString("reason")).containsExactly("客户好评奖励");
        BillingJourneys.ledgerBalanced(reports);
        Http.Reply batch = http.post("/api/v1/admin/billing/settlements/" + week + "/payout-batch", "").bearer(financeNow).send();
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        assertThat(http.post("/api/v1/admin/billing/settlements/" + week + "/payout-batch", "").bearer(financeNow).send().status())
                .isEqualTo(409);
        String workerLater = steps.signIn(worker.phone());
        assertThat(http.get("/api/v1/worker/earnings").bearer(workerLater).send().json().path("balanceFen").asLong()).isZero();
        JsonNode mine = http.get("/api/v1/worker/earnings/statements").bearer(workerLater).send().json().path("items");
        assertThat(mine.get(0).path("status").asString()).isEqualTo("PAID");
        assertThat(mine.get(0).path("payableFen").asLong()).isEqualTo(due - commission + 500);
        assertThat(mine.get(0).path("adjustments").findValuesAsString("reason")).containsExactly("客户好评奖励");
        Http.Reply late = http.post(adjustments, Http.json(Map.of("amountFen", 100, "reason", "补发"))).bearer(financeNow)
                .header("Idempotency-Key", "adj-" + UUID.randomUUID()).send();
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().path("code").asString()).isEqualTo("billing.statement-paid");
        BillingJourneys.ledgerBalanced(reports);
        // C5.1: the worker was told the statement was ready, with its amount when drawn up.
        JsonNode ready = Await.value(() -> {
            for (JsonNode n : http.get("/api/v1/me/notices").bearer(workerLater).send().json().path("items")) {
                if ("SETTLEMENT_READY".equals(n.path("template").asString())) {
                    return n;
                }
            }
            return null;
        }, "the statement notice");
        assertThat(ready.path("body").asString()).contains(week.toString()).contains(org.shangmen.kernel.Money.ofFen(due - commission)
                .toString());

        // Reports equal the ledger; CSV and Excel carry the same figures.
        Report now = reports.report(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), Optional.empty());
        assertThat(now.workerPayoutsFen()).isGreaterThanOrEqualTo(due - commission);
        assertThat(now.workerAdjustmentsFen()).isGreaterThanOrEqualTo(500);
        assertThat(now.profitFen()).isEqualTo(now.revenueFen() - now.promotionCostFen() - now.refundExpenseFen()
                - now.workerAdjustmentsFen());
        String range = "from=2000-01-01T00:00:00Z&until=2100-01-01T00:00:00Z&region=" + BillingJourneys.DISTRICT;
        Http.Reply json = http.get("/api/v1/admin/billing/reports?" + range).bearer(financeNow).send();
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        Report district = report();
        assertThat(json.json().path("commissionFen").asLong()).isEqualTo(district.commissionFen());
        assertThat(json.json().path("customerPaymentsFen").asLong()).isEqualTo(district.customerPaymentsFen());
        Http.Reply csv = http.get("/api/v1/admin/billing/reports?" + range + "&format=csv").bearer(financeNow).send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("commissionFen,佣金收入," + district.commissionFen() + "\r\n");
        Http.Request xlsxRequest = http.get("/api/v1/admin/billing/reports?" + range + "&format=xlsx").bearer(financeNow);
        byte[] xlsx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/admin/billing/reports?" + range + "&format=xlsx"))
                .header("Authorization", "Bearer " + financeNow).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(xlsxRequest).isNotNull();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            long found = -1;
            for (Row row : book.getSheetAt(0)) {
                if ("commissionFen".equals(row.getCell(0).getStringCellValue())) {
                    found = (long) row.getCell(2).getNumericCellValue();
                }
            }
            assertThat(found).isEqualTo(district.commissionFen());
        }
        String opsNow = journeys.operatorToken("ops");
        assertThat(http.get("/api/v1/admin/billing/reports?" + range).bearer(opsNow).send().status()).isEqualTo(403);

        // No personal data in the logs: neither the customer's phone nor the payer's openid.
        assertThat(output.getAll()).doesNotContain(customer.phone()).doesNotContain("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
    }

    @Test
    @DisplayName("C4.2 the same provider notice 100 times at once makes one payment, one ledger entry and one paid order")
    void hundredNoticesAtOnce() throws Exception {
        String ops = journeys.operatorToken("ops");
        Certified worker = steps.worker("邓丽君", ops);
        Party customer = steps.customer();
        UUID orderId = steps.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 15));
        long due = orders.payable(orderId).amountDueFen();
        Http.Reply opened = steps.pay(customer.token(), orderId, "ALIPAY", UUID.randomUUID().toString());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String paymentId = opened.json().path("paymentId").asString();
        Report before = report();

        int threads = 100;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            replies.add(pool.submit(() -> {
                go.await();
                return http.post("/api/v1/dev/payments/" + paymentId + "/complete", "").send().status();
            }));
        }
        go.countDown();
        for (Future<Integer> reply : replies) {
            assertThat(reply.get()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(orders.payable(orderId).paidFen()).isEqualTo(due);
        assertThat(steps.order(customer.token(), orderId).path("status").asString()).isEqualTo("PAID");
        assertThat(report().customerPaymentsFen() - before.customerPaymentsFen()).isEqualTo(due);
        assertThat(billing.orderPayments(orderId)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("SUCCEEDED");
            assertThat(p.refunds()).isEmpty();
        });
        BillingJourneys.ledgerBalanced(reports);
    }
}
