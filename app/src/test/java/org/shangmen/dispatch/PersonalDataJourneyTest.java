package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.billing.BillingJourneys;
import org.shangmen.billing.api.FinanceReports;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.worker.WorkerJourneys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PlatformTest
class PersonalDataJourneyTest {

    static final String DISTRICT = "440303";
    static final double LAT = 22.5479;
    static final double LNG = 114.1322;

    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;
    @Autowired
    WorkerJourneys workers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    BillingJourneys billing;
    @Autowired
    FinanceReports reports;

    private Http.Reply close(String token, Map<String, Object> confirmation) {
        return http.post("/api/v1/me/account-closure", Http.json(confirmation)).bearer(token).send();
    }

    @Test
    @DisplayName("A1.2 the export holds the caller's own account and orders and nobody else's")
    void exportHoldsOnlyTheCallersData() {
        String ops = journeys.operatorToken("ops");
        dispatch.worker("邵淑珍", ops, DISTRICT, LAT, LNG);
        String phone = Journeys.newPhone();
        String customer = journeys.register(phone, "CUSTOMER", false).path("accessToken").asString();
        String otherPhone = Journeys.newPhone();
        String other = journeys.register(otherPhone, "CUSTOMER", false).path("accessToken").asString();
        Map<String, Object> body = new java.util.HashMap<>(dispatch.request(DISTRICT, LAT, LNG,
                DispatchJourneys.tomorrowAt(clock.instant(), 15)));
        body.put("addressDetail", "7栋2301室");
        UUID orderId = dispatch.submitted(customer, body);
        dispatch.submitted(other, dispatch.request(DISTRICT, LAT, LNG, DispatchJourneys.tomorrowAt(clock.instant(), 16)));

        Http.Reply export = http.get("/api/v1/me/data-export").bearer(customer).send();
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        JsonNode sections = export.json().path("sections");
        assertThat(sections.path("identity").path("phone").asString()).isEqualTo(phone);
        assertThat(sections.path("booking").path("orders").size()).isEqualTo(1);
        assertThat(sections.path("booking").path("orders").get(0).path("id").asString()).isEqualTo(orderId.toString());
        assertThat(sections.path("booking").path("orders").get(0).path("addressDetail").asString()).isEqualTo("7栋2301室");
        assertThat(export.body()).doesNotContain(otherPhone);
        assertThat(export.json().path("exportedAt").asString()).endsWith("+08:00");
        assertThat(http.get("/api/v1/me/data-export").send().status()).isEqualTo(401);

        WorkerJourneys.Certified worker = workers.certifiedWorker("杜秀英", ops, Map.of());
        JsonNode workerExport = http.get("/api/v1/me/data-export").bearer(worker.token()).send().json().path("sections");
        assertThat(workerExport.path("worker").path("realName").asString()).isEqualTo("杜秀英");
        assertThat(workerExport.path("worker").path("maskedIdNumber").asString()).contains("*");
        assertThat(workerExport.path("booking").isMissingNode()).isTrue();
    }

