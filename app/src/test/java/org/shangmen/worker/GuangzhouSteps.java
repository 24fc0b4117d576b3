package org.shangmen.worker;

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
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import tools.jackson.databind.JsonNode;

/**
 * Steps of the worker journeys that need orders, in a Guangzhou district of their own (no demo worker and
 * no other journey works there): certified workers, a customer's two-hour daily cleaning, the offer, the
 * sandbox payment and the visit.
 */
final class GuangzhouSteps {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    final String district;
    final double lat;
    final double lng;
    private final Http http;
    private final Journeys journeys;
    private final WorkerJourneys workers;
    private final OperatorAdministration operators;

    /** Opens Guangzhou and the district (idempotent) for the journey. */
    GuangzhouSteps(Http http, OperatorAdministration operators, DefineServiceAreas areas, String district, String name,
                   double lat, double lng) {
        this.http = http;
        this.journeys = new Journeys(http);
        this.workers = new WorkerJourneys(http);
        this.operators = operators;
        this.district = district;
        this.lat = lat;
        this.lng = lng;
        areas.defineRegion(new DefineServiceAreas.DefineRegion(RegionCode.of("440100"), "广州市", true));
        areas.defineRegion(new DefineServiceAreas.DefineRegion(RegionCode.of(district), name, true));
    }

    Certified worker(String name) {
        return worker(name, lat, lng);
    }

    /** A certified daily-cleaning worker of the district who lives at the point. */
    Certified worker(String name, double homeLatitude, double homeLongitude) {
        return workers.certifiedWorker(name, journeys.operatorToken(operators, "ops"), Map.of("districts", List.of(district),
                "homeLatitude", homeLatitude, "homeLongitude", homeLongitude, "skills", List.of("DAILY_CLEANING")));
    }

    String customer() {
        return journeys.register(Journeys.newPhone(), "CUSTOMER", false).path("accessToken").asString();
    }

    static LocalDate tomorrow(Instant now) {
        return LocalDate.ofInstant(now, CITY_ZONE).plusDays(1);
    }

    static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(CITY_ZONE).toOffsetDateTime();
    }

    String itemId() {
        for (JsonNode category : http.get("/api/v1/public/catalogue").send().json().path("categories")) {
            for (JsonNode item : category.path("items")) {
                if ("daily-cleaning".equals(item.path("code").asString())) {
                    return item.path("id").asString();
                }
            }
        }
        throw new AssertionError("no daily cleaning in the catalogue");
    }

    JsonNode slots(LocalDate day) {
        Http.Reply reply = http.get("/api/v1/public/slots?items=" + itemId() + "&district=" + district + "&from=" + day + "&days=1")
                .send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("slots");
    }

    /** A two-hour daily cleaning at the start, for the preferred worker when one is given. */
    UUID submit(String customer, OffsetDateTime start, Certified preferred) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId(), "options", Map.of("hours", 2))));
        body.put("district", district);
        body.put("latitude", lat);
        body.put("longitude", lng);
        body.put("addressDetail", "5栋801室");
        body.put("contactName", "梁先生");
        body.put("start", start.toString());
        if (preferred != null) {
            body.put("preferredWorkerId", preferred.workerId().toString());
        }
        Http.Reply reply = http.post("/api/v1/customer/orders", Http.json(body)).bearer(customer)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    /** The worker's open offer of the order, or null. */
    String offerFor(Certified worker, UUID orderId) {
        Http.Reply reply = http.get("/api/v1/worker/offers?open=true&size=100").bearer(worker.token()).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode offer : reply.json().path("items")) {
            if (orderId.toString().equals(offer.path("orderId").asString())) {
                return offer.path("offerId").asString();
            }
        }
        return null;
    }

    Http.Reply accept(Certified worker, String offerId) {
        return http.post("/api/v1/worker/offers/" + offerId + "/accept", "").bearer(worker.token()).send();
    }

    /** The worker's state: WORKING, RESTING or BUSY. */
    void workState(Certified worker, String state) {
        Http.Reply reply = http.put("/api/v1/worker/work-state", Http.json(Map.of("state", state))).bearer(worker.token()).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("workState").asString()).isEqualTo(state);
    }

    /** The customer books the worker, the worker accepts, the customer pays in the sandbox; then the visit, checked out. */
    UUID completedOrder(String customer, Certified worker, OffsetDateTime start, MutableClock clock) {
        UUID orderId = submit(customer, start, worker);
        String offer = Await.value(() -> offerFor(worker, orderId), "an offer of " + orderId);
        Http.Reply accepted = accept(worker, offer);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        Http.Reply opened = http.post("/api/v1/customer/orders/" + orderId + "/payments", Http.json(Map.of("channel", "ALIPAY")))
                .bearer(customer).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Http.Reply paid = http.post("/api/v1/dev/payments/" + opened.json().path("paymentId").asString() + "/complete", "").send();
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        String code = Await.value(() -> {
            JsonNode order = http.get("/api/v1/customer/orders/" + orderId).bearer(customer).send().json();
            return "PAID".equals(order.path("status").asString()) ? order.path("serviceCode").asString() : null;
        }, "order " + orderId + " paid");
        clock.advance(Duration.between(clock.instant(), start.toInstant().minus(Duration.ofMinutes(20))));
        String workerToken = signIn(worker.phone());
        Http.Reply in = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", code,
                "latitude", lat, "longitude", lng))).bearer(workerToken).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        return orderId;
    }

    String signIn(String phone) {
        Http.Reply reply = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("accessToken").asString();
    }
}
