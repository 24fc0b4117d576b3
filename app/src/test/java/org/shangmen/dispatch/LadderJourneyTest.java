package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The escalation ladder driven by the movable clock, and automatic assignment. Pingshan (440310). */
@PlatformTest
class LadderJourneyTest {

    static final String DISTRICT = "440310";
    static final double LAT = 22.6900;
    static final double LNG = 114.3500;

    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    AdvanceDispatch ladder;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;

    @Test
    @DisplayName("C2.4 A3.1 nobody accepts: the offer widens to workers farther away, operators see it flagged, then the customer "
            + "is told no worker was found and offered other times")
    void widensThenGivesUp() {
        String ops = journeys.operatorToken("ops");
        Certified near = dispatch.worker("近处阿姨", ops, DISTRICT, LAT + 0.005, LNG);
        Certified far = dispatch.worker("远处阿姨", ops, DISTRICT, LAT + 0.07, LNG);
        String phone = Journeys.newPhone();
        String customer = journeys.register(phone, "CUSTOMER", false).path("accessToken").asString();
        UUID orderId = dispatch.submitted(customer, dispatch.request(DISTRICT, LAT, LNG, DispatchJourneys.tomorrowAt(clock.instant(), 16)));

        String nearOffer = dispatch.offerFor(near.token(), orderId);
        assertThat(dispatch.offerStatuses(far.token(), orderId)).as("7.8 km away: not on the targeted rung").isEmpty();
        JsonNode offer = http.get("/api/v1/worker/offers/" + nearOffer).bearer(near.token()).send().json();
        assertThat(offer.path("step").asString()).isEqualTo("TARGETED");
        assertThat(offer.path("distanceMetres").asLong()).isBetween(400L, 700L);

        clock.advance(Duration.ofMinutes(9));
        ladder.advanceDue();
        assertThat(dispatch.offerStatuses(far.token(), orderId)).as("the targeted rung lasts 10 minutes").isEmpty();
        clock.advance(Duration.ofMinutes(2));
        ladder.advanceDue();
        assertThat(dispatch.offerStatuses(far.token(), orderId)).containsExactly("OPEN");

        // Open pool adds nobody new; the operators' rung flags it.
        clock.advance(Duration.ofMinutes(11));
        ladder.advanceDue();
        String auditor = journeys.operatorToken("auditor");
        JsonNode cases = http.get("/api/v1/admin/dispatch/cases?size=100").bearer(auditor).send().json();
        JsonNode mine = null;
        for (JsonNode c : cases.path("items")) {
            if (orderId.toString().equals(c.path("orderId").asString())) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("state").asString()).isEqualTo("AWAITING_OPERATOR");
        assertThat(mine.path("openOffers").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/admin/orders/board").bearer(auditor).send().json().path("unacceptedTooLong").asLong()).isPositive();

        // Nobody acts within the operators' half hour: the customer hears it, with other times.
        clock.advance(Duration.ofMinutes(31));
        ladder.advanceDue();
        JsonNode order = dispatch.order(dispatch.signIn(phone), orderId);
        assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(order.path("cancelReason").asString()).isEqualTo("暂无家政人员接单");
        assertThat(order.path("notice").asString()).contains("其他时间");
        assertThat(order.path("alternatives").size()).isPositive();
        JsonNode inEnglish = http.get("/api/v1/customer/orders/" + orderId).bearer(dispatch.signIn(phone))
                .header("Accept-Language", "en").send().json();
        assertThat(inEnglish.path("cancelReason").asString()).isEqualTo("No worker took the order");
        assertThat(inEnglish.path("notice").asString()).contains("other times");
        String nearToken = dispatch.signIn(near.phone());
        Http.Reply late = http.post("/api/v1/worker/offers/" + nearOffer + "/accept", "").bearer(nearToken).send();
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("code").asString()).isEqualTo("dispatch.offer-expired");
    }

    @Test
    @DisplayName("A3.1 automatic assignment: the best-ranked free worker gets the order directly, may decline within the window, "
            + "then the next-best gets it; after the window it stands")
    void automaticAssignment() {
        String ops = journeys.operatorToken("ops");
        Http.Reply set = http.put("/api/v1/admin/dispatch/modes/ITEM/daily-cleaning", Http.json(Map.of("mode", "AUTO"))).bearer(ops).send();
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        try {
            double lat = LAT - 0.03;
            Certified best = dispatch.worker("最近阿姨", ops, DISTRICT, lat + 0.001, LNG);
            Certified next = dispatch.worker("次近阿姨", ops, DISTRICT, lat + 0.02, LNG);
            String phone = Journeys.newPhone();
            String customer = journeys.register(phone, "CUSTOMER", false).path("accessToken").asString();
            UUID orderId = dispatch.submitted(customer, dispatch.request(DISTRICT, lat, LNG, DispatchJourneys.tomorrowAt(clock.instant(), 12)));

            String assigned = dispatch.offerFor(best.token(), orderId);
            JsonNode offer = http.get("/api/v1/worker/offers/" + assigned).bearer(best.token()).send().json();
            assertThat(offer.path("status").asString()).isEqualTo("ASSIGNED");
            assertThat(offer.path("openUntil").isNull()).isFalse();
            assertThat(dispatch.order(customer, orderId).path("worker").path("name").asString()).isEqualTo("最近阿姨");
            assertThat(dispatch.offerStatuses(next.token(), orderId)).isEmpty();

            Http.Reply declined = http.post("/api/v1/worker/offers/" + assigned + "/decline", Http.json(Map.of("note", "临时有事")))
                    .bearer(best.token()).send();
            assertThat(declined.status()).as(declined.body()).isEqualTo(200);
            assertThat(declined.json().path("status").asString()).isEqualTo("DECLINED");
            ladder.advanceDue();
            String second = dispatch.offerFor(next.token(), orderId);
            assertThat(dispatch.order(customer, orderId).path("worker").path("name").asString()).isEqualTo("次近阿姨");

            clock.advance(Duration.ofMinutes(11));
            ladder.advanceDue();
            String nextToken = dispatch.signIn(next.phone());
            Http.Reply tooLate = http.post("/api/v1/worker/offers/" + second + "/decline", "{}").bearer(nextToken).send();
            assertThat(tooLate.status()).isEqualTo(409);
            assertThat(tooLate.json().path("code").asString()).isEqualTo("dispatch.decline-window-over");
            assertThat(dispatch.offerStatuses(nextToken, orderId)).containsExactly("ACCEPTED");
            assertThat(dispatch.order(dispatch.signIn(phone), orderId).path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        } finally {
            assertThat(http.delete("/api/v1/admin/dispatch/modes/ITEM/daily-cleaning").bearer(dispatch.signInOperator(operators))
                    .send().status()).isEqualTo(204);
        }
    }
}
