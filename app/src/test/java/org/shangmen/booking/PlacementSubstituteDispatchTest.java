package org.shangmen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * C2.4 a placement worker's leave days are offered through dispatch's ladder like an order: eligible free
 * workers grab the offer with the ordinary offer endpoints, the winner's calendar holds the days; nobody
 * taking it leaves a gap in care the customer hears of, and may then fill by naming a substitute.
 */
@PlatformTest
class PlacementSubstituteDispatchTest {

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    MutableClock clock;
    @Autowired
    AdvanceDispatch ladder;

    /** A running (contracted and paid) 26-day placement of {@code main} from three days on. */
    private record Running(String customerPhone, String placementId, LocalDate start) {
    }

    private Running running(PlacementSteps steps, Certified main) {
        String customerPhone = Journeys.newPhone();
        String customer = journeys.register(customerPhone, "CUSTOMER", false).path("accessToken").asString();
        LocalDate start = LocalDate.ofInstant(clock.instant(), PlacementSteps.SHANGHAI).plusDays(3);
        Http.Reply requested = steps.request(customer, start, 26, main.workerId());
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().path("id").asString();
        assertThat(steps.answer(main.token(), id, true).status()).isEqualTo(200);
        assertThat(steps.choose(customer, id, main.workerId(), "UPFRONT").status()).isEqualTo(200);
        steps.payNext(customer, id);
        steps.payNext(customer, id);
        assertThat(steps.placement(customer, id).path("status").asString()).isEqualTo("ACTIVE");
        return new Running(customerPhone, id, start);
    }

    private String signIn(String phone) {
        Http.Reply reply = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("accessToken").asString();
    }

    private String openOffer(String workerToken, UUID requestId) {
        Http.Reply reply = http.get("/api/v1/worker/offers?open=true&size=100").bearer(workerToken).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("items").valueStream().filter(o -> requestId.toString().equals(o.path("orderId").asString()))
                .map(o -> o.path("offerId").asString()).findFirst().orElse(null);
    }

    /**
     * Climbs the ladder (its rungs wait 10 to 30 minutes) until every one of the workers has an open offer of
     * the request; answers their offer ids. Tokens outlive no climb: each look signs in again.
     */
    private List<String> offersReaching(UUID requestId, Certified... workers) {
        for (int round = 0; round < 6; round++) {
            List<String> offers = new ArrayList<>();
            for (Certified w : workers) {
                String token = signIn(w.phone());
                String offer = round == 0 ? Await.value(() -> openOffer(token, requestId), "the first rung's offers") : openOffer(token, requestId);
                if (offer != null) {
                    offers.add(offer);
                }
            }
            if (offers.size() == workers.length) {
                return offers;
            }
            clock.advance(Duration.ofMinutes(11));
            ladder.advanceDue();
        }
        throw new AssertionError("the ladder never offered the request to all of " + List.of(workers));
    }

    private JsonNode request(String customer, String placementId) {
        Http.Reply reply = http.get("/api/v1/customer/placements/" + placementId + "/substitute-requests").bearer(customer).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("items").get(0);
    }

    private List<String> templates(String token) {
        return http.get("/api/v1/me/notices?unreadFirst=false&size=50").bearer(token).send().json().path("items").valueStream()
                .map(n -> n.path("template").asString()).toList();
    }

