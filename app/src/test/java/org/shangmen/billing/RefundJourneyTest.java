package org.shangmen.billing;

import org.shangmen.app.support.PlatformTest;
import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.billing.adapter.out.gateway.SandboxGateway;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.billing.api.BillingAdministration.PaymentLine;
import org.shangmen.billing.application.port.in.PayOrders;
import org.shangmen.billing.application.port.in.SettlePayments;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.application.port.out.PaymentGateway.ProviderPayment;
import org.shangmen.billing.application.port.out.PaymentGateway.State;
import org.shangmen.billing.domain.Payment;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** C4.2: refunds (operators', cancellations', late payments'), anomalies, reconciliation and bad input, over real HTTP. */
@PlatformTest
class RefundJourneyTest {

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
    PayOrders payOrders;
    @Autowired
    SettlePayments settle;
    @Autowired
    SandboxGateway sandbox;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    BillingJourneys steps;

    private Http.Reply refund(String token, UUID paymentId, long amount, String key) {
        return http.post("/api/v1/admin/billing/payments/" + paymentId + "/refunds", Http.json(Map.of("amountFen", amount,
                "reason", "服务不满意,协商退款"))).bearer(token).header("Idempotency-Key", key).send();
    }

    @Test
    @DisplayName("C4.2 a partial refund and then racing full refunds never exceed the payment; a retried refund is one refund")
    void refundsNeverExceedThePayment() throws Exception {
        String ops = journeys.operatorToken("ops");
        String finance = journeys.operatorToken("finance");
        String auditor = journeys.operatorToken("auditor");
        Certified worker = steps.worker("钟美玲", ops);
        Party customer = steps.customer();
        UUID orderId = steps.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 9));
        long due = orders.payable(orderId).amountDueFen();
        UUID paymentId = steps.paid(customer.token(), orderId);

        assertThat(refund(ops, paymentId, 1_000, "r-" + UUID.randomUUID()).status()).isEqualTo(403);
        String key = "r-" + UUID.randomUUID();
        Http.Reply partial = refund(finance, paymentId, 1_000, key);
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(partial.json().path("status").asString()).isEqualTo("SUCCEEDED");
        Http.Reply retried = refund(finance, paymentId, 1_000, key);
        assertThat(retried.json().path("refundId").asString()).isEqualTo(partial.json().path("refundId").asString());

        // Eight operators refund the whole payment at the same moment: one wins, the rest are refused.
        int racers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            replies.add(pool.submit(() -> {
                go.await();
                return refund(finance, paymentId, due - 1_000, "r-" + UUID.randomUUID()).status();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> reply : replies) {
            statuses.add(reply.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        Http.Reply oneMore = refund(finance, paymentId, 1, "r-" + UUID.randomUUID());
        assertThat(oneMore.status()).isEqualTo(422);
        assertThat(oneMore.json().path("code").asString()).isEqualTo("billing.refund-exceeds-payment");

        Http.Reply read = http.get("/api/v1/admin/billing/orders/" + orderId + "/payments").bearer(auditor).send();
        assertThat(read.status()).isEqualTo(200);
        PaymentLine line = billing.orderPayments(orderId).getFirst();
        assertThat(line.refundedFen()).isEqualTo(due);
        assertThat(line.refunds().stream().mapToLong(BillingAdministration.RefundLine::amountFen).sum()).isEqualTo(due);
        assertThat(line.refunds()).allSatisfy(r -> assertThat(r.status()).isEqualTo("SUCCEEDED"));
        BillingJourneys.ledgerBalanced(reports);
    }

    @Test
    @DisplayName("C4.2 a paid order cancelled ahead of time is refunded in full through its channel, once")
    void cancellationRefunds() {
        String ops = journeys.operatorToken("ops");
        Certified worker = steps.worker("龙秀英", ops);
        Party customer = steps.customer();
        UUID orderId = steps.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 13));
        long due = orders.payable(orderId).amountDueFen();
        steps.paid(customer.token(), orderId);
        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + orderId + "/cancel", Http.json(Map.of("reason", "计划有变")))
                .bearer(customer.token()).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        PaymentLine line = Await.value(() -> {
            PaymentLine p = billing.orderPayments(orderId).getFirst();
            return p.refunds().isEmpty() || !p.refunds().getFirst().status().equals("SUCCEEDED") ? null : p;
        }, "the cancellation refund");
        assertThat(line.refunds()).singleElement().satisfies(r -> assertThat(r.amountFen()).isEqualTo(due));
        assertThat(line.refundedFen()).isEqualTo(due);
        BillingJourneys.ledgerBalanced(reports);
        // C5.1: the customer hears the money is on its way back, once.
        JsonNode notice = Await.value(() -> {
            for (JsonNode n : http.get("/api/v1/me/notices").bearer(customer.token()).send().json().path("items")) {
                if ("REFUND_DONE".equals(n.path("template").asString())) {
                    return n;
                }
            }
            return null;
        }, "the refund notice");
        assertThat(notice.path("body").asString()).contains(org.shangmen.kernel.Money.ofFen(due).toString()).contains("原路退回");
        assertThat(notice.path("subject").path("id").asString()).isEqualTo(orderId.toString());
    }

    @Test
    @DisplayName("C4.2 a payment that succeeds after the order was cancelled is recorded and refunded automatically; the order stays cancelled")
    void latePaymentIsRefunded() {
        String ops = journeys.operatorToken("ops");
        Certified worker = steps.worker("莫小红", ops);
        Party customer = steps.customer();
        UUID orderId = steps.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 16));
        Http.Reply opened = steps.pay(customer.token(), orderId, "CARD", UUID.randomUUID().toString());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String paymentId = opened.json().path("paymentId").asString();
        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + orderId + "/cancel", Http.json(Map.of("reason", "不需要了")))
                .bearer(customer.token()).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        Http.Reply done = http.post("/api/v1/dev/payments/" + paymentId + "/complete", "").send();
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("status").asString()).isEqualTo("SUCCEEDED");
        PaymentLine line = billing.orderPayments(orderId).getFirst();
        assertThat(line.refunds()).singleElement().satisfies(r -> {
            assertThat(r.amountFen()).isEqualTo(line.amountFen());
            assertThat(r.status()).isEqualTo("SUCCEEDED");
        });
        assertThat(steps.order(customer.token(), orderId).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(orders.payable(orderId).paidFen()).isZero();
        BillingJourneys.ledgerBalanced(reports);
    }

    @Test
    @DisplayName("C4.2 a notice with another amount becomes an anomaly for operators, never a paid order; reconciliation settles a "
            + "payment whose notice never came")
    void anomalyAndReconciliation() {
        String ops = journeys.operatorToken("ops");
        String finance = journeys.operatorToken("finance");
        Certified worker = steps.worker("韦春花", ops);
        Party customer = steps.customer();
        UUID orderId = steps.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 11));
        UUID customerId = orders.payable(orderId).customerId();
        Http.Reply opened = steps.pay(customer.token(), orderId, "ALIPAY", UUID.randomUUID().toString());
        Payment payment = payOrders.payment(customerId, UUID.fromString(opened.json().path("paymentId").asString()));

        settle.settle(payment.provider(), new PaymentNotice(new ProviderPayment(payment.outTradeNo(), State.SUCCEEDED,
                Optional.of("SBX-odd"), payment.amountFen() + 1, Optional.of(clock.instant()))));
        assertThat(payOrders.payment(customerId, payment.id()).status().name()).isEqualTo("ANOMALY");
        assertThat(steps.order(customer.token(), orderId).path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        Http.Reply anomalies = http.get("/api/v1/admin/billing/anomalies").bearer(finance).send();
        assertThat(anomalies.status()).isEqualTo(200);
        assertThat(anomalies.body()).contains(payment.id().toString());

        // Another payment whose notice is lost: the scheduled query finds it paid.
        Http.Reply second = steps.pay(customer.token(), orderId, "ALIPAY", UUID.randomUUID().toString());
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        Payment pending = payOrders.payment(customerId, UUID.fromString(second.json().path("paymentId").asString()));
        sandbox.decide(pending.outTradeNo(), true);
        assertThat(payOrders.payment(customerId, pending.id()).status().name()).isEqualTo("PENDING");
        clock.advance(Duration.ofMinutes(2));
        assertThat(settle.reconcile()).isGreaterThanOrEqualTo(1);
        assertThat(payOrders.payment(customerId, pending.id()).status().name()).isEqualTo("SUCCEEDED");
        assertThat(steps.order(steps.signIn(customer.phone()), orderId).path("status").asString()).isEqualTo("PAID");
        BillingJourneys.ledgerBalanced(reports);
    }

    @Test
    @DisplayName("C4.2 bad input is a 4xx problem, never a 500: malformed JSON, unknown channel, missing key, bad ids, bad amounts, "
            + "forged notices")
    void badInput() {
        String ops = journeys.operatorToken("ops");
        String finance = journeys.operatorToken("finance");
        Certified worker = steps.worker("包桂兰", ops);
        Party customer = steps.customer();
        UUID orderId = steps.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 17));
        String path = "/api/v1/customer/orders/" + orderId + "/payments";
        List<Http.Reply> replies = List.of(
                http.post(path, "{\"channel\":").bearer(customer.token()).header("Idempotency-Key", "k1").send(),
                http.post(path, "{\"channel\":\"BITCOIN\"}").bearer(customer.token()).header("Idempotency-Key", "k2").send(),
                http.post(path, "{\"channel\":42}").bearer(customer.token()).header("Idempotency-Key", "k3").send(),
                http.post(path, "{\"channel\":\"ALIPAY\"}").bearer(customer.token()).send(),
                http.post(path, "{\"channel\":\"ALIPAY\"}").bearer(customer.token()).header("Idempotency-Key", "x".repeat(65)).send(),
                http.post(path, "{\"channel\":\"WECHAT_PAY\"}").bearer(customer.token()).header("Idempotency-Key", "k4").send(),
                http.post(path, "[]").bearer(customer.token()).header("Idempotency-Key", "k5").send(),
                http.post("/api/v1/customer/orders/not-a-uuid/payments", "{\"channel\":\"ALIPAY\"}").bearer(customer.token())
                        .header("Idempotency-Key", "k6").send(),
                http.post("/api/v1/customer/orders/" + UUID.randomUUID() + "/payments", "{\"channel\":\"ALIPAY\"}")
                        .bearer(customer.token()).header("Idempotency-Key", "k7").send(),
                http.get("/api/v1/customer/payments/" + UUID.randomUUID()).bearer(customer.token()).send(),
                http.post("/api/v1/admin/billing/payments/" + UUID.randomUUID() + "/refunds", "{\"amountFen\":\"abc\"}").bearer(finance)
                        .header("Idempotency-Key", "k8").send(),
                http.post("/api/v1/admin/billing/payments/" + UUID.randomUUID() + "/refunds", "{\"amountFen\":-5,\"reason\":\"x\"}")
                        .bearer(finance).header("Idempotency-Key", "k9").send(),
                http.post("/api/v1/admin/billing/payments/" + UUID.randomUUID() + "/refunds", "{\"amountFen\":5,\"reason\":\"x\"}")
                        .bearer(finance).header("Idempotency-Key", "k10").send(),
                http.get("/api/v1/admin/billing/reports?from=yesterday&until=2100-01-01T00:00:00Z").bearer(finance).send(),
                http.get("/api/v1/admin/billing/reports?from=2000-01-01T00:00:00Z&until=2100-01-01T00:00:00Z&format=pdf").bearer(finance).send(),
                http.get("/api/v1/admin/billing/reports?from=2000-01-01T00:00:00Z&until=2100-01-01T00:00:00Z&region=abc").bearer(finance).send(),
                http.post("/api/v1/admin/billing/settlements/2026-13-01", "").bearer(finance).send(),
                http.post("/api/v1/admin/billing/commission-rules", "{\"rateBp\":20000,\"validFrom\":\"2026-01-01T00:00:00+08:00\"}")
                        .bearer(finance).send(),
                http.post("/api/v1/admin/billing/commission-rules", "{\"rateBp\":100,\"tier\":\"GOLD\",\"validFrom\":\"2026-01-01T00:00:00+08:00\"}")
                        .bearer(finance).send());
        for (Http.Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
            assertThat(reply.json().path("code").asString()).isNotBlank();
        }
        assertThat(replies.get(8).status()).isEqualTo(404);
        assertThat(replies.get(9).status()).isEqualTo(404);
        assertThat(replies.get(12).status()).isEqualTo(404);

        // Forged or garbled notices are refused in WeChat Pay's own answer form, and change nothing.
        Http.Reply forged = http.post("/api/v1/public/payments/notify/wechat", "{\"id\":\"x\",\"event_type\":\"TRANSACTION.SUCCESS\"}")
                .header("Wechatpay-Signature", "Zm9yZ2Vk").header("Wechatpay-Timestamp", "1").header("Wechatpay-Nonce", "n")
                .header("Wechatpay-Serial", "PUB_KEY_ID_0").send();
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().path("code").asString()).isEqualTo("FAIL");
        assertThat(http.post("/api/v1/public/payments/notify/wechat", "not json").send().status()).isEqualTo(401);
        Http.Reply alipay = http.post("/api/v1/public/payments/notify/alipay", "out_trade_no=P1&trade_status=TRADE_SUCCESS&sign=Zm9yZ2Vk")
                .header("Content-Type", "application/x-www-form-urlencoded").send();
        assertThat(alipay.status()).isEqualTo(400);
        assertThat(alipay.body()).isEqualTo("failure");
        assertThat(orders.payable(orderId).paidFen()).isZero();
    }
}
