package org.shangmen.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.WorkerJourneys.Certified;
import tools.jackson.databind.JsonNode;

/**
 * The steps of an order's life over HTTP for the insight journeys, in a test city of their own (449900,
 * districts 449901 and 449902) that no other journey uses: quote, submit, accept, pay, visit, review.
 */
public final class AnalyticsJourneys {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String CITY = "449900";
    static final String D1 = "449901";
    static final String D2 = "449902";
    static final double LAT = 22.6312;
    static final double LNG = 114.3405;

    private final Http http;
    private final Journeys journeys;
    private final WorkerJourneys workers;

    public AnalyticsJourneys(Http http) {
        this.http = http;
        this.journeys = new Journeys(http);
        this.workers = new WorkerJourneys(http);
    }

    /** Someone who signs in by phone; the token is renewed after the clock moves on. */
    static final class Person {
        final String phone;
        final UUID id;
        String token;

        Person(String phone, UUID id, String token) {
            this.phone = phone;
            this.id = id;
            this.token = token;
        }
    }

    Person customer() {
        String phone = Journeys.newPhone();
        JsonNode registered = journeys.register(phone, "CUSTOMER", false);
        String token = registered.path("accessToken").asString();
        UUID id = UUID.fromString(http.get("/api/v1/auth/me").bearer(token).send().json().path("id").asString());
        return new Person(phone, id, token);
    }

    Person worker(String name, String opsToken, String district, List<String> skills, int experienceYears) {
        Certified c = workers.certifiedWorker(name, opsToken, Map.of("districts", List.of(district), "homeLatitude", LAT + 0.001,
                "homeLongitude", LNG, "skills", skills, "experienceYears", experienceYears));
        return new Person(c.phone(), c.workerId(), c.token());
    }

    void signIn(Person p) {
        Http.Reply reply = journeys.passwordSignIn(p.phone, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        p.token = reply.json().path("accessToken").asString();
    }

    static OffsetDateTime tomorrowAt(Instant now, int hour) {
        return LocalDate.ofInstant(now, SHANGHAI).plusDays(1).atTime(hour, 0).atZone(SHANGHAI).toOffsetDateTime();
    }

    private Map<String, Object> basket(String district, OffsetDateTime start) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", district);
        body.put("latitude", LAT);
        body.put("longitude", LNG);
        body.put("start", start.toString());
        return body;
    }

    /** The customer's app prices the basket first. */
    void quote(Person customer, String district, OffsetDateTime start) {
        Http.Reply quoted = http.post("/api/v1/customer/quotes", Http.json(basket(district, start))).bearer(customer.token).send();
        assertThat(quoted.status()).as(quoted.body()).isEqualTo(200);
    }

    /** Quote, submit a two-hour daily cleaning for the worker, the worker accepts. */
    UUID accepted(Person customer, Person worker, String district, OffsetDateTime start) {
        quote(customer, district, start);
        Map<String, Object> body = basket(district, start);
        body.put("addressDetail", "7栋1201室");
        body.put("contactName", "林女士");
        body.put("preferredWorkerId", worker.id.toString());
        Http.Reply submitted = http.post("/api/v1/customer/orders", Http.json(body)).bearer(customer.token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        UUID orderId = UUID.fromString(submitted.json().path("id").asString());
        String offer = Await.value(() -> offerFor(worker.token, orderId), "an offer of " + orderId);
        Http.Reply accepted = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(worker.token).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return orderId;
    }

    /** Pays through the sandbox; answers what the customer paid. */
    long pay(Person customer, UUID orderId) {
        Map<String, Object> body = Map.of("channel", "ALIPAY");
        Http.Reply opened = http.post("/api/v1/customer/orders/" + orderId + "/payments", Http.json(body)).bearer(customer.token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Http.Reply done = http.post("/api/v1/dev/payments/" + opened.json().path("paymentId").asString() + "/complete", "").send();
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonNode order = order(customer, orderId);
        assertThat(order.path("status").asString()).isEqualTo("PAID");
        return order.path("paidFen").asLong();
    }

    /** The worker arrives {@code minutesLate} after the start (negative: early), checks in and checks out. */
    void visit(MutableClock clock, Person customer, Person worker, UUID orderId, OffsetDateTime start, int minutesLate) {
        String code = order(customer, orderId).path("serviceCode").asString();
        clock.advance(Duration.between(clock.instant(), start.toInstant().plus(Duration.ofMinutes(minutesLate))));
        signIn(worker);
        signIn(customer);
        Http.Reply in = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", code, "latitude", LAT,
                "longitude", LNG))).bearer(worker.token).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        clock.advance(Duration.ofHours(2));
        signIn(worker);
        signIn(customer);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(worker.token).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
    }

    void review(Person customer, UUID orderId, int stars, String text) {
        Map<String, Object> body = Map.of("attitude", stars, "skill", stars, "efficiency", stars, "punctuality", stars, "overall", stars,
                "text", text);
        Http.Reply reviewed = http.post("/api/v1/customer/orders/" + orderId + "/review", Http.json(body)).bearer(customer.token).send();
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    }

    void cancel(Person customer, UUID orderId, String reason) {
        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + orderId + "/cancel", Http.json(Map.of("reason", reason)))
                .bearer(customer.token).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    }

    JsonNode order(Person customer, UUID orderId) {
        Http.Reply reply = http.get("/api/v1/customer/orders/" + orderId).bearer(customer.token).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String itemId(String code) {
        for (JsonNode category : http.get("/api/v1/public/catalogue").send().json().path("categories")) {
            for (JsonNode item : category.path("items")) {
                if (code.equals(item.path("code").asString())) {
                    return item.path("id").asString();
                }
            }
        }
        throw new AssertionError("no active item " + code);
    }

    private String offerFor(String workerToken, UUID orderId) {
        for (JsonNode offer : http.get("/api/v1/worker/offers?open=true&size=100").bearer(workerToken).send().json().path("items")) {
            if (orderId.toString().equals(offer.path("orderId").asString())) {
                return offer.path("offerId").asString();
            }
        }
        return null;
    }
}