    @Test
    @DisplayName("C2.4 W2.1 W2.2 a placement worker's leave days go through dispatch: free eligible workers are offered them, "
            + "the placement's own worker is not, one grabs the offer and her calendar holds the days, everyone is told")
    void substituteThroughDispatch() {
        String ops = journeys.operatorToken("ops");
        PlacementSteps steps = new PlacementSteps(http);
        Certified main = steps.maternityNurse("郑月琴", ops);
        Certified substitute = steps.maternityNurse("何丽萍", ops);
        Running p = running(steps, main);
        LocalDate leaveDay = p.start().plusDays(6);

        Http.Reply leave = http.post("/api/v1/worker/placements/" + p.placementId() + "/leave", Http.json(Map.of("firstDay",
                leaveDay.toString(), "days", 2, "reason", "家中有事"))).bearer(main.token()).send();
        assertThat(leave.status()).as(leave.body()).isEqualTo(201);
        assertThat(leave.json().path("status").asString()).isEqualTo("SEEKING");
        assertThat(leave.json().path("statusLabel").asString()).isEqualTo("寻找替班中");
        assertThat(leave.json().path("lastDay").asString()).isEqualTo(leaveDay.plusDays(1).toString());
        UUID requestId = UUID.fromString(leave.json().path("id").asString());
        Http.Reply again = http.post("/api/v1/worker/placements/" + p.placementId() + "/leave", Http.json(Map.of("firstDay",
                leaveDay.plusDays(1).toString(), "days", 1))).bearer(main.token()).send();
        assertThat(again.json().path("code").asString()).as("days already sought").isEqualTo("booking.placement-leave-overlaps");

        String offer = offersReaching(requestId, substitute).getFirst();
        assertThat(openOffer(signIn(main.phone()), requestId)).as("the placement's own worker is not offered her leave").isNull();
        String substituteToken = signIn(substitute.phone());
        JsonNode detail = http.get("/api/v1/worker/offers/" + offer).bearer(substituteToken).send().json();
        assertThat(detail.toString()).as("the offer shows the item and the days").contains("替班");
        Http.Reply accepted = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(substituteToken).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        String customer = signIn(p.customerPhone());
        JsonNode filled = request(customer, p.placementId());
        assertThat(filled.path("status").asString()).isEqualTo("FILLED");
        assertThat(filled.path("statusLabel").asString()).isEqualTo("已安排替班");
        assertThat(filled.path("substituteId").asString()).isEqualTo(substitute.workerId().toString());
        JsonNode substitutes = http.get("/api/v1/customer/placements/" + p.placementId() + "/substitutes").bearer(customer).send().json();
        assertThat(substitutes.path("total").asLong()).isEqualTo(1);
        assertThat(substitutes.path("items").get(0).path("substituteName").asString()).isEqualTo("何丽萍");
        assertThat(substitutes.path("items").get(0).path("firstDay").asString()).isEqualTo(leaveDay.toString());
        assertThat(steps.freeWorkers(customer, leaveDay, 2)).as("the substitute's days are reserved")
                .doesNotContain(substitute.workerId().toString());
        Await.condition(() -> templates(customer).contains("PLACEMENT_SUBSTITUTE"), "the customer told who serves the days");
        Await.condition(() -> templates(signIn(substitute.phone())).containsAll(List.of("OFFER_RECEIVED", "PLACEMENT_SUBSTITUTE")),
                "the substitute offered the days, then told they are hers");
    }

    @Test
    @DisplayName("C2.4 C5.1 nobody takes a placement's leave days through the ladder: the customer and the worker are told of the gap "
            + "in care (看护空缺), and the customer may still name a free substitute")
    void nobodyTakesTheLeave() {
        String ops = journeys.operatorToken("ops");
        PlacementSteps steps = new PlacementSteps(http);
        Certified main = steps.maternityNurse("冯秋菊", ops);
        Certified later = steps.maternityNurse("蒋玉兰", ops);
        Running p = running(steps, main);
        LocalDate leaveDay = p.start().plusDays(10);
        Http.Reply leave = http.post("/api/v1/customer/placements/" + p.placementId() + "/substitutes", Http.json(Map.of("firstDay",
                leaveDay.toString(), "days", 1))).bearer(signIn(p.customerPhone())).send();
        assertThat(leave.status()).as(leave.body()).isEqualTo(201);
        UUID requestId = UUID.fromString(leave.json().path("id").asString());
        String firstOffer = offersReaching(requestId, later).getFirst();
        Http.Reply declined = http.post("/api/v1/worker/offers/" + firstOffer + "/reject", Http.json(Map.of("reason", "ALREADY_BOOKED")))
                .bearer(signIn(later.phone())).send();
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);

