package org.shangmen.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.app.support.Http;
import tools.jackson.databind.JsonNode;

/** Operators' and workers' steps through training, shared by the training journeys. */
final class TrainingSteps {

    /** A tiny MP4 header: the content check looks for the "ftyp" box. */
    static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's', 'o', '2', 0, 0, 0, 8};

    /** Question bank: prompt → correct option index; every question has options A and B. */
    static final Map<String, Integer> BANK = Map.of(
            "保养木地板前应先做什么?", 0,
            "真皮沙发可以用强碱性清洁剂吗?", 1,
            "石材结晶后多久可以踩踏?", 0,
            "养护剂应选用哪一类?", 0,
            "完工后是否需要讲解日常保养?", 0);

    private final Http http;

    TrainingSteps(Http http) {
        this.http = http;
    }

    static Map<String, Object> part(String kind, String title, Object... more) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", kind);
        p.put("title", title);
        p.put("body", title + "的内容");
        for (int i = 0; i < more.length; i += 2) {
            p.put((String) more[i], more[i + 1]);
        }
        return p;
    }

    /** A course of the skill with the given parts, a bank of five questions (three drawn, 60 % to pass), its video uploaded, published. */
    JsonNode publishedCourse(String opsToken, String skill, String badgeCode, List<Map<String, Object>> parts, int retryWaitMinutes) {
        return publishedCourse(opsToken, skill, badgeCode, parts, retryWaitMinutes, 12);
    }

    JsonNode publishedCourse(String opsToken, String skill, String badgeCode, List<Map<String, Object>> parts, int retryWaitMinutes,
                             int badgeMonths) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "家居保养规范");
        body.put("description", "木地板、真皮沙发与石材的保养流程与安全要点。");
        body.put("skill", skill);
        body.put("level", "BEGINNER");
        body.put("minExperienceYears", 0);
        body.put("maxExperienceYears", 10);
        body.put("badgeCode", badgeCode);
        body.put("badgeLabel", "家居保养");
        body.put("badgeValidMonths", badgeMonths);
        body.put("examQuestions", 3);
        body.put("examMinutes", 10);
        body.put("passPercent", 60);
        body.put("maxAttempts", 3);
        body.put("retryWaitMinutes", retryWaitMinutes);
        body.put("parts", parts);
        Http.Reply created = http.post("/api/v1/admin/training/courses", Http.json(body)).bearer(opsToken).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String courseId = created.json().path("courseId").asString();
        for (JsonNode p : created.json().path("parts")) {
            if ("VIDEO".equals(p.path("kind").asString())) {
                Http.Reply video = http.multipart("/api/v1/admin/training/courses/" + courseId + "/parts/" + p.path("partId").asString()
                        + "/video?durationSeconds=20", Map.of(), "lesson.mp4", MP4).bearer(opsToken).send();
                assertThat(video.status()).as(video.body()).isEqualTo(204);
            }
        }
        List<Map<String, Object>> questions = new ArrayList<>();
        BANK.forEach((prompt, correct) -> questions.add(Map.of("kind", "SINGLE", "prompt", prompt, "options", List.of("是/先做", "否/不可"),
                "correct", List.of(correct))));
        Http.Reply bank = http.post("/api/v1/admin/training/courses/" + courseId + "/questions", Http.json(Map.of("questions", questions)))
                .bearer(opsToken).send();
        assertThat(bank.status()).as(bank.body()).isEqualTo(200);
        Http.Reply published = http.post("/api/v1/admin/training/courses/" + courseId + "/publication", "").bearer(opsToken).send();
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published.json();
    }

    static Map<String, Object> session(Instant startsAt, int capacity) {
        return part("SESSION", "线下实操课", "place", "南山培训中心 3 楼", "address", "深圳市南山区科技园路 1 号", "startsAt",
                startsAt.truncatedTo(ChronoUnit.SECONDS).toString(), "endsAt", startsAt.plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "trainer", "李老师", "capacity", capacity, "cancelHours", 12);
    }

    static String partId(JsonNode course, String kind) {
        for (JsonNode p : course.path("parts")) {
            if (kind.equals(p.path("kind").asString())) {
                return p.path("partId").asString();
            }
        }
        throw new AssertionError("no part " + kind);
    }

    Http.Reply enrol(String token, String courseId) {
        return http.post("/api/v1/worker/training/courses/" + courseId + "/enrolment", "").bearer(token).send();
    }

    Http.Reply watched(String token, String partId, int from, int to) {
        return http.post("/api/v1/worker/training/lessons/" + partId + "/watched", Http.json(Map.of("fromSecond", from, "toSecond", to)))
                .bearer(token).send();
    }

    /** Answers a paper: right when {@code right}, otherwise every answer wrong. */
    static Map<String, Object> answers(JsonNode paper, boolean right) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode q : paper.path("questions")) {
            int correct = BANK.get(q.path("prompt").asString());
            answers.add(Map.of("questionId", q.path("questionId").asString(), "chosen", List.of(right ? correct : 1 - correct)));
        }
        return Map.of("answers", answers);
    }

    static UUID id(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asString());
    }
}
