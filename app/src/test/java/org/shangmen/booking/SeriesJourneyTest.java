package org.shangmen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.booking.application.port.in.series.GenerateSeriesVisits;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** C2.4 recurring plans over real HTTP: a weekly cleaning series, the same worker first, a decline down the ladder, skip, move, cancel. */
@PlatformTest
class SeriesJourneyTest {

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    MutableClock clock;
    @Autowired
    AdvanceDispatch ladder;
    @Autowired
    GenerateSeriesVisits generation;

    private String itemId(String code) {
        return new PlacementSteps(http).itemId(code);
    }

    /** The open offer of the order among the worker's offers, or null. */
    private Boolean offeredToAnother(String ops, String orderId, Certified declined) {
        JsonNode decisions = http.get("/api/v1/admin/dispatch/orders/" + orderId + "/decisions?size=100").bearer(ops).send().json();
        return decisions.path("items").valueStream().anyMatch(d -> d.path("kind").asString().equals("OFFERED")
                && !d.path("workerId").asString().equals(declined.workerId().toString())) ? Boolean.TRUE : null;
    }

    private String offerOf(String workerToken, String orderId) {
        for (JsonNode o : http.get("/api/v1/worker/offers?open=true&size=100").bearer(workerToken).send().json().path("items")) {
            if (orderId.equals(o.path("orderId").asString())) {
                return o.path("offerId").asString();
            }
        }
        return null;
    }

    private JsonNode order(String customer, String orderId) {
        Http.Reply reply = http.get("/api/v1/customer/orders/" + orderId).bearer(customer).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    @DisplayName("C2.4 a weekly cleaning series of 8 visits: the next four placed as orders for the same worker first, one declined goes down "
            + "the ladder alone, one skipped, one moved, the rest cancelled; her recurring customers list it")
    void weeklyCleaningSeries() {
        String ops = journeys.operatorToken("ops");
        WorkerJourneys workers = new WorkerJourneys(http);
        Certified li = workers.certifiedWorker("李秀兰", ops, Map.of());
        Certified zhao = workers.certifiedWorker("赵春燕", ops, Map.of());
        String customer = journeys.customerToken();
        LocalDate first = LocalDate.ofInstant(clock.instant(), PlacementSteps.SHANGHAI).plusDays(2);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", "440305");
        body.put("latitude", 22.531);
        body.put("longitude", 113.941);
        body.put("addressDetail", "3栋1201室");
        body.put("contactName", "周女士");
        body.put("requirements", "每次带鞋套");
        body.put("preferredWorkerId", li.workerId().toString());
        body.put("cadence", "WEEKLY");
        body.put("firstDate", first.toString());
        body.put("startTime", "09:00");
        body.put("visits", 8);
        Http.Reply created = http.post("/api/v1/customer/series", Http.json(body)).bearer(customer).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("cadenceLabel").asString()).isEqualTo("每周");
        JsonNode visits = created.json().path("plannedVisits");
        assertThat(visits).as("four weeks ahead").hasSize(4);
        assertThat(visits.valueStream().map(v -> v.path("status").asString()).toList()).containsOnly("ORDERED");
        assertThat(OffsetDateTime.parse(visits.get(1).path("start").asString()).toInstant()).isEqualTo(first.plusWeeks(1).atTime(9, 0)
                .atZone(PlacementSteps.SHANGHAI).toInstant());
        List<String> orders = visits.valueStream().map(v -> v.path("orderId").asString()).toList();
        for (String orderId : orders) {
            JsonNode o = order(customer, orderId);
            assertThat(o.path("preferredWorkerId").asString()).isEqualTo(li.workerId().toString());
            assertThat(o.path("fees").isMissingNode()).isFalse();
        }

        // The same worker is asked first for every visit; she takes the first and declines the second.
        String firstOffer = Await.value(() -> offerOf(li.token(), orders.get(0)), "the first visit's offer");
        assertThat(http.post("/api/v1/worker/offers/" + firstOffer + "/accept", "").bearer(li.token()).send().status()).isEqualTo(200);
        String secondOffer = Await.value(() -> offerOf(li.token(), orders.get(1)), "the second visit's offer");
        assertThat(offerOf(zhao.token(), orders.get(1))).as("nobody else before she answers").isNull();
        Http.Reply declined = http.post("/api/v1/worker/offers/" + secondOffer + "/reject", Http.json(Map.of("reason", "ALREADY_BOOKED")))
                .bearer(li.token()).send();
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        ladder.advanceDue();
        // Down the ladder alone: offered to other workers of the district (which ones depends on who else serves it).
        assertThat(Await.value(() -> offeredToAnother(ops, orders.get(1), li), "the declined visit down the ladder")).isTrue();
        assertThat(order(customer, orders.get(0)).path("status").asString()).isEqualTo("AWAITING_PAYMENT");

        JsonNode mine = http.get("/api/v1/worker/series").bearer(li.token()).send().json();
        assertThat(mine.path("items").valueStream().map(s -> s.path("id").asString())).as("her recurring customers").contains(id);
        assertThat(mine.path("items").valueStream().filter(s -> id.equals(s.path("id").asString())).findFirst().orElseThrow()
                .path("addressDetail").isNull()).isTrue();

        Http.Reply skipped = http.post("/api/v1/customer/series/" + id + "/visits/3/skip", "").bearer(customer).send();
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        assertThat(skipped.json().path("plannedVisits").get(2).path("status").asString()).isEqualTo("SKIPPED");
        assertThat(order(customer, orders.get(2)).path("status").asString()).isEqualTo("CANCELLED");

        OffsetDateTime later = first.plusWeeks(3).atTime(10, 0).atZone(PlacementSteps.SHANGHAI).toOffsetDateTime();
        Http.Reply moved = http.post("/api/v1/customer/series/" + id + "/visits/4/move", Http.json(Map.of("start", later.toString())))
                .bearer(customer).send();
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(moved.json().path("plannedVisits").get(3).path("start").asString()).toInstant())
                .isEqualTo(later.toInstant());
        assertThat(OffsetDateTime.parse(order(customer, orders.get(3)).path("start").asString()).toInstant()).isEqualTo(later.toInstant());

