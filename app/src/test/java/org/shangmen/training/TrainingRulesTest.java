package org.shangmen.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangmen.training.TrainingSteps.answers;
import static org.shangmen.training.TrainingSteps.part;
import static org.shangmen.training.TrainingSteps.partId;

import java.time.Duration;
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
import org.shangmen.training.api.Retraining;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class TrainingRulesTest {

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    MutableClock clock;
    @Autowired
    Retraining retraining;

    private JsonNode course(String ops, List<Map<String, Object>> parts, int retryWaitMinutes) {
        return new TrainingSteps(http).publishedCourse(ops, "PATIENT_CARE", "patient-care-" + UUID.randomUUID().toString().substring(0, 8),
                parts, retryWaitMinutes);
    }

    private String enrolledWorker(String courseId) {
        String token = journeys.workerToken();
        Http.Reply enrolled = new TrainingSteps(http).enrol(token, courseId);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        return token;
    }

    @Test
    @DisplayName("W4.1 six workers racing for the last seat: exactly one gets it, the others wait, and a cancellation moves the first up")
    void racingForTheLastSeat() throws Exception {
        String ops = journeys.operatorToken("ops");
        JsonNode course = course(ops, List.of(TrainingSteps.session(clock.instant().plus(Duration.ofDays(3)), 1)), 0);
        String courseId = course.path("courseId").asString();
        String session = partId(course, "SESSION");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(enrolledWorker(courseId));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (String token : tokens) {
            replies.add(pool.submit(() -> {
                start.await();
                return http.post("/api/v1/worker/training/sessions/" + session + "/seat", "").bearer(token).send();
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        String winner = null;
        for (int i = 0; i < replies.size(); i++) {
            Http.Reply reply = replies.get(i).get();
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            statuses.add(reply.json().path("status").asString());
            if ("BOOKED".equals(reply.json().path("status").asString())) {
                winner = tokens.get(i);
            }
        }
        pool.shutdown();
        assertThat(statuses).filteredOn("BOOKED"::equals).hasSize(1);
        assertThat(statuses).filteredOn("WAITING"::equals).hasSize(5);

        JsonNode roster = http.get("/api/v1/admin/training/sessions/" + session + "/roster").bearer(ops).send().json();
        assertThat(roster.path("total").asInt()).isEqualTo(6);
        Http.Reply cancelled = http.delete("/api/v1/worker/training/sessions/" + session + "/seat").bearer(winner).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        int booked = 0;
        for (JsonNode seat : http.get("/api/v1/admin/training/sessions/" + session + "/roster").bearer(ops).send().json().path("items")) {
            booked += "BOOKED".equals(seat.path("status").asString()) ? 1 : 0;
        }
        assertThat(booked).as("the first on the waiting list moved up").isEqualTo(1);
    }

    @Test
    @DisplayName("W4.2 an exam client cannot read the answers, replay a submission, submit for another worker or submit late")
    void examClientCannotCheat() {
        String ops = journeys.operatorToken("ops");
        JsonNode course = course(ops, List.of(part("READING", "护理安全须知")), 0);
        String courseId = course.path("courseId").asString();
        String worker = enrolledWorker(courseId);
        String other = enrolledWorker(courseId);

        Http.Reply paper = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker).send();
        assertThat(paper.status()).as(paper.body()).isEqualTo(201);
        assertThat(paper.json().path("questions")).hasSize(3);
        assertThat(paper.body()).doesNotContain("correct").doesNotContain("answer");
        Http.Reply again = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker).send();
        assertThat(again.json().path("attemptId").asString()).as("no second draw while a paper is open")
                .isEqualTo(paper.json().path("attemptId").asString());
        String attempt = "/api/v1/worker/training/exam-attempts/" + paper.json().path("attemptId").asString() + "/submission";
        Http.Reply foreign = http.post(attempt, Http.json(answers(paper.json(), true))).bearer(other).send();
        assertThat(foreign.status()).isEqualTo(404);

        Http.Reply first = http.post(attempt, Http.json(answers(paper.json(), false))).bearer(worker).send();
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Http.Reply replay = http.post(attempt, Http.json(answers(paper.json(), true))).bearer(worker).send();
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.json().path("code").asString()).isEqualTo("training.exam-already-submitted");

        Http.Reply second = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker).send();
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(11));
        Http.Reply late = http.post("/api/v1/worker/training/exam-attempts/" + second.json().path("attemptId").asString() + "/submission",
                Http.json(answers(second.json(), true))).bearer(worker).send();
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("code").asString()).isEqualTo("training.exam-time-up");
        JsonNode progress = http.get("/api/v1/worker/training/courses/" + courseId + "/progress").bearer(worker).send().json();
        assertThat(progress.path("exam").path("attemptsUsed").asInt()).isEqualTo(2);
        assertThat(progress.path("exam").path("passed").asBoolean()).isFalse();
        assertThat(progress.path("status").asString()).isEqualTo("ENROLLED");
    }

    @Test
    @DisplayName("W4.2 attempts are limited with a wait between them, and a video claimed at once is not watched")
    void attemptsWaitAndVideosNeedTime() {
        String ops = journeys.operatorToken("ops");
        JsonNode course = course(ops, List.of(part("VIDEO", "翻身与防压疮", "durationSeconds", 20)), 30);
        String courseId = course.path("courseId").asString();
        String worker = enrolledWorker(courseId);
        TrainingSteps steps = new TrainingSteps(http);
        String video = partId(course, "VIDEO");
        steps.watched(worker, video, 0, 1);
        Http.Reply claimed = steps.watched(worker, video, 0, 20);
        assertThat(claimed.json().path("watched").asBoolean()).as(claimed.body()).isFalse();
        assertThat(claimed.json().path("watchedSeconds").asInt()).isLessThan(20);
        assertThat(steps.watched(worker, video, 5, 99).status()).isEqualTo(400);

        Http.Reply paper = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker).send();
        http.post("/api/v1/worker/training/exam-attempts/" + paper.json().path("attemptId").asString() + "/submission",
                Http.json(answers(paper.json(), false))).bearer(worker).send();
        Http.Reply tooSoon = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker).send();
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.json().path("code").asString()).isEqualTo("training.exam-wait");
        assertThat(tooSoon.json().path("detail").asString()).contains("30");
    }

    @Test
    @DisplayName("W4.2 a worker may not read another's progress, homework or exam; operators act only with their permission")
    void objectLevelAndOperatorPermissions() {
        String ops = journeys.operatorToken("ops");
        JsonNode course = course(ops, List.of(part("HOMEWORK", "护理记录怎么写")), 0);
        String courseId = course.path("courseId").asString();
        String worker = enrolledWorker(courseId);
        String stranger = journeys.workerToken();
        Http.Reply sent = http.post("/api/v1/worker/training/homework/" + partId(course, "HOMEWORK"), Http.json(Map.of("answer", "时间、体温、进食")))
                .bearer(worker).send();
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);

        assertThat(http.get("/api/v1/worker/training/courses/" + courseId + "/progress").bearer(stranger).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/worker/training/homework/" + partId(course, "HOMEWORK"), Http.json(Map.of("answer", "x")))
                .bearer(stranger).send().status()).isEqualTo(422);
        assertThat(http.get("/api/v1/admin/training/homework").bearer(worker).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/worker/training/courses").send().status()).isEqualTo(401);

        String auditor = journeys.operatorToken("auditor");
        String trainer = journeys.operatorToken("trainer");
        Map<String, Object> draft = Map.of("title", "x", "description", "y", "skill", "NANNY", "level", "BEGINNER", "badgeCode", "nanny-x",
                "badgeLabel", "保姆", "parts", List.of(part("READING", "读物")));
        assertThat(http.post("/api/v1/admin/training/courses", Http.json(draft)).bearer(auditor).send().status()).isEqualTo(403);
        assertThat(http.post("/api/v1/admin/training/courses", Http.json(draft)).bearer(trainer).send().status()).isEqualTo(403);
        assertThat(http.put("/api/v1/admin/training/badge-requirements/NANNY", Http.json(Map.of("badgeCode", "nanny-x", "badgeLabel", "保姆")))
                .bearer(trainer).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/training/courses/" + courseId).bearer(auditor).send().status()).isEqualTo(200);
        JsonNode queue = http.get("/api/v1/admin/training/homework?size=100").bearer(trainer).send().json();
        String homeworkId = sent.json().path("homeworkId").asString();
        assertThat(queue.path("items").toString()).contains(homeworkId);
        Http.Reply graded = http.post("/api/v1/admin/training/homework/" + homeworkId + "/grade", Http.json(Map.of("passed", false,
                "comment", "缺少血压记录"))).bearer(trainer).send();
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/training/homework/" + homeworkId + "/grade", Http.json(Map.of("passed", true)))
                .bearer(trainer).send().status()).as("graded once").isEqualTo(409);
        JsonNode progress = http.get("/api/v1/worker/training/courses/" + courseId + "/progress").bearer(worker).send().json();
        assertThat(progress.path("parts").get(0).path("state").asString()).isEqualTo("FAILED");
        assertThat(progress.path("parts").get(0).path("comment").asString()).isEqualTo("缺少血压记录");
    }

    @Test
    @DisplayName("W4.2 attendance by the check-in code shown at the session; a wrong code is refused")
    void checkInByCode() {
        String ops = journeys.operatorToken("ops");
        JsonNode course = course(ops, List.of(TrainingSteps.session(clock.instant().plus(Duration.ofMinutes(30)), 10)), 0);
        String courseId = course.path("courseId").asString();
        String session = partId(course, "SESSION");
        String code = course.path("parts").get(0).path("session").path("checkInCode").asString();
        assertThat(code).matches("\\d{6}");
        String worker = enrolledWorker(courseId);
        assertThat(http.post("/api/v1/worker/training/sessions/" + session + "/seat", "").bearer(worker).send().status()).isEqualTo(200);
        Http.Reply wrong = http.post("/api/v1/worker/training/sessions/" + session + "/check-in",
                Http.json(Map.of("code", code.equals("000000") ? "111111" : "000000"))).bearer(worker).send();
        assertThat(wrong.status()).isEqualTo(422);
        Http.Reply right = http.post("/api/v1/worker/training/sessions/" + session + "/check-in", Http.json(Map.of("code", code)))
                .bearer(worker).send();
        assertThat(right.status()).as(right.body()).isEqualTo(200);
        assertThat(right.json().path("attendedAt").isNull()).isFalse();
        // The course's only required part is done, and its exam is still to pass.
        assertThat(http.get("/api/v1/worker/training/courses/" + courseId + "/progress").bearer(worker).send().json()
                .path("parts").get(0).path("state").asString()).isEqualTo("PASSED");
    }

    @Test
    @DisplayName("W4.1 retraining required by complaint handling enrols the worker once, tops the recommendations and tells the worker")
    void requiredRetraining() {
        String ops = journeys.operatorToken("ops");
        JsonNode course = course(ops, List.of(part("READING", "服务规范复训")), 0);
        UUID courseId = UUID.fromString(course.path("courseId").asString());
        String worker = journeys.workerToken();
        UUID workerId = UUID.fromString(http.get("/api/v1/auth/me").bearer(worker).send().json().path("id").asString());
        UUID complaint = UUID.randomUUID();
        assertThat(retraining.courseExists(courseId)).isTrue();
        assertThat(retraining.courseExists(UUID.randomUUID())).isFalse();
        retraining.require(workerId, courseId, "客户投诉:服务超时未告知", complaint);
        retraining.require(workerId, courseId, "客户投诉:服务超时未告知", complaint);
        JsonNode enrolments = http.get("/api/v1/worker/training/enrolments").bearer(worker).send().json();
        assertThat(enrolments.path("total").asInt()).isEqualTo(1);
        assertThat(enrolments.path("items").get(0).path("required").asBoolean()).isTrue();
        JsonNode first = http.get("/api/v1/worker/training/courses").bearer(worker).send().json().path("items").get(0);
        assertThat(first.path("course").path("courseId").asString()).isEqualTo(courseId.toString());
        assertThat(first.path("reasons").get(0).asString()).isEqualTo("平台要求复训:客户投诉:服务超时未告知");
        Await.condition(() -> http.get("/api/v1/me/notices?size=100").bearer(worker).send().body().contains("平台要求的复训"),
                "the retraining notice");
    }
}
