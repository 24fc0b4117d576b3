package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** W2.1 an offer carries what a worker decides on: the items with options and quantities, the estimated time, the notes, the distance, the pay. */
@PlatformTest
class OfferFactsTest {

    static final String DISTRICT = "440306";
    static final double LAT = 22.5560;
    static final double LNG = 113.8900;

    @LocalServerPort
    int port;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("W2.1 offer rows and the offer detail show items, chosen options, quantities, estimated minutes, notes, distance and pay")
    void offersCarryTheOrder() {
        Http http = new Http(port);
        Journeys journeys = new Journeys(http);
        DispatchJourneys dispatch = new DispatchJourneys(http);
        Certified worker = dispatch.worker("宝安详情阿姨", journeys.operatorToken(operators, "ops"), DISTRICT, LAT + 0.01, LNG);
        OffsetDateTime start = DispatchJourneys.tomorrowAt(clock.instant(), 10).plusDays(7);
        Map<String, Object> request = dispatch.request(DISTRICT, LAT, LNG, start);
        request.put("preferredWorkerId", worker.workerId().toString());
        UUID orderId = dispatch.submitted(journeys.customerToken(), request);
        String offerId = dispatch.offerFor(worker.token(), orderId);

        JsonNode row = null;
        for (JsonNode o : http.get("/api/v1/worker/offers?open=true&size=100").bearer(worker.token()).send().json().path("items")) {
            if (offerId.equals(o.path("offerId").asString())) {
                row = o;
            }
        }
        JsonNode detail = http.get("/api/v1/worker/offers/" + offerId).bearer(worker.token()).send().json();
        for (JsonNode offer : new JsonNode[] {row, detail}) {
            assertThat(offer).isNotNull();
            assertThat(offer.path("lines")).hasSize(1);
            JsonNode line = offer.path("lines").get(0);
            assertThat(line.path("itemCode").asString()).isEqualTo("daily-cleaning");
            assertThat(line.path("itemName").asString()).isNotBlank();
            assertThat(line.path("quantity").asInt()).isPositive();
            assertThat(line.path("unit").asString()).isNotBlank();
            assertThat(line.path("unitLabel").asString()).isNotBlank();
            assertThat(line.path("options").isArray()).isTrue();
            assertThat(offer.path("estimatedMinutes").asInt()).isEqualTo(line.path("minutes").asInt()).isPositive();
            assertThat(offer.path("requirements").asString()).isEqualTo("家里有猫,请勿开窗");
            assertThat(offer.path("distanceMetres").asLong()).isBetween(1_000L, 1_300L);
            assertThat(offer.path("totalFen").asLong()).isPositive();
            assertThat(offer.path("payFen").asLong()).as("the worker's share by the commission rules").isPositive();
        }
    }
}