        for (int round = 0; round < 8 && !"UNFILLED".equals(request(signIn(p.customerPhone()), p.placementId()).path("status").asString());
             round++) {
            clock.advance(Duration.ofMinutes(31));
            ladder.advanceDue();
        }
        String customer = signIn(p.customerPhone());
        assertThat(request(customer, p.placementId()).path("status").asString()).isEqualTo("UNFILLED");
        assertThat(openOffer(signIn(later.phone()), requestId)).as("the offers expired").isNull();
        Await.condition(() -> templates(customer).contains("PLACEMENT_SUBSTITUTE_UNFILLED"), "the customer told of the gap in care");
        Await.condition(() -> templates(signIn(main.phone())).contains("PLACEMENT_SUBSTITUTE_UNFILLED"), "the worker on leave told too");
        assertThat(templates(customer)).as("a worker turning down the leave days is no order refusal of the customer's")
                .doesNotContain("OFFER_REJECTED");

        Http.Reply picked = http.post("/api/v1/customer/placements/" + p.placementId() + "/substitutes", Http.json(Map.of("firstDay",
                leaveDay.toString(), "days", 1, "substituteId", later.workerId().toString()))).bearer(customer).send();
        assertThat(picked.status()).as(picked.body()).isEqualTo(201);
        assertThat(picked.json().path("substituteId").asString()).isEqualTo(later.workerId().toString());
    }

    @Test
    @DisplayName("C2.4 W2.2 two workers accept the same substitute offer at the same moment: exactly one wins the days, the other "
            + "is told it is gone, one substitution and one calendar entry")
    void twoWorkersOneSubstituteOffer() throws Exception {
        String ops = journeys.operatorToken("ops");
        PlacementSteps steps = new PlacementSteps(http);
        Certified main = steps.maternityNurse("褚雪梅", ops);
        Certified first = steps.maternityNurse("卫春兰", ops);
        Certified second = steps.maternityNurse("蒋晓燕", ops);
        Running p = running(steps, main);
        LocalDate leaveDay = p.start().plusDays(15);
        Http.Reply leave = http.post("/api/v1/worker/placements/" + p.placementId() + "/leave", Http.json(Map.of("firstDay",
                leaveDay.toString(), "days", 3))).bearer(main.token()).send();
        assertThat(leave.status()).as(leave.body()).isEqualTo(201);
        UUID requestId = UUID.fromString(leave.json().path("id").asString());
        List<String> offers = offersReaching(requestId, first, second);
        List<String> tokens = List.of(signIn(first.phone()), signIn(second.phone()));

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String offer = offers.get(i);
            String token = tokens.get(i);
            replies.add(pool.submit(() -> {
                go.await();
                return http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(token).send();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Http.Reply> reply : replies) {
            Http.Reply r = reply.get();
            statuses.add(r.status());
            if (r.status() == 409) {
                assertThat(r.json().path("code").asString()).as(r.body()).isEqualTo("dispatch.order-gone");
            }
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String customer = signIn(p.customerPhone());
        JsonNode substitutes = http.get("/api/v1/customer/placements/" + p.placementId() + "/substitutes").bearer(customer).send().json();
        assertThat(substitutes.path("total").asLong()).as("one substitution").isEqualTo(1);
        String winner = substitutes.path("items").get(0).path("substituteId").asString();
        assertThat(winner).isIn(first.workerId().toString(), second.workerId().toString());
        List<String> free = steps.freeWorkers(customer, leaveDay, 3);
        assertThat(free).as("the winner's days are held").doesNotContain(winner);
        String loser = winner.equals(first.workerId().toString()) ? second.workerId().toString() : first.workerId().toString();
        assertThat(free).as("the other worker stays free").contains(loser);
    }
}