        Http.Reply cancelled = http.post("/api/v1/customer/series/" + id + "/cancel", "").bearer(customer).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("plannedVisits").valueStream().map(v -> v.path("status").asString()).toList())
                .containsExactly("CANCELLED", "CANCELLED", "SKIPPED", "CANCELLED");
        for (String orderId : orders) {
            assertThat(order(customer, orderId).path("status").asString()).isEqualTo("CANCELLED");
        }
        generation.generateDue();
        assertThat(http.get("/api/v1/customer/series/" + id).bearer(customer).send().json().path("plannedVisits")).hasSize(4);
        assertThat(http.post("/api/v1/customer/series/" + id + "/visits/9/skip", "").bearer(customer).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/customer/series/" + id).bearer(journeys.customerToken()).send().status())
                .as("someone else's series").isEqualTo(404);
    }

    @Test
    @DisplayName("C2.4 a series changed from a date on: later visits re-created on the new weekday and time, earlier ones untouched, "
            + "and every visit's order under the cancellation policy snapshotted with the series, not the one operators set since")
    void changeFromADateUnderTheSnapshottedPolicy() {
        String ops = journeys.operatorToken("ops");
        Certified qian = new WorkerJourneys(http).certifiedWorker("钱桂芳", ops, Map.of());
        String customer = journeys.customerToken();
        LocalDate first = LocalDate.ofInstant(clock.instant(), PlacementSteps.SHANGHAI).plusDays(2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", "440305");
        body.put("latitude", 22.531);
        body.put("longitude", 113.941);
        body.put("addressDetail", "5栋802室");
        body.put("contactName", "郑女士");
        body.put("preferredWorkerId", qian.workerId().toString());
        body.put("cadence", "WEEKLY");
        body.put("firstDate", first.toString());
        body.put("startTime", "09:00");
        body.put("visits", 8);
        Http.Reply created = http.post("/api/v1/customer/series", Http.json(body)).bearer(customer).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        JsonNode settings = http.get("/api/v1/admin/order-settings/current").bearer(ops).send().json();
        long freeBefore = settings.path("freeCancelBeforeMinutes").asLong();
        assertThat(created.json().path("policy").path("freeCancelMinutes").asLong()).as("the policy kept with the series").isEqualTo(freeBefore);
        List<String> before = created.json().path("plannedVisits").valueStream().map(v -> v.path("orderId").asString()).toList();
        assertThat(before).hasSize(4);

        // Operators loosen the free cancellation window now; the series keeps the policy it was booked under.
        Http.Reply loosened = http.post("/api/v1/admin/order-settings/versions", Http.json(settingsWith(settings, freeBefore + 60)))
                .bearer(ops).send();
        assertThat(loosened.status()).as(loosened.body()).isEqualTo(201);
        try {
            LocalDate from = first.plusWeeks(2);
            java.time.DayOfWeek newDay = from.plusDays(1).getDayOfWeek();
            Http.Reply changed = http.post("/api/v1/customer/series/" + id + "/change-from", Http.json(Map.of("from", from.toString(),
                    "cadence", "WEEKLY", "weekdays", List.of(newDay.name()), "startTime", "14:00"))).bearer(customer).send();
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            JsonNode visits = changed.json().path("plannedVisits");
            assertThat(changed.json().path("startTime").asString()).isEqualTo("14:00");
            assertThat(visits.get(0).path("orderId").asString()).as("earlier visits untouched").isEqualTo(before.get(0));
            assertThat(visits.get(1).path("orderId").asString()).isEqualTo(before.get(1));
            assertThat(visits.get(0).path("status").asString()).isEqualTo("ORDERED");
            assertThat(visits.get(2).path("status").asString()).isEqualTo("CANCELLED");
            assertThat(visits.get(3).path("status").asString()).isEqualTo("CANCELLED");
            assertThat(order(customer, before.get(2)).path("status").asString()).isEqualTo("CANCELLED");
            assertThat(order(customer, before.get(3)).path("status").asString()).isEqualTo("CANCELLED");
            assertThat(visits).as("the later visits re-created within the horizon").hasSize(6);
            for (int i = 4; i < 6; i++) {
                JsonNode v = visits.get(i);
                assertThat(v.path("status").asString()).as(v.toString()).isEqualTo("ORDERED");
                assertThat(OffsetDateTime.parse(v.path("start").asString()).toInstant())
                        .isEqualTo(from.plusDays(1).plusWeeks(i - 4).atTime(14, 0).atZone(PlacementSteps.SHANGHAI).toInstant());
                JsonNode o = order(customer, v.path("orderId").asString());
                assertThat(o.path("preferredWorkerId").asString()).isEqualTo(qian.workerId().toString());
                assertThat(o.path("policy").path("freeCancelMinutesBefore").asLong()).as("the snapshot, not today's settings")
                        .isEqualTo(freeBefore);
            }
            Http.Reply tooEarly = http.post("/api/v1/customer/series/" + id + "/change-from", Http.json(Map.of("from",
                    LocalDate.ofInstant(clock.instant(), PlacementSteps.SHANGHAI).toString(), "startTime", "10:00"))).bearer(customer).send();
            assertThat(tooEarly.status()).isEqualTo(400);
            assertThat(tooEarly.json().path("code").asString()).isEqualTo("booking.series-change-date-invalid");
            Http.Reply nothing = http.post("/api/v1/customer/series/" + id + "/change-from", Http.json(Map.of("from", from.toString())))
                    .bearer(customer).send();
            assertThat(nothing.json().path("code").asString()).isEqualTo("booking.series-change-empty");
        } finally {
            Http.Reply restored = http.post("/api/v1/admin/order-settings/versions", Http.json(settingsWith(settings, freeBefore)))
                    .bearer(ops).send();
            assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        }
    }

    private static Map<String, Object> settingsWith(JsonNode base, long freeCancelMinutes) {
        Map<String, Object> body = new java.util.HashMap<>();
        for (String field : new String[] {"lateFeeBasisPoints", "minimumLateFeeFen", "workerChangeBeforeMinutes", "paymentWindowMinutes",
                "minimumNoticeMinutes", "asapNoticeMinutes", "asapHorizonMinutes", "travelBufferMinutes", "maxJobsPerDay"}) {
            body.put(field, base.path(field).asLong());
        }
        body.put("freeCancelBeforeMinutes", freeCancelMinutes);
        body.put("note", "周期服务测试:临时调整免费取消时间");
        return body;
    }

    @Test
    @DisplayName("C2.4 A2.1 a worker suspended from taking orders no longer comes first: her series go on through dispatch, off her list")
    void suspendedWorkerHandsOver() {
        String ops = journeys.operatorToken("ops");
        Certified sun = new WorkerJourneys(http).certifiedWorker("孙玉珍", ops, Map.of());
        String customer = journeys.customerToken();
        LocalDate first = LocalDate.ofInstant(clock.instant(), PlacementSteps.SHANGHAI).plusDays(30);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", "440305");
        body.put("latitude", 22.531);
        body.put("longitude", 113.941);
        body.put("addressDetail", "9栋301室");
        body.put("contactName", "吴先生");
        body.put("preferredWorkerId", sun.workerId().toString());
        body.put("cadence", "BIWEEKLY");
        body.put("firstDate", first.toString());
        body.put("startTime", "14:30");
        Http.Reply created = http.post("/api/v1/customer/series", Http.json(body)).bearer(customer).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("visits").isNull()).as("until cancelled").isTrue();
        assertThat(http.get("/api/v1/worker/series").bearer(sun.token()).send().json().path("total").asLong()).isEqualTo(1);

        Http.Reply suspended = http.post("/api/v1/admin/workers/" + sun.workerId() + "/penalties", Http.json(Map.of("kind", "SUSPENSION",
                "reason", "多次迟到", "evidence", "投诉记录", "suspendedUntil", first.plusDays(30).atStartOfDay(PlacementSteps.SHANGHAI).toOffsetDateTime().toString()))).bearer(ops).send();
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(201);
        Await.condition(() -> http.get("/api/v1/customer/series/" + id).bearer(customer).send().json().path("preferredWorkerId").isNull(),
                "the series handed to dispatch");
        assertThat(http.get("/api/v1/worker/series").bearer(sun.token()).send().json().path("total").asLong()).isZero();
        Await.condition(() -> http.get("/api/v1/me/notices?unreadFirst=false").bearer(customer).send().json().path("items").valueStream()
                .anyMatch(n -> n.path("template").asString().equals("SERIES_HANDED_OVER")
                        && n.path("title").asString().equals("周期服务将另派人员")), "the customer told of the hand-over");
    }

    @Test
    @DisplayName("C2.4 a series without a cadence, a start off the half hour or no address is refused with what to send instead")
    void badSeries() {
        String customer = journeys.customerToken();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId("daily-cleaning"), "options", Map.of("hours", 2))));
        body.put("district", "440305");
        body.put("latitude", 22.531);
        body.put("longitude", 113.941);
        body.put("addressDetail", "3栋1201室");
        body.put("contactName", "周女士");
        body.put("firstDate", LocalDate.ofInstant(clock.instant(), PlacementSteps.SHANGHAI).plusDays(3).toString());
        body.put("startTime", "09:00");
        Http.Reply noCadence = http.post("/api/v1/customer/series", Http.json(body)).bearer(customer).send();
        assertThat(noCadence.status()).isEqualTo(400);
        assertThat(noCadence.json().path("code").asString()).isEqualTo("booking.series-cadence-invalid");
        body.put("cadence", "WEEKLY");
        body.put("startTime", "09:10");
        Http.Reply offTheHalfHour = http.post("/api/v1/customer/series", Http.json(body)).bearer(customer).send();
        assertThat(offTheHalfHour.json().path("code").asString()).isEqualTo("booking.series-start-invalid");
        body.put("startTime", "09:30");
        body.remove("addressDetail");
        assertThat(http.post("/api/v1/customer/series", Http.json(body)).bearer(customer).send().json().path("code").asString())
                .isEqualTo("booking.address-invalid");
    }
}
