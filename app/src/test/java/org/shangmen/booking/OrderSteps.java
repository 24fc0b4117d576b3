package org.shangmen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.WorkerJourneys.Certified;
import tools.jackson.databind.JsonNode;

/**
 * An order's steps over HTTP in a district of its own (440398, defined by the tests so that no other
 * journey's workers or orders meet these): a worker, a customer's request for that worker, acceptance.
 */
final class OrderSteps {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String DISTRICT = "440398";
    static final double LAT = 22.6012;
    static final double LNG = 114.3105;

    private final Http http;
    private final Journeys journeys;
    private final WorkerJourneys workers;

    OrderSteps(Http http) {
        this.http = http;
        this.journeys = new Journeys(http);
        this.workers = new WorkerJourneys(http);
    }

    record Party(String phone, String token) {
    }

    Party customer() {
        String phone = Journeys.newPhone();
        return new Party(phone, journeys.register(phone, "CUSTOMER", false).path("accessToken").asString());
    }

    Certified worker(String name, String opsToken) {
        return workers.certifiedWorker(name, opsToken, Map.of("districts", List.of(DISTRICT), "homeLatitude", LAT + 0.001,
                "homeLongitude", LNG, "skills", List.of("DAILY_CLEANING")));
    }

    static OffsetDateTime tomorrowAt(Instant now, int hour) {
        return LocalDate.ofInstant(now, SHANGHAI).plusDays(1).atTime(hour, 0).atZone(SHANGHAI).toOffsetDateTime();
    }

    /** A two-hour daily cleaning for the worker at the start, accepted by that worker. */
    UUID accepted(Party customer, Certified worker, OffsetDateTime start) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", DISTRICT);
        body.put("latitude", LAT);
        body.put("longitude", LNG);
        body.put("addressDetail", "5栋801室");
        body.put("contactName", "陈先生");
        body.put("start", start.toString());
        body.put("preferredWorkerId", worker.workerId().toString());
        Http.Reply submitted = http.post("/api/v1/customer/orders", Http.json(body)).bearer(customer.token())
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        UUID orderId = UUID.fromString(submitted.json().path("id").asString());
        String offer = Await.value(() -> offerFor(worker.token(), orderId), "an offer of " + orderId);
        Http.Reply accepted = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(worker.token()).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return orderId;
    }

    JsonNode order(String customerToken, UUID orderId) {
        Http.Reply reply = http.get("/api/v1/customer/orders/" + orderId).bearer(customerToken).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    String signIn(String phone) {
        Http.Reply reply = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("accessToken").asString();
    }

    /** The recipient's notices as one text, waiting until one contains the words. */
    String noticesWith(String token, String words) {
        return Await.value(() -> {
            String body = http.get("/api/v1/me/notices?size=100").bearer(token).send().body();
            return body.contains(words) ? body : null;
        }, "a notice with " + words);
    }

    /** A signed link's path and query, fetched without a token (the base URL points at the configured public host). */
    Http.Reply open(String signedUrl) {
        URI uri = URI.create(signedUrl);
        return http.get(uri.getRawPath() + "?" + uri.getRawQuery()).send();
    }

    static Duration until(Instant now, OffsetDateTime at) {
        return Duration.between(now, at.toInstant());
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
