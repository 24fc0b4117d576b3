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
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.billing.api.FinanceReports;
import org.shangmen.booking.application.port.in.placement.SettlePlacements;
import org.shangmen.kernel.Money;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** C2.4, C4.2, W2.3 long placements over real HTTP: whole-span search, interviews, contract, instalments, extension, early end. */
@PlatformTest
class PlacementJourneyTest {

    static final long DAILY = 52_000;

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    MutableClock clock;
    @Autowired
    BillingAdministration billing;
    @Autowired
    FinanceReports reports;
    @Autowired
    SettlePlacements settlements;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlacementSteps.SHANGHAI);
    }

    private String customer(String phone) {
        return journeys.register(phone, "CUSTOMER", false).path("accessToken").asString();
    }

    private String signIn(String phone) {
        Http.Reply reply = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("accessToken").asString();
    }

    @Test
    @DisplayName("C2.4 C4.2 a 26-day 月嫂 placement: whole-span search without the worker on leave, interviews, a contract, deposit and "
            + "package paid, a substitute for a leave day, an extension, an early end with a pro-rata refund less the contract's fee, "
            + "the served days earned (the substitute's by her), daily records with care observations, the review at the end counted in her public rating, ledger balanced")
    void maternityNursePlacement() {
        String ops = journeys.operatorToken("ops");
        PlacementSteps steps = new PlacementSteps(http);
        Certified chen = steps.maternityNurse("陈月华", ops);
        Certified lin = steps.maternityNurse("林秀英", ops);
        Certified away = steps.maternityNurse("黄丽娟", ops);
        String customerPhone = Journeys.newPhone();
        String customer = customer(customerPhone);
        LocalDate start = today().plusDays(3);

        Http.Reply leave = http.post("/api/v1/worker/schedule/exceptions", Http.json(Map.of("date", start.plusDays(20).toString(),
                "kind", "LEAVE", "window", Map.of("start", "09:00", "end", "12:00"), "note", "家中有事"))).bearer(away.token()).send();
        assertThat(leave.status()).as(leave.body()).isEqualTo(200);
        List<String> free = steps.freeWorkers(customer, start, 26);
        assertThat(free).as("free every day of the 26").contains(chen.workerId().toString(), lin.workerId().toString())
                .doesNotContain(away.workerId().toString());
        Http.Reply busy = steps.request(customer, start, 26, away.workerId());
        assertThat(busy.status()).as(busy.body()).isEqualTo(409);
        assertThat(busy.json().path("code").asString()).isEqualTo("booking.placement-worker-busy");

        Http.Reply requested = steps.request(customer, start, 26, chen.workerId(), lin.workerId());
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().path("id").asString();
        assertThat(requested.json().path("status").asString()).isEqualTo("INTERVIEWING");
        assertThat(requested.json().path("statusLabel").asString()).isEqualTo("面试中");
        assertThat(requested.json().path("candidates")).hasSize(2);

        assertThat(steps.answer(chen.token(), id, true).status()).isEqualTo(200);
        Http.Reply declined = steps.answer(lin.token(), id, false);
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().path("candidates")).as("a worker sees their own invitation only").hasSize(1);
        assertThat(declined.json().path("contract").isNull()).isTrue();
        assertThat(steps.answer(away.token(), id, true).status()).as("not invited").isEqualTo(404);
        Http.Reply notAccepted = steps.choose(customer, id, lin.workerId(), "UPFRONT");
        assertThat(notAccepted.status()).isEqualTo(409);
        assertThat(notAccepted.json().path("code").asString()).isEqualTo("booking.placement-interview-not-accepted");

        Http.Reply chosen = steps.choose(customer, id, chen.workerId(), "UPFRONT");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        JsonNode contract = chosen.json().path("contract");
        assertThat(contract.path("dailyPriceFen").asLong()).isEqualTo(DAILY);
        assertThat(contract.path("totalFen").asLong()).isEqualTo(26 * DAILY);
        assertThat(contract.path("depositFen").asLong()).isEqualTo(3 * DAILY);
        assertThat(contract.path("restDaysPerMonth").asInt()).isEqualTo(2);
        assertThat(contract.path("planLabel").asString()).isEqualTo("一次付清");
        assertThat(chosen.json().path("status").asString()).isEqualTo("CONTRACTED");
        assertThat(chosen.json().path("instalments")).hasSize(2);
        assertThat(chosen.json().path("amountDueFen").asLong()).isEqualTo(3 * DAILY);
        JsonNode workerSees = http.get("/api/v1/worker/placements/" + id).bearer(chen.token()).send().json();
        assertThat(workerSees.path("contract").path("dailyPriceFen").asLong()).as("the contract is shown to both sides").isEqualTo(DAILY);
        assertThat(steps.freeWorkers(customer, start.plusDays(25), 3)).as("the whole span is reserved")
                .doesNotContain(chen.workerId().toString());
        assertThat(steps.freeWorkers(customer, start.plusDays(26), 3)).contains(chen.workerId().toString());

        assertThat(steps.payNext(customer, id)).isEqualTo(3 * DAILY);
        assertThat(steps.payNext(customer, id)).isEqualTo(26 * DAILY);
        assertThat(steps.placement(customer, id).path("status").asString()).isEqualTo("ACTIVE");

        // A leave day of hers: a substitute free that day serves it, the substitute's calendar holds it, and nobody can take it twice.
        LocalDate leaveDay = start.plusDays(5);
        Http.Reply onLeave = http.post("/api/v1/worker/placements/" + id + "/leave", Http.json(Map.of("firstDay", leaveDay.toString(),
                "days", 1, "substituteId", lin.workerId().toString(), "reason", "家中有事"))).bearer(chen.token()).send();
        assertThat(onLeave.status()).as(onLeave.body()).isEqualTo(201);
        assertThat(onLeave.json().path("substituteId").asString()).isEqualTo(lin.workerId().toString());
        assertThat(onLeave.json().path("substituteName").asString()).isEqualTo("林秀英");
        assertThat(onLeave.json().path("status").asString()).isEqualTo("FILLED");
        assertThat(onLeave.json().path("statusLabel").asString()).isEqualTo("已安排替班");
        assertThat(onLeave.json().path("lastDay").asString()).isEqualTo(leaveDay.toString());
        assertThat(steps.freeWorkers(customer, leaveDay, 1)).as("the substitute's day is reserved").doesNotContain(lin.workerId().toString());
        Http.Reply twice = http.post("/api/v1/worker/placements/" + id + "/leave", Http.json(Map.of("firstDay", leaveDay.toString(),
                "days", 1))).bearer(chen.token()).send();
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("code").asString()).isEqualTo("booking.placement-leave-overlaps");
        Http.Reply outsideSpan = http.post("/api/v1/worker/placements/" + id + "/leave", Http.json(Map.of("firstDay",
                start.plusDays(60).toString(), "days", 1))).bearer(chen.token()).send();
        assertThat(outsideSpan.status()).isEqualTo(400);
        assertThat(outsideSpan.json().path("code").asString()).isEqualTo("booking.placement-leave-invalid");
        assertThat(http.get("/api/v1/customer/placements/" + id + "/substitutes").bearer(customer).send().json()
                .path("items").valueStream().map(v -> v.path("substituteId").asString()).toList()).containsExactly(lin.workerId().toString());
        assertThat(http.get("/api/v1/worker/placements/" + id + "/substitutes").bearer(away.token()).send().status())
                .as("a worker with no part in the placement does not see its substitutes").isEqualTo(404);
        assertThat(http.get("/api/v1/customer/placements/" + id + "/substitutes").bearer(customer(Journeys.newPhone())).send().status())
                .as("nor does another customer").isEqualTo(404);
        assertThat(http.get("/api/v1/worker/placements/" + id + "/substitutes").bearer(lin.token()).send().json().path("total").asLong())
                .as("the substitute sees her own").isEqualTo(1);
        assertThat(http.post("/api/v1/worker/placements/" + id + "/leave", Http.json(Map.of("firstDay", leaveDay.plusDays(1).toString(),
                "days", 1))).bearer(lin.token()).send().status()).as("only the placement's worker asks for leave").isEqualTo(404);

        Http.Reply extended = http.post("/api/v1/customer/placements/" + id + "/extension", Http.json(Map.of("days", 4)))
                .bearer(customer).send();
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().path("endDate").asString()).isEqualTo(start.plusDays(30).toString());
        assertThat(extended.json().path("amountDueFen").asLong()).isEqualTo(4 * DAILY);
        assertThat(steps.freeWorkers(customer, start.plusDays(28), 2)).doesNotContain(chen.workerId().toString());
        assertThat(steps.payNext(customer, id)).isEqualTo(4 * DAILY);

        Http.Reply outside = http.post("/api/v1/customer/placements/" + id + "/early-end", Http.json(Map.of("endDate",
                start.plusDays(40).toString(), "reason", "回老家坐月子"))).bearer(customer).send();
        assertThat(outside.status()).as("an end outside the span").isEqualTo(400);
        assertThat(outside.json().path("code").asString()).isEqualTo("booking.placement-end-date-invalid");

        LocalDate until = start.plusDays(10);
        Http.Reply ended = http.post("/api/v1/customer/placements/" + id + "/early-end", Http.json(Map.of("endDate", until.toString(),
                "reason", "回老家坐月子"))).bearer(customer).send();
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        long paid = 3 * DAILY + 26 * DAILY + 4 * DAILY;
        long served = 10 * DAILY;
        long fee = DAILY;
        assertThat(ended.json().path("feeFen").asLong()).isEqualTo(fee);
        assertThat(ended.json().path("refundFen").asLong()).isEqualTo(paid - served - fee);
        assertThat(ended.json().path("placement").path("endDate").asString()).isEqualTo(until.toString());
        assertThat(steps.freeWorkers(customer, until, 5)).as("the days after the end are free again").contains(chen.workerId().toString());

        UUID placementId = UUID.fromString(id);
        Await.condition(() -> billing.orderPayments(placementId).stream().mapToLong(BillingAdministration.PaymentLine::refundedFen).sum()
                == paid - served - fee, "the pro-rata refund");

        clock.advance(Duration.ofDays(14));
        assertThat(settlements.settleDue()).isGreaterThanOrEqualTo(1);
        String customerLater = signIn(customerPhone);
        assertThat(steps.placement(customerLater, id).path("status").asString()).isEqualTo("ENDED");
        String chenLater = signIn(chen.phone());
        Await.condition(() -> http.get("/api/v1/worker/earnings").bearer(chenLater).send().json().path("items").valueStream()
                .anyMatch(e -> e.path("totalFen").asLong() == served - DAILY), "the served days' earning, less the substitute's day");
        String linLater = signIn(lin.phone());
        Await.condition(() -> http.get("/api/v1/worker/earnings").bearer(linLater).send().json().path("items").valueStream()
                .anyMatch(e -> e.path("totalFen").asLong() == DAILY), "the substitute earns her day");
        assertThat(settlements.settleDue()).as("nothing settles twice").isZero();

        // The days served are recorded by whoever served them, with care observations; the customer reads them and reviews at the end.
        Http.Reply chenDay = http.post("/api/v1/worker/placements/" + id + "/days", Http.json(Map.of("day", start.plusDays(2).toString(),
                "text", "宝宝洗澡、抚触,产妇月子餐三顿", "observations", Map.of("宝宝体温", "36.7", "喂奶", "8 次")))).bearer(chenLater).send();
        assertThat(chenDay.status()).as(chenDay.body()).isEqualTo(201);
        assertThat(chenDay.json().path("observations").path("喂奶").asString()).isEqualTo("8 次");
        Http.Reply notHerDay = http.post("/api/v1/worker/placements/" + id + "/days", Http.json(Map.of("day", leaveDay.toString(),
                "text", "休假"))).bearer(chenLater).send();
        assertThat(notHerDay.status()).as("the substitute's day").isEqualTo(400);
        assertThat(notHerDay.json().path("code").asString()).isEqualTo("booking.placement-day-invalid");
        assertThat(http.post("/api/v1/worker/placements/" + id + "/days", Http.json(Map.of("day", leaveDay.toString(),
                "observations", Map.of("宝宝体温", "36.8")))).bearer(linLater).send().status()).isEqualTo(201);
        Http.Reply again = http.post("/api/v1/worker/placements/" + id + "/days", Http.json(Map.of("day", start.plusDays(2).toString(),
                "text", "再记一次"))).bearer(chenLater).send();
        assertThat(again.json().path("code").asString()).isEqualTo("booking.placement-day-recorded");
        JsonNode days = http.get("/api/v1/customer/placements/" + id + "/days").bearer(customerLater).send().json();
        assertThat(days.path("total").asLong()).isEqualTo(2);
        assertThat(days.path("items").get(0).path("day").asString()).as("latest day first").isEqualTo(leaveDay.toString());
        JsonNode pageBefore = http.get("/api/v1/public/workers/" + chen.workerId()).send().json();
        assertThat(pageBefore.path("ratingCount").asInt()).as("no review yet").isZero();
        Http.Reply reviewed = http.post("/api/v1/customer/placements/" + id + "/reviews", Http.json(Map.of("rating", 5,
                "comment", "专业细心"))).bearer(customerLater).send();
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
        // C4.4 the final placement review counts in her public rating like an order's review: 4.5 stars a priori, one 5-star review.
        JsonNode pageAfter = http.get("/api/v1/public/workers/" + chen.workerId()).send().json();
        assertThat(pageAfter.path("ratingCount").asInt()).as("the review counted once").isEqualTo(1);
        assertThat(pageAfter.path("ratingTenths").asInt()).as("five stars move the rating up").isGreaterThan(pageBefore.path("ratingTenths").asInt());
        assertThat(reviewed.json().path("atEnd").asBoolean()).isTrue();
        assertThat(reviewed.json().path("workerId").asString()).isEqualTo(chen.workerId().toString());
        assertThat(http.post("/api/v1/customer/placements/" + id + "/reviews", Http.json(Map.of("rating", 4))).bearer(customerLater).send()
                .json().path("code").asString()).isEqualTo("booking.placement-reviewed");
        assertThat(http.get("/api/v1/worker/placements/" + id + "/reviews").bearer(chenLater).send().json().path("items")).hasSize(1);
        assertThat(http.get("/api/v1/public/workers/" + chen.workerId()).send().json().path("ratingCount").asInt())
                .as("a refused second review counts nothing").isEqualTo(1);
        FinanceReports.LedgerCheck check = reports.ledgerCheck();
        assertThat(check.grandTotalFen()).as("sum of every posting").isZero();
        assertThat(check.unbalancedEntries()).as("entries that do not balance").isZero();

        // Both sides are told: the worker of the contract, both of the extension, the early end and the end with its refund.
        Await.condition(() -> templates(linLater).contains("PLACEMENT_SUBSTITUTE"), "the substitute told of her day");
        Await.condition(() -> templates(customerLater).containsAll(List.of("PLACEMENT_SUBSTITUTE", "PLACEMENT_EXTENDED", "PLACEMENT_ENDING_EARLY", "PLACEMENT_ENDED")),
                "the customer's notices of the placement");
        Await.condition(() -> templates(chenLater).containsAll(List.of("PLACEMENT_CONTRACTED", "PLACEMENT_SUBSTITUTE", "PLACEMENT_EXTENDED",
                "PLACEMENT_ENDING_EARLY", "PLACEMENT_ENDED")), "the worker's notices of the placement");
        JsonNode endNotice = http.get("/api/v1/me/notices?unreadFirst=false&size=50").bearer(customerLater).send().json().path("items")
                .valueStream().filter(n -> n.path("template").asString().equals("PLACEMENT_ENDED")).findFirst().orElseThrow();
        assertThat(endNotice.path("body").asString()).contains(Money.ofFen(paid - served - fee).toString());
    }

    private List<String> templates(String token) {
        return http.get("/api/v1/me/notices?unreadFirst=false&size=50").bearer(token).send().json().path("items").valueStream()
                .map(n -> n.path("template").asString()).toList();
    }

    @Test
    @DisplayName("C2.4 W2.3 two customers choosing one worker for overlapping spans at the same moment: exactly one placement reserves her")
    void overlappingPlacementsRace() throws Exception {
        String ops = journeys.operatorToken("ops");
        PlacementSteps steps = new PlacementSteps(http);
        Certified wang = steps.maternityNurse("王春梅", ops);
        LocalDate start = today().plusDays(40);
        List<String[]> parties = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String customer = journeys.customerToken();
            Http.Reply requested = steps.request(customer, start.plusDays(i * 10L), 26, wang.workerId());
            assertThat(requested.status()).as(requested.body()).isEqualTo(201);
            String id = requested.json().path("id").asString();
            assertThat(steps.answer(wang.token(), id, true).status()).isEqualTo(200);
            parties.add(new String[] {customer, id});
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (String[] party : parties) {
            replies.add(pool.submit(() -> {
                go.await();
                return steps.choose(party[0], party[1], wang.workerId(), "MONTHLY");
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Http.Reply> reply : replies) {
            Http.Reply r = reply.get();
            statuses.add(r.status());
            if (r.status() == 409) {
                assertThat(r.json().path("code").asString()).isIn("booking.placement-worker-busy", "worker.time-taken");
            }
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        long contracted = parties.stream().filter(p -> "CONTRACTED".equals(steps.placement(p[0], p[1]).path("status").asString())).count();
        assertThat(contracted).isEqualTo(1);
    }
}