    @Test
    @DisplayName("A1.2 closing is refused while an order is in progress or without the right password, with a clear problem")
    void closingRefusals() {
        String ops = journeys.operatorToken("ops");
        dispatch.worker("汤丽萍", ops, DISTRICT, LAT, LNG);
        String phone = Journeys.newPhone();
        String customer = journeys.register(phone, "CUSTOMER", false).path("accessToken").asString();
        UUID orderId = dispatch.submitted(customer, dispatch.request(DISTRICT, LAT, LNG, DispatchJourneys.tomorrowAt(clock.instant(), 11)));

        Http.Reply wrong = close(customer, Map.of("password", "Not-The-Password-1"));
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().path("code").asString()).isEqualTo("identity.account-closure-blocked");
        assertThat(wrong.json().path("detail").asString()).contains("进行中的订单");

        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + orderId + "/cancel", Http.json(Map.of("reason", "计划有变")))
                .bearer(customer).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        Http.Reply badPassword = close(customer, Map.of("password", "Not-The-Password-1"));
        assertThat(badPassword.status()).isEqualTo(422);
        assertThat(badPassword.json().path("code").asString()).isEqualTo("identity.closure-confirmation-invalid");
        assertThat(close(customer, Map.of()).json().path("code").asString()).isEqualTo("identity.closure-confirmation-invalid");
        assertThat(close(journeys.operatorToken("superadmin"), Map.of("password", "Yun-Ying-Mi-Ma-02")).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("A1.2 a closed account no longer signs in; its orders stay without address or contact; a worker's identity is gone")
    void closingAnonymises() {
        String ops = journeys.operatorToken("ops");
        dispatch.worker("钱玉兰", ops, DISTRICT, LAT, LNG);
        String phone = Journeys.newPhone();
        String customer = journeys.register(phone, "CUSTOMER", false).path("accessToken").asString();
        UUID orderId = dispatch.submitted(customer, dispatch.request(DISTRICT, LAT, LNG, DispatchJourneys.tomorrowAt(clock.instant(), 9)));
        assertThat(http.post("/api/v1/customer/orders/" + orderId + "/cancel", Http.json(Map.of("reason", "计划有变"))).bearer(customer)
                .send().status()).isEqualTo(200);

        Http.Reply closed = close(customer, Map.of("password", Journeys.PASSWORD));
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        assertThat(http.get("/api/v1/me/data-export").bearer(customer).send().status()).as("the session ended").isEqualTo(401);
        assertThat(journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress()).status()).isIn(401, 403);
        Await.condition(() -> "(已注销)".equals(cipher.decrypt(jdbc.queryForObject(
                "SELECT address_detail FROM booking.customer_order WHERE id = ?", String.class, orderId))), "the masked address");
        assertThat(cipher.decrypt(jdbc.queryForObject("SELECT contact_name FROM booking.customer_order WHERE id = ?", String.class, orderId)))
                .isEqualTo("(已注销)");
        assertThat(jdbc.queryForObject("SELECT total_fen FROM booking.customer_order WHERE id = ?", Long.class, orderId))
                .as("the order itself stays for the accounts").isPositive();
        // The phone is free again: a new account may register with it (once a new code may be sent).
        clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(journeys.register(phone, "CUSTOMER", false).path("accessToken").asString()).isNotBlank();

        WorkerJourneys.Certified worker = workers.certifiedWorker("许彩霞", ops, Map.of());
        Await.condition(() -> jdbc.queryForObject("SELECT COUNT(*) FROM notification.notice WHERE recipient_id = ?", Integer.class,
                worker.workerId()) > 0, "the certification notice");
        assertThat(close(worker.token(), Map.of("password", Journeys.PASSWORD)).status()).isEqualTo(204);
        Await.condition(() -> jdbc.queryForObject("SELECT COUNT(*) FROM worker.worker WHERE account_id = ? AND real_name IS NULL "
                + "AND id_number_cipher IS NULL AND standing = 'REMOVED'", Integer.class, worker.workerId()) == 1, "the forgotten worker");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker.certificate WHERE worker_id = ?", Integer.class, worker.workerId()))
                .isZero();
        Await.condition(() -> jdbc.queryForObject("SELECT COUNT(*) FROM notification.notice WHERE recipient_id = ?", Integer.class,
                worker.workerId()) == 0, "the deleted notices");
    }

    @Test
    @DisplayName("A1.2 closing keeps what finance and law need: the paid and refunded order's payment, refund and ledger stay, and the ledger balances")
    void closingKeepsTheMoney() {
        String ops = journeys.operatorToken("ops");
        BillingJourneys.Party customer = billing.customer();
        WorkerJourneys.Certified worker = billing.worker("闭户甲", ops);
        UUID orderId = billing.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 10));
        UUID paymentId = billing.paid(customer.token(), orderId);
        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + orderId + "/cancel", Http.json(Map.of("reason", "计划有变")))
                .bearer(customer.token()).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        Await.condition(() -> jdbc.queryForObject("SELECT refunded_fen FROM billing.payment WHERE id = ?", Long.class, paymentId)
                .equals(jdbc.queryForObject("SELECT amount_fen FROM billing.payment WHERE id = ?", Long.class, paymentId)), "the full refund");
        long postings = jdbc.queryForObject("SELECT COUNT(*) FROM billing.ledger_posting", Long.class);

        Http.Reply closed = close(customer.token(), Map.of("password", Journeys.PASSWORD));
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        Await.condition(() -> "(已注销)".equals(cipher.decrypt(jdbc.queryForObject(
                "SELECT address_detail FROM booking.customer_order WHERE id = ?", String.class, orderId))), "the masked address");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM billing.payment WHERE id = ? AND status = 'SUCCEEDED'", Long.class, paymentId))
                .as("the payment stays").isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM billing.refund WHERE order_id = ?", Long.class, orderId))
                .as("the refund stays").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM billing.ledger_posting", Long.class))
                .as("no ledger posting removed").isGreaterThanOrEqualTo(postings);
        BillingJourneys.ledgerBalanced(reports);
    }

}
