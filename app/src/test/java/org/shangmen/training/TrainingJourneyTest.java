package org.shangmen.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangmen.training.TrainingSteps.answers;
import static org.shangmen.training.TrainingSteps.part;
import static org.shangmen.training.TrainingSteps.partId;

import java.time.Duration;
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
class TrainingJourneyTest {

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
    @DisplayName("W4.1 W4.2 a worker goes from a recommendation to the badge a service requires, and then gets its first offer")
    void recommendationToBadgeToFirstOffer() {
        TrainingSteps steps = new TrainingSteps(http);
        String ops = journeys.operatorToken("ops");
        String trainer = journeys.operatorToken("trainer");
        String badge = "home-care-" + UUID.randomUUID().toString().substring(0, 8);

        // Operators build the course and require its badge for 家居保养.
        JsonNode course = steps.publishedCourse(ops, "HOME_MAINTENANCE", badge, List.of(
                part("VIDEO", "保养前的材质判断", "durationSeconds", 20),
                part("READING", "养护剂安全说明"),
                part("HOMEWORK", "写出木地板打蜡的步骤"),
                TrainingSteps.session(clock.instant().plus(Duration.ofDays(3)), 5),
                part("PRACTICAL", "真皮沙发护理演示", "checklist", List.of("小面积试用", "均匀涂抹养护剂"))), 0);
        String courseId = course.path("courseId").asString();
        Http.Reply required = http.put("/api/v1/admin/training/badge-requirements/HOME_MAINTENANCE",
                Http.json(Map.of("badgeCode", badge, "badgeLabel", "家居保养"))).bearer(ops).send();
        assertThat(required.status()).as(required.body()).isEqualTo(200);

        Certified worker = workers.certifiedWorker("黄秀兰", ops, Map.of("districts", List.of("440305"), "homeLatitude", 22.52,
                "homeLongitude", 113.93, "skills", List.of("DAILY_CLEANING", "HOME_MAINTENANCE"), "experienceYears", 3));
        assertThat(calendar.eligibleWorkers(Skill.HOME_MAINTENANCE, RegionCode.of("440305"), Set.of()))
                .as("without the badge the worker may not take 家居保养").doesNotContain(worker.workerId());

        // 技能培训: the course is recommended with its reasons; the worker enrols.
        Http.Reply list = http.get("/api/v1/worker/training/courses?skill=HOME_MAINTENANCE&kind=OFFLINE").bearer(worker.token()).send();
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode recommended = null;
        for (JsonNode r : list.json().path("items")) {
            if (courseId.equals(r.path("course").path("courseId").asString())) {
                recommended = r;
            }
        }
        assertThat(recommended).as("the course is recommended").isNotNull();
        assertThat(recommended.path("reasons").toString()).contains("家居保养接单需要「家居保养」徽章").contains("与您的技能相符");
        assertThat(recommended.path("course").path("levelLabel").asString()).isEqualTo("入门");
        assertThat(recommended.path("course").path("parts").get(3).path("session").path("checkInCode").isNull()).isTrue();
        Http.Reply enrolled = steps.enrol(worker.token(), courseId);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        assertThat(enrolled.json().path("statusLabel").asString()).isEqualTo("学习中");

        // The video counts only once watched from start to end in real time.
        String video = partId(course, "VIDEO");
        Http.Reply link = http.get("/api/v1/worker/training/lessons/" + video + "/video").bearer(worker.token()).send();
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        String url = link.json().path("url").asString();
        Http.Reply range = http.get(url.substring(url.indexOf("/api/"))).header("Range", "bytes=4-7").send();
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.body()).isEqualTo("ftyp");
        assertThat(steps.watched(worker.token(), video, 0, 1).json().path("watched").asBoolean()).isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(steps.watched(worker.token(), video, 15, 20).json().path("watched").asBoolean()).as("jumping to the end").isFalse();
        clock.advance(Duration.ofSeconds(10));
        Http.Reply watched = steps.watched(worker.token(), video, 0, 15);
        assertThat(watched.json().path("watched").asBoolean()).as(watched.body()).isTrue();

