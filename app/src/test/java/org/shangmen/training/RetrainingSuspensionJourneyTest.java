package org.shangmen.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangmen.training.TrainingSteps.answers;
import static org.shangmen.training.TrainingSteps.part;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class RetrainingSuspensionJourneyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    WorkerJourneys workers;
    @Autowired
    WorkerCalendar calendar;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("W4.2 A2.1 a worker suspended for quality until a named course is passed sees the course, passes it, "
            + "is taking orders again at once with a notice, and the next order's offer reaches her")
    void suspensionLiftedByPassingTheNamedCourse() {
        TrainingSteps steps = new TrainingSteps(http);
        String ops = journeys.operatorToken("ops");
        JsonNode course = steps.publishedCourse(ops, "APPLIANCE_CLEANING", "appliance-" + UUID.randomUUID().toString().substring(0, 8),
                List.of(part("READING", "家电拆洗防漏水复训")), 0);
        String courseId = course.path("courseId").asString();
        Certified worker = workers.certifiedWorker("郑桂芳", ops, Map.of("districts", List.of("440305"), "homeLatitude", 22.52,
                "homeLongitude", 113.93, "skills", List.of("APPLIANCE_CLEANING"), "experienceYears", 4));
        String penalties = "/api/v1/admin/workers/" + worker.workerId() + "/penalties";
        assertThat(eligible(worker)).isTrue();

        // Only a suspension names a course; the course must be published; a trainer without ops may not punish.
        Http.Reply warning = http.post(penalties, Http.json(Map.of("kind", "WARNING", "reason", "拆洗后漏水", "evidence", "投诉 3 条",
                "retrainingCourseId", courseId))).bearer(ops).send();
        assertThat(warning.status()).as(warning.body()).isEqualTo(400);
        assertThat(warning.json().path("code").asString()).isEqualTo("worker.retraining-needs-suspension");
        Http.Reply unknown = http.post(penalties, Http.json(Map.of("kind", "SUSPENSION", "reason", "拆洗后漏水", "evidence", "投诉 3 条",
                "retrainingCourseId", UUID.randomUUID().toString()))).bearer(ops).send();
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().path("code").asString()).isEqualTo("training.course-not-found");
        assertThat(http.post(penalties, Http.json(Map.of("kind", "SUSPENSION", "reason", "拆洗后漏水", "evidence", "投诉 3 条",
                "retrainingCourseId", courseId))).bearer(journeys.operatorToken("trainer")).send().status()).isEqualTo(403);
        assertThat(eligible(worker)).as("nothing was imposed by the refused requests").isTrue();

        // The suspension names the course and has no end of its own.
        Http.Reply suspended = http.post(penalties, Http.json(Map.of("kind", "SUSPENSION", "reason", "三次投诉家电拆洗后漏水",
                "evidence", "投诉记录 3 条", "retrainingCourseId", courseId))).bearer(ops).send();
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(201);
        String penaltyId = suspended.json().path("id").asString();
        assertThat(eligible(worker)).as("suspended: no offers, no grab, not free").isFalse();
        assertThat(order(worker.workerId()).status()).as("nobody may book the suspended worker").isBetween(400, 499);

        // The worker sees which course lifts it, and is enrolled in it as required retraining.
        JsonNode profile = profile(worker.token());
        assertThat(profile.path("standing").asString()).isEqualTo("SUSPENDED");
        assertThat(profile.path("mayTakeOrders").asBoolean()).isFalse();
        JsonNode pending = profile.path("retrainingRequired");
        assertThat(pending.size()).isEqualTo(1);
        assertThat(pending.get(0).path("courseId").asString()).isEqualTo(courseId);
        assertThat(pending.get(0).path("courseTitle").asString()).isEqualTo(course.path("title").asString());
        assertThat(pending.get(0).path("penaltyId").asString()).isEqualTo(penaltyId);
        JsonNode enrolments = http.get("/api/v1/worker/training/enrolments").bearer(worker.token()).send().json();
        assertThat(enrolments.path("items").toString()).contains(courseId).contains("三次投诉家电拆洗后漏水");
        assertThat(enrolments.path("items").get(0).path("required").asBoolean()).isTrue();

        // A failed exam lifts nothing; passing it does, at once.
        JsonNode first = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker.token()).send().json();
        Http.Reply failed = http.post("/api/v1/worker/training/exam-attempts/" + first.path("attemptId").asString() + "/submission",
                Http.json(answers(first, false))).bearer(worker.token()).send();
        assertThat(failed.json().path("passed").asBoolean()).as(failed.body()).isFalse();
        assertThat(eligible(worker)).isFalse();
        JsonNode second = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker.token()).send().json();
        Http.Reply passed = http.post("/api/v1/worker/training/exam-attempts/" + second.path("attemptId").asString() + "/submission",
                Http.json(answers(second, true))).bearer(worker.token()).send();
        assertThat(passed.json().path("passed").asBoolean()).as(passed.body()).isTrue();
        assertThat(eligible(worker)).as("reinstated in the same transaction as the pass").isTrue();

        JsonNode after = profile(worker.token());
        assertThat(after.path("standing").asString()).isEqualTo("ACTIVE");
        assertThat(after.path("mayTakeOrders").asBoolean()).isTrue();
        assertThat(after.path("workState").asString()).isEqualTo("WORKING");
        assertThat(after.path("retrainingRequired").size()).isZero();
        String number = http.get("/api/v1/worker/training/courses/" + courseId + "/progress").bearer(worker.token()).send().json()
                .path("certificateNumber").asString();
        assertThat(after.path("badges").toString()).as("the certificate and badge on the worker's own profile")
                .contains(course.path("badgeCode").asString()).contains(number);
        Await.condition(() -> http.get("/api/v1/me/notices?size=100").bearer(worker.token()).send().body().contains("暂停接单已解除"),
                "the notice that the suspension is lifted");
        JsonNode record = http.get("/api/v1/worker/penalties").bearer(worker.token()).send().json();
        assertThat(record.path("items").toString()).as("the penalty stays in the record").contains(penaltyId);

        // Offers flow again: the next order for her reaches her as an offer.
        Http.Reply booked = order(worker.workerId());
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        UUID orderId = UUID.fromString(booked.json().path("id").asString());
        Await.value(() -> offerFor(worker.token(), orderId), "an offer of " + orderId);
    }

    private boolean eligible(Certified worker) {
        return calendar.eligibleWorkers(Skill.APPLIANCE_CLEANING, RegionCode.of("440305"), Set.of()).contains(worker.workerId());
    }

    private JsonNode profile(String token) {
        Http.Reply reply = http.get("/api/v1/worker/profile").bearer(token).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Http.Reply order(UUID workerId) {
        String itemId = null;
        for (JsonNode category : http.get("/api/v1/public/catalogue").send().json().path("categories")) {
            for (JsonNode item : category.path("items")) {
                if ("appliance-cleaning".equals(item.path("code").asString())) {
                    itemId = item.path("id").asString();
                }
            }
        }
        Instant start = LocalDate.ofInstant(clock.instant(), SHANGHAI).plusDays(3).atTime(15, 0).atZone(SHANGHAI).toInstant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId, "options", Map.of("appliance", "wallAc", "count", 1))));
        body.put("district", "440305");
        body.put("latitude", 22.521);
        body.put("longitude", 113.931);
        body.put("addressDetail", "2栋1101室");
        body.put("contactName", "刘女士");
        body.put("start", start.atZone(SHANGHAI).toOffsetDateTime().toString());
        body.put("preferredWorkerId", workerId.toString());
        return http.post("/api/v1/customer/orders", Http.json(body)).bearer(journeys.customerToken())
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
    }

    private JsonNode offerFor(String token, UUID orderId) {
        for (JsonNode offer : http.get("/api/v1/worker/offers?open=true&size=100").bearer(token).send().json().path("items")) {
            if (orderId.toString().equals(offer.path("orderId").asString())) {
                return offer;
            }
        }
        return null;
    }
}
