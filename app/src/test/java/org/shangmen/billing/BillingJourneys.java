package org.shangmen.billing;

import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.WorkerJourneys.Certified;
import tools.jackson.databind.JsonNode;

/** Steps of the payment journeys: a certified worker, a customer's order accepted by that worker, paying through the sandbox. */
public final class BillingJourneys {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String DISTRICT = "440304";
    public static final double LAT = 22.5410;
    public static final double LNG = 114.0520;

    private final Http http;
    private final Journeys journeys;
    private final WorkerJourneys workers;

    public BillingJourneys(Http http) {
        this.http = http;
        this.journeys = new Journeys(http);
        this.workers = new WorkerJourneys(http);
    }

    public record Party(String phone, String token) {
    }

    public Party customer() {
        String phone = Journeys.newPhone();
        return new Party(phone, journeys.register(phone, "CUSTOMER", false).path("accessToken").asString());
    }

    public Certified worker(String name, String opsToken) {
        return worker(name, opsToken, DISTRICT, LAT, LNG);
    }

    Certified worker(String name, String opsToken, String district, double lat, double lng) {
        return workers.certifiedWorker(name, opsToken, Map.of("districts", List.of(district), "homeLatitude", lat + 0.001,
                "homeLongitude", lng, "skills", List.of("DAILY_CLEANING", "ELDERLY_CARE")));
    }

    public String signIn(String phone) {
        Http.Reply reply = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("accessToken").asString();
    }

    public static OffsetDateTime tomorrowAt(Instant now, int hour) {
        LocalDate day = LocalDate.ofInstant(now, SHANGHAI).plusDays(1);
        return day.atTime(hour, 0).atZone(SHANGHAI).toOffsetDateTime();
    }

    /** The ledger's health: every posting sums to zero and no entry is unbalanced. */
    public static void ledgerBalanced(org.shangmen.billing.api.FinanceReports reports) {
        org.shangmen.billing.api.FinanceReports.LedgerCheck check = reports.ledgerCheck();
        assertThat(check.grandTotalFen()).as("sum of every posting").isZero();
        assertThat(check.unbalancedEntries()).as("entries that do not balance").isZero();
    }

    String itemId(String code) {
        JsonNode catalogue = http.get("/api/v1/public/catalogue").send().json();
        for (JsonNode category : catalogue.path("categories")) {
            for (JsonNode item : category.path("items")) {
                if (code.equals(item.path("code").asString())) {
                    return item.path("id").asString();
                }
            }
        }
        throw new AssertionError("no active item " + code);
    }

    /** A two-hour daily cleaning for the worker at the start, accepted by that worker: it awaits payment. */
    public UUID accepted(Party customer, Certified worker, OffsetDateTime start) {
        Http.Reply submitted = submit(customer, worker, start, DISTRICT, LAT, LNG, null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        UUID orderId = UUID.fromString(submitted.json().path("id").asString());
        accept(worker, orderId);
        return orderId;
    }

    /** Submits a two-hour daily cleaning for the worker at the start, with a coupon when one is given. */
    Http.Reply submit(Party customer, Certified worker, OffsetDateTime start, String district, double lat, double lng, String couponId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", district);
        body.put("latitude", lat);
        body.put("longitude", lng);
        if (couponId != null) {
            body.put("couponId", couponId);
        }
        body.put("addressDetail", "5栋802室");
        body.put("contactName", "陈先生");
        body.put("start", start.toString());
        body.put("requirements", "请带鞋套");
        body.put("preferredWorkerId", worker.workerId().toString());
        return http.post("/api/v1/customer/orders", Http.json(body)).bearer(customer.token())
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
    }

    /** The worker accepts the offer of the order. */
    void accept(Certified worker, UUID orderId) {
        String offer = Await.value(() -> {
            for (JsonNode o : http.get("/api/v1/worker/offers?open=true&size=100").bearer(worker.token()).send().json().path("items")) {
                if (orderId.toString().equals(o.path("orderId").asString())) {
                    return o.path("offerId").asString();
                }
            }
            return null;
        }, "an offer of " + orderId);
        Http.Reply accepted = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(worker.token()).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    public JsonNode order(String customerToken, UUID orderId) {
        Http.Reply reply = http.get("/api/v1/customer/orders/" + orderId).bearer(customerToken).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    Http.Reply pay(String customerToken, UUID orderId, String channel, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        if ("WECHAT_PAY".equals(channel)) {
            body.put("payerOpenId", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        }
        return http.post("/api/v1/customer/orders/" + orderId + "/payments", Http.json(body)).bearer(customerToken)
                .header("Idempotency-Key", key).send();
    }

    /** Opens a payment and completes it in the sandbox; answers the payment id. */
    public UUID paid(String customerToken, UUID orderId) {
        Http.Reply opened = pay(customerToken, orderId, "ALIPAY", UUID.randomUUID().toString());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        UUID paymentId = UUID.fromString(opened.json().path("paymentId").asString());
        Http.Reply done = http.post("/api/v1/dev/payments/" + paymentId + "/complete", "").send();
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("status").asString()).isEqualTo("SUCCEEDED");
        return paymentId;
    }

}
