package org.shangmen.dispatch;

import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
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

/**
 * A request from submission to a worker: offers go to eligible workers near the customer, never to
 * ineligible ones; a rejection reaches the customer; the winner's time is booked; a worker who gives
 * the order back sends it down the ladder; operators assign by hand. Longhua district (440309).
 */
@PlatformTest
class OrderDispatchJourneyTest {

    static final String DISTRICT = "440309";
    static final double LAT = 22.6558;
    static final double LNG = 114.0301;

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
    @DisplayName("C2.4 W2.1 W2.2 A3.1 a request reaches only eligible workers nearby; a rejection reaches the customer; one accepts "
            + "and the time is booked; given back, it goes down the ladder to operators, who assign it by hand")
    void requestToWorker() {
        String ops = journeys.operatorToken("ops");
        Certified near = dispatch.worker("黄丽萍", ops, DISTRICT, LAT + 0.002, LNG);
        Certified nearToo = dispatch.worker("何秀珍", ops, DISTRICT, LAT - 0.003, LNG + 0.002);
        Certified suspended = dispatch.worker("罗美玲", ops, DISTRICT, LAT, LNG + 0.001);
        Certified wrongSkill = new org.shangmen.worker.WorkerJourneys(http).certifiedWorker("郑小燕", ops, Map.of("districts",
                List.of(DISTRICT), "homeLatitude", LAT, "homeLongitude", LNG, "skills", List.of("NANNY")));
        Certified elsewhere = dispatch.worker("谢桂芳", ops, "440305", LAT, LNG);
        Certified onLeave = dispatch.worker("韩淑珍", ops, DISTRICT, LAT, LNG - 0.001);
        OffsetDateTime start = DispatchJourneys.tomorrowAt(clock.instant(), 10);
        assertThat(http.post("/api/v1/admin/workers/" + suspended.workerId() + "/penalties", Http.json(Map.of("kind", "SUSPENSION",
                "reason", "多次迟到", "evidence", "投诉记录", "suspendedUntil", start.plusDays(7).toString()))).bearer(ops).send().status())
                .isEqualTo(201);
        assertThat(http.post("/api/v1/worker/schedule/exceptions", Http.json(Map.of("date", start.toLocalDate().toString(),
                "kind", "LEAVE", "window", Map.of("start", "06:00", "end", "22:00"), "note", "家中有事"))).bearer(onLeave.token()).send()
                .status()).isEqualTo(200);

        String customerPhone = Journeys.newPhone();
        String customer = journeys.register(customerPhone, "CUSTOMER", false).path("accessToken").asString();
        Map<String, Object> body = dispatch.request(DISTRICT, LAT, LNG, start);
        Http.Reply submitted = dispatch.submit(customer, body, "order-" + UUID.randomUUID());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode created = submitted.json();
        UUID orderId = UUID.fromString(created.path("id").asString());
        assertThat(created.path("status").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(created.path("statusLabel").asString()).isEqualTo("待接单");
        assertThat(created.path("notice").asString()).contains("等待接单");
        assertThat(created.path("fees").path("totalFen").asLong()).isEqualTo(created.path("items").get(0).path("lineTotalFen").asLong())
                .isPositive();
        assertThat(OffsetDateTime.parse(created.path("start").asString())).isEqualTo(start);

        // W2.1: the two eligible workers nearby are offered the order, with no door number.
        String offer = dispatch.offerFor(near.token(), orderId);
        String otherOffer = dispatch.offerFor(nearToo.token(), orderId);
        JsonNode detail = http.get("/api/v1/worker/offers/" + offer).bearer(near.token()).send().json();
        assertThat(detail.path("items").get(0).asString()).isEqualTo("日常保洁");
        assertThat(detail.path("district").asString()).isEqualTo(DISTRICT);
        assertThat(detail.path("requirements").asString()).isEqualTo("家里有猫,请勿开窗");
        assertThat(detail.toString()).doesNotContain("1502");
        // Suspended, wrong skill, out of the area, on leave: no offer, and no way to take someone else's.
        for (Certified ineligible : List.of(suspended, wrongSkill, elsewhere, onLeave)) {
            assertThat(dispatch.offerStatuses(ineligible.token(), orderId)).isEmpty();
            Http.Reply stolen = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(ineligible.token()).send();
            assertThat(stolen.status()).isEqualTo(404);
            assertThat(stolen.json().path("code").asString()).isEqualTo("dispatch.offer-not-found");
        }

        // W2.2: a rejection with its reason reaches the customer's order.
        Http.Reply rejected = http.post("/api/v1/worker/offers/" + otherOffer + "/reject", Http.json(Map.of("reason", "TOO_FAR")))
                .bearer(nearToo.token()).send();
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        JsonNode afterRejection = dispatch.order(customer, orderId);
        assertThat(afterRejection.path("rejections")).hasSize(1);
        assertThat(afterRejection.path("rejections").get(0).path("label").asString()).isEqualTo("距离太远");

        // The other accepts: the order awaits payment, names the worker, and the worker's calendar holds it.
        Http.Reply accepted = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(near.token()).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode taken = dispatch.order(customer, orderId);
        assertThat(taken.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(taken.path("worker").path("name").asString()).isEqualTo("黄丽萍");
        assertThat(taken.path("history")).hasSize(2);
        assertThat(taken.path("history").get(1).path("actor").asString()).isEqualTo("WORKER");
        JsonNode calendar = http.get("/api/v1/worker/schedule?from=" + start.toLocalDate() + "&to=" + start.toLocalDate())
                .bearer(near.token()).send().json();
        assertThat(calendar.path("bookings").toString()).contains(orderId.toString());
        Http.Reply twice = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(near.token()).send();
        assertThat(twice.status()).isEqualTo(409);

        // The chosen worker is booked now: asking for her at that time is refused.
        Map<String, Object> forHer = new HashMap<>(body);
        forHer.put("preferredWorkerId", near.workerId().toString());
        Http.Reply unavailable = dispatch.submit(customer, forHer, null);
        assertThat(unavailable.status()).as(unavailable.body()).isEqualTo(409);
        assertThat(unavailable.json().path("code").asString()).isEqualTo("booking.worker-unavailable");

        // Given back before payment: back down the ladder; nobody new is free, so operators see it flagged.
        Http.Reply withdrawn = http.post("/api/v1/worker/orders/" + orderId + "/withdraw", Http.json(Map.of("reason", "临时生病")))
                .bearer(near.token()).send();
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(204);
        assertThat(dispatch.order(customer, orderId).path("status").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(http.get("/api/v1/worker/schedule?from=" + start.toLocalDate() + "&to=" + start.toLocalDate())
                .bearer(near.token()).send().json().path("bookings").toString()).doesNotContain(orderId.toString());
        Await.value(() -> {
            ladder.advanceDue();
            JsonNode cases = http.get("/api/v1/admin/dispatch/cases?size=100").bearer(ops).send().json();
            for (JsonNode c : cases.path("items")) {
                if (orderId.toString().equals(c.path("orderId").asString()) && "AWAITING_OPERATOR".equals(c.path("state").asString())) {
                    return c;
                }
            }
            return null;
        }, "the order flagged to operators");

        // A3.1: an auditor may read but not assign; an operator with "ops" assigns by hand with a reason.
        String auditor = journeys.operatorToken("auditor");
        Map<String, Object> assignment = Map.of("workerId", nearToo.workerId().toString(), "reason", "电话沟通后同意接单");
        assertThat(http.post("/api/v1/admin/dispatch/orders/" + orderId + "/assignment", Http.json(assignment)).bearer(auditor).send()
                .status()).isEqualTo(403);
        Http.Reply noReason = http.post("/api/v1/admin/dispatch/orders/" + orderId + "/assignment",
                Http.json(Map.of("workerId", nearToo.workerId().toString()))).bearer(ops).send();
        assertThat(noReason.status()).isEqualTo(400);
        Http.Reply busyWorker = http.post("/api/v1/admin/dispatch/orders/" + orderId + "/assignment",
                Http.json(Map.of("workerId", onLeave.workerId().toString(), "reason", "试试"))).bearer(ops).send();
        assertThat(busyWorker.status()).as(busyWorker.body()).isEqualTo(409);
        Http.Reply assigned = http.post("/api/v1/admin/dispatch/orders/" + orderId + "/assignment", Http.json(assignment))
                .bearer(ops).send();
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);
        JsonNode byHand = dispatch.order(customer, orderId);
        assertThat(byHand.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(byHand.path("worker").path("name").asString()).isEqualTo("何秀珍");
        JsonNode decisions = http.get("/api/v1/admin/dispatch/orders/" + orderId + "/decisions").bearer(auditor).send().json().path("items");
        assertThat(decisions.findValuesAsString("kind")).containsSubsequence("OPENED", "OFFERED", "REJECTED", "ACCEPTED", "WITHDRAWN",
                "FLAGGED", "MANUAL_ASSIGNED");
        JsonNode board = http.get("/api/v1/admin/orders/board").bearer(auditor).send().json();
        assertThat(board.path("stages").findValuesAsString("status")).contains("AWAITING_ACCEPTANCE", "AWAITING_PAYMENT", "PAID",
                "IN_SERVICE", "COMPLETED", "CANCELLED");

        // C5.1: the customer hears of the acceptance in the message centre; W3.2: the two may now talk, contact details masked.
        Await.value(() -> http.get("/api/v1/me/notices?size=50").bearer(customer).send().body().contains("何秀珍 接单")
                ? Boolean.TRUE : null, "the acceptance notice");
        Http.Reply said = http.post("/api/v1/me/orders/" + orderId + "/messages", Http.json(Map.of("text", "到了请打我电话13812345678")))
                .bearer(customer).send();
        assertThat(said.status()).as(said.body()).isBetween(200, 201);
        String thread = http.get("/api/v1/me/orders/" + orderId + "/messages").bearer(nearToo.token()).send().body();
        assertThat(thread).contains("138****5678").doesNotContain("13812345678");
        assertThat(http.get("/api/v1/me/orders/" + orderId + "/messages").bearer(near.token()).send().status()).isIn(403, 404);

        // Nobody else may read the order.
        String stranger = journeys.customerToken();
        Http.Reply foreign = http.get("/api/v1/customer/orders/" + orderId).bearer(stranger).send();
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(http.get("/api/v1/customer/orders?size=5").bearer(customer).send().json().path("items").get(0).path("id").asString())
                .isEqualTo(orderId.toString());
    }

    @Test
    @DisplayName("C2.4 a retried submit with the same Idempotency-Key makes one order; a different request under that key is refused")
    void idempotentSubmit() {
        String ops = journeys.operatorToken("ops");
        dispatch.worker("钟晓红", ops, DISTRICT, LAT, LNG);
        String customer = journeys.customerToken();
        OffsetDateTime start = DispatchJourneys.tomorrowAt(clock.instant(), 15);
        Map<String, Object> body = dispatch.request(DISTRICT, LAT, LNG, start);
        String key = "retry-" + UUID.randomUUID();
        Http.Reply first = dispatch.submit(customer, body, key);
        Http.Reply again = dispatch.submit(customer, body, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        Map<String, Object> other = new HashMap<>(body);
        other.put("addressDetail", "5栋101室");
        Http.Reply reused = dispatch.submit(customer, other, key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().path("code").asString()).isEqualTo("booking.idempotency-key-reused");
        assertThat(http.get("/api/v1/customer/orders?size=100").bearer(customer).send().json().path("total").asLong()).isEqualTo(1);

        // The customer cancels before anyone accepts: the offers expire.
        UUID orderId = UUID.fromString(first.json().path("id").asString());
        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + orderId + "/cancel", Http.json(Map.of("reason", "计划有变")))
                .bearer(customer).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(http.post("/api/v1/customer/orders/" + orderId + "/cancel", "{}").bearer(customer).send().status()).isEqualTo(409);
    }

    @Test
    @DisplayName("C2.4 bad requests are refused with problem details and store nothing")
    void badRequests() {
        String customer = journeys.customerToken();
        OffsetDateTime start = DispatchJourneys.tomorrowAt(clock.instant(), 11);
        Map<String, Object> good = dispatch.request(DISTRICT, LAT, LNG, start);
        List<Map<String, Object>> bad = new java.util.ArrayList<>();
        Map<String, Object> noAddress = new HashMap<>(good);
        noAddress.remove("addressDetail");
        bad.add(noAddress);
        Map<String, Object> both = new HashMap<>(good);
        both.put("asap", true);
        bad.add(both);
        Map<String, Object> nowhere = new HashMap<>(good);
        nowhere.remove("latitude");
        nowhere.remove("longitude");
        bad.add(nowhere);
        Map<String, Object> past = new HashMap<>(good);
        past.put("start", OffsetDateTime.now(clock).minusHours(1).toString());
        bad.add(past);
        Map<String, Object> unknownItem = new HashMap<>(good);
        unknownItem.put("items", List.of(Map.of("itemId", UUID.randomUUID().toString())));
        bad.add(unknownItem);
        Map<String, Object> longNote = new HashMap<>(good);
        longNote.put("requirements", "很".repeat(301));
        bad.add(longNote);
        for (Map<String, Object> body : bad) {
            Http.Reply reply = dispatch.submit(customer, body, null);
            assertThat(reply.status()).as(reply.body()).isBetween(400, 422);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        Http.Reply malformed = http.post("/api/v1/customer/orders", "{\"items\": [").bearer(customer).send();
        assertThat(malformed.status()).isEqualTo(400);
        Http.Reply badKey = dispatch.submit(customer, good, "k".repeat(65));
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(http.get("/api/v1/customer/orders").bearer(customer).send().json().path("total").asLong()).isZero();
        String worker = journeys.workerToken();
        assertThat(http.post("/api/v1/customer/orders", Http.json(good)).bearer(worker).send().status()).isEqualTo(403);
        assertThat(http.post("/api/v1/worker/offers/" + UUID.randomUUID() + "/reject", Http.json(Map.of("reason", "MAYBE")))
                .bearer(worker).send().status()).isEqualTo(400);
    }
}