        // Homework graded by a trainer with a comment.
        String homework = partId(course, "HOMEWORK");
        Http.Reply sent = http.post("/api/v1/worker/training/homework/" + homework, Http.json(Map.of("answer", "清洁、干燥、薄涂蜡、抛光")))
                .bearer(worker.token()).send();
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String homeworkId = sent.json().path("homeworkId").asString();
        Http.Reply photo = http.multipart("/api/v1/worker/training/homework/" + homeworkId + "/photos", Map.of(), "floor.png", png())
                .bearer(worker.token()).send();
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        assertThat(photo.json().path("photoCount").asInt()).isEqualTo(1);
        JsonNode queue = http.get("/api/v1/admin/training/homework?size=100").bearer(trainer).send().json();
        for (JsonNode h : queue.path("items")) {
            if (homeworkId.equals(h.path("homeworkId").asString())) {
                String photoUrl = h.path("photoUrls").get(0).asString();
                Http.Reply image = http.get(photoUrl.substring(photoUrl.indexOf("/api/"))).send();
                assertThat(image.status()).isEqualTo(200);
                assertThat(image.header("Content-Type")).startsWith("image/png");
            }
        }
        assertThat(http.post("/api/v1/admin/training/homework/" + homeworkId + "/grade", Http.json(Map.of("passed", true)))
                .bearer(journeys.operatorToken("auditor")).send().status()).as("an auditor may not grade").isEqualTo(403);
        Http.Reply graded = http.post("/api/v1/admin/training/homework/" + homeworkId + "/grade",
                Http.json(Map.of("passed", true, "comment", "步骤完整"))).bearer(trainer).send();
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);

        // The offline session: a seat, attendance recorded by the trainer.
        String session = partId(course, "SESSION");
        Http.Reply seat = http.post("/api/v1/worker/training/sessions/" + session + "/seat", "").bearer(worker.token()).send();
        assertThat(seat.status()).as(seat.body()).isEqualTo(200);
        assertThat(seat.json().path("status").asString()).isEqualTo("BOOKED");
        assertThat(http.post("/api/v1/admin/training/sessions/" + session + "/attendance/" + worker.workerId(), "").bearer(trainer).send()
                .status()).isEqualTo(200);

        // The practical demonstration against its checklist.
        Http.Reply practical = http.post("/api/v1/admin/training/practicals/" + partId(course, "PRACTICAL") + "/grades/" + worker.workerId(),
                Http.json(Map.of("checked", List.of(0, 1), "comment", "动作规范"))).bearer(trainer).send();
        assertThat(practical.status()).as(practical.body()).isEqualTo(200);
        assertThat(practical.json().path("passed").asBoolean()).isTrue();

        // A failed exam, then a passed one.
        Http.Reply first = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker.token()).send();
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Http.Reply failed = http.post("/api/v1/worker/training/exam-attempts/" + first.json().path("attemptId").asString() + "/submission",
                Http.json(answers(first.json(), false))).bearer(worker.token()).send();
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(failed.json().path("passed").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/worker/training/courses/" + courseId + "/progress").bearer(worker.token()).send().json()
                .path("certificateNumber").isNull()).isTrue();
        Http.Reply second = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker.token()).send();
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().path("attemptNumber").asInt()).isEqualTo(2);
        Http.Reply passed = http.post("/api/v1/worker/training/exam-attempts/" + second.json().path("attemptId").asString() + "/submission",
                Http.json(answers(second.json(), true))).bearer(worker.token()).send();
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        assertThat(passed.json().path("score").asInt()).isEqualTo(100);

        // Certificate and badge: on the progress, verifiable by number, on the profile, in search.
        JsonNode progress = http.get("/api/v1/worker/training/courses/" + courseId + "/progress").bearer(worker.token()).send().json();
        assertThat(progress.path("status").asString()).isEqualTo("COMPLETED");
        String number = progress.path("certificateNumber").asString();
        assertThat(number).matches("PX\\d{4}-[0-9A-Z]{10}");
        JsonNode verified = http.get("/api/v1/public/training/certificates/" + number).send().json();
        assertThat(verified.path("valid").asBoolean()).isTrue();
        assertThat(verified.path("courseTitle").asString()).isEqualTo("家居保养规范");
        assertThat(LocalDate.parse(verified.path("validUntil").asString()))
                .isEqualTo(LocalDate.ofInstant(clock.instant(), SHANGHAI).plusMonths(12));
        JsonNode own = http.get("/api/v1/worker/profile").bearer(worker.token()).send().json();
        assertThat(own.path("badges").toString()).as("on the worker's own profile").contains(badge).contains(number);
        assertThat(own.path("badges").get(0).path("valid").asBoolean()).isTrue();
        JsonNode page = http.get("/api/v1/public/workers/" + worker.workerId()).send().json();
        assertThat(page.path("badges").toString()).contains(badge).contains("家居保养");
        JsonNode found = http.get("/api/v1/public/workers?badge=" + badge + "&size=100").send().json();
        assertThat(found.path("items").toString()).contains(worker.workerId().toString());
        assertThat(found.path("items").get(0).path("badges").toString()).contains("家居保养");

        // Eligible at once: the first offer of 家居保养 reaches the worker.
        assertThat(calendar.eligibleWorkers(Skill.HOME_MAINTENANCE, RegionCode.of("440305"), Set.of())).contains(worker.workerId());
        UUID orderId = homeMaintenanceOrder(journeys.customerToken());
        JsonNode offer = Await.value(() -> offerFor(worker.token(), orderId), "an offer of " + orderId);
        assertThat(offer.path("badges").toString()).contains("家居保养");

        // Each step told the worker: enrolment, seat, homework graded, exam results, badge earned.
        for (String title : List.of("报名成功", "线下课座位已确认", "作业已批改", "考试成绩", "获得技能徽章")) {
            Await.condition(() -> http.get("/api/v1/me/notices?size=100").bearer(worker.token()).send().body().contains(title),
                    "the notice " + title);
        }
    }

    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID homeMaintenanceOrder(String customer) {
        String itemId = null;
        for (JsonNode category : http.get("/api/v1/public/catalogue").send().json().path("categories")) {
            for (JsonNode item : category.path("items")) {
                if ("home-maintenance".equals(item.path("code").asString())) {
                    itemId = item.path("id").asString();
                }
            }
        }
        Instant start = LocalDate.ofInstant(clock.instant(), SHANGHAI).plusDays(2).atTime(10, 0).atZone(SHANGHAI).toInstant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId, "options", Map.of("surfaces", List.of("woodFloor")))));
        body.put("district", "440305");
        body.put("latitude", 22.521);
        body.put("longitude", 113.931);
        body.put("addressDetail", "5栋802室");
        body.put("contactName", "陈先生");
        body.put("start", start.atZone(SHANGHAI).toOffsetDateTime().toString());
        Http.Reply reply = http.post("/api/v1/customer/orders", Http.json(body)).bearer(customer)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
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
