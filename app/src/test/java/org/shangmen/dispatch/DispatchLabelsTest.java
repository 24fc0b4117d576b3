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

/** W2.1, A3.1 the codes a screen shows carry labels: offer status and step, dispatch states; Chinese by default, English on request. */
@PlatformTest
class DispatchLabelsTest {

    static final String DISTRICT = "440306";
    static final double LAT = 22.5548;
    static final double LNG = 113.8895;

    @LocalServerPort
    int port;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("W2.1 A3.1 offer status and step, a case's state and step and the board's dispatch states come with their labels")
    void labels() {
        Http http = new Http(port);
        Journeys journeys = new Journeys(http);
        DispatchJourneys dispatch = new DispatchJourneys(http);
        String ops = journeys.operatorToken(operators, "ops");
        Certified worker = dispatch.worker("宝安标签阿姨", ops, DISTRICT, LAT, LNG);
        OffsetDateTime start = DispatchJourneys.tomorrowAt(clock.instant(), 15).plusDays(6);
        Map<String, Object> request = dispatch.request(DISTRICT, LAT, LNG, start);
        request.put("preferredWorkerId", worker.workerId().toString());
        UUID orderId = dispatch.submitted(journeys.customerToken(), request);
        String offerId = dispatch.offerFor(worker.token(), orderId);

        JsonNode offer = http.get("/api/v1/worker/offers/" + offerId).bearer(worker.token()).send().json();
        assertThat(offer.path("status").asString()).isEqualTo("OPEN");
        assertThat(offer.path("statusLabel").asString()).isEqualTo("待接单");
        assertThat(offer.path("step").asString()).isEqualTo("PREFERRED");
        assertThat(offer.path("stepLabel").asString()).isEqualTo("指定或熟悉的家政人员优先");
        JsonNode english = http.get("/api/v1/worker/offers?open=true&size=100").bearer(worker.token()).header("Accept-Language", "en")
                .send().json();
        assertThat(english.path("items").get(0).path("statusLabel").asString()).isEqualTo("Open");
        assertThat(english.path("items").get(0).path("stepLabel").asString()).isEqualTo("Preferred worker first");

        JsonNode cases = http.get("/api/v1/admin/dispatch/cases?size=100").bearer(ops).send().json();
        JsonNode line = null;
        for (JsonNode c : cases.path("items")) {
            if (orderId.toString().equals(c.path("orderId").asString())) {
                line = c;
            }
        }
        assertThat(line).as("the order's case on the board").isNotNull();
        assertThat(line.path("stateLabel").asString()).isEqualTo("派单中");
        assertThat(line.path("stepLabel").asString()).isEqualTo("指定或熟悉的家政人员优先");
        JsonNode board = http.get("/api/v1/admin/orders/board").bearer(ops).header("Accept-Language", "en").send().json();
        assertThat(board.path("dispatchStates").findValuesAsString("state")).contains("OFFERING", "AWAITING_OPERATOR", "ASSIGNED");
        assertThat(board.path("dispatchStates").findValuesAsString("label")).contains("Offering", "Awaiting an operator");
    }
}
