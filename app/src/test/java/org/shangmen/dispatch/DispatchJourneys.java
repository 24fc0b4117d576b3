package org.shangmen.dispatch;

import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.WorkerJourneys.Certified;
import tools.jackson.databind.JsonNode;

/** Steps shared by the order and dispatch journeys: certified workers in a district, a customer's request, waiting for offers. */
public final class DispatchJourneys {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Http http;
    private final Journeys journeys;
    private final WorkerJourneys workers;

    public DispatchJourneys(Http http) {
        this.http = http;
        this.journeys = new Journeys(http);
        this.workers = new WorkerJourneys(http);
    }

    /** A certified daily-cleaning worker serving one district, living at the point, free every day 06:00–22:00. */
    Certified worker(String name, String opsToken, String district, double lat, double lng) {
        return workers.certifiedWorker(name, opsToken, Map.of("districts", List.of(district), "homeLatitude", lat,
                "homeLongitude", lng, "skills", List.of("DAILY_CLEANING", "ELDERLY_CARE")));
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

    /** Tomorrow (in the clock's time) at the hour, Shanghai time. */
    static OffsetDateTime tomorrowAt(Instant now, int hour) {
        LocalDate day = LocalDate.ofInstant(now, SHANGHAI).plusDays(1);
        return day.atTime(hour, 0).atZone(SHANGHAI).toOffsetDateTime();
    }

    /** A two-hour daily cleaning at a point in the district. */
    Map<String, Object> request(String district, double lat, double lng, OffsetDateTime start) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", district);
        body.put("latitude", lat);
        body.put("longitude", lng);
        body.put("addressDetail", "3栋1502室");
        body.put("contactName", "周女士");
        body.put("start", start.toString());
        body.put("requirements", "家里有猫,请勿开窗");
        return body;
    }

    Http.Reply submit(String customerToken, Map<String, Object> body, String idempotencyKey) {
        Http.Request request = http.post("/api/v1/customer/orders", Http.json(body)).bearer(customerToken);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.send();
    }

    UUID submitted(String customerToken, Map<String, Object> body) {
        Http.Reply reply = submit(customerToken, body, UUID.randomUUID().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    /** The worker's open offer for the order, waiting up to five seconds for dispatch to send it. */
    String offerFor(String workerToken, UUID orderId) {
        return Await.value(() -> openOfferFor(workerToken, orderId), "an offer of " + orderId);
    }

    String openOfferFor(String workerToken, UUID orderId) {
        Http.Reply reply = http.get("/api/v1/worker/offers?open=true&size=100").bearer(workerToken).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode offer : reply.json().path("items")) {
            if (orderId.toString().equals(offer.path("orderId").asString())) {
                return offer.path("offerId").asString();
            }
        }
        return null;
    }

    List<String> offerStatuses(String workerToken, UUID orderId) {
        List<String> statuses = new ArrayList<>();
        for (JsonNode offer : http.get("/api/v1/worker/offers?open=false&size=100").bearer(workerToken).send().json().path("items")) {
            if (orderId.toString().equals(offer.path("orderId").asString())) {
                statuses.add(offer.path("status").asString());
            }
        }
        return statuses;
    }

    JsonNode order(String customerToken, UUID orderId) {
        Http.Reply reply = http.get("/api/v1/customer/orders/" + orderId).bearer(customerToken).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** A fresh access token for an account (after the clock moved past the old one's lifetime). */
    String signIn(String phone) {
        Http.Reply reply = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("accessToken").asString();
    }

    /** A new operator with the "ops" permission, signed in now. */
    String signInOperator(org.shangmen.identity.api.OperatorAdministration operators) {
        return journeys.operatorToken(operators, "ops");
    }

}
