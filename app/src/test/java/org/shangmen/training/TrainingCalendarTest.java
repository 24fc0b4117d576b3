package org.shangmen.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangmen.training.TrainingSteps.answers;
import static org.shangmen.training.TrainingSteps.part;
import static org.shangmen.training.TrainingSteps.partId;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.training.application.ExpiryService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class TrainingCalendarTest {

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    MutableClock clock;
    @Autowired
    ExpiryService calendar;

    private String notices(String token) {
        Http.Reply reply = http.get("/api/v1/me/notices?size=100").bearer(token).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static int count(String body, String text) {
        return body.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    @Test
    @DisplayName("W4.2 a badge ending within 30 days brings one reminder with the course that renews it, and a session the next day one reminder")
    void expiryAndSessionReminders() {
        String ops = journeys.operatorToken("ops");
        TrainingSteps steps = new TrainingSteps(http);
        JsonNode course = steps.publishedCourse(ops, "NANNY", "nanny-" + UUID.randomUUID().toString().substring(0, 8),
                List.of(part("READING", "保姆服务礼仪"), TrainingSteps.session(clock.instant().plus(Duration.ofHours(20)), 10)), 0, 1);
        String courseId = course.path("courseId").asString();
        String phone = Journeys.newPhone();
        String worker = journeys.register(phone, "WORKER", false).path("accessToken").asString();
        assertThat(steps.enrol(worker, courseId).status()).isEqualTo(200);
        String session = partId(course, "SESSION");
        assertThat(http.post("/api/v1/worker/training/sessions/" + session + "/seat", "").bearer(worker).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/training/sessions/" + session + "/attendance/"
                + UUID.fromString(http.get("/api/v1/auth/me").bearer(worker).send().json().path("id").asString()), "")
                .bearer(journeys.operatorToken("trainer")).send().status()).isEqualTo(200);
        JsonNode paper = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker).send().json();
        Http.Reply passed = http.post("/api/v1/worker/training/exam-attempts/" + paper.path("attemptId").asString() + "/submission",
                Http.json(answers(paper, true))).bearer(worker).send();
        assertThat(passed.json().path("passed").asBoolean()).as(passed.body()).isTrue();
        Await.condition(() -> notices(worker).contains("获得技能徽章"), "the badge notice");

        calendar.run();
        Await.condition(() -> notices(worker).contains("明天有线下课"), "the session reminder");

        clock.advance(Duration.ofDays(3));
        calendar.run();
        calendar.run();
        String fresh = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress()).json().path("accessToken").asString();
        Await.condition(() -> notices(fresh).contains("徽章即将到期"), "the expiry reminder");
        String all = notices(fresh);
        assertThat(count(all, "徽章即将到期")).isEqualTo(1);
        assertThat(count(all, "明天有线下课")).isEqualTo(1);
        assertThat(all).contains("「家居保养」徽章").contains("家居保养规范");
        JsonNode first = http.get("/api/v1/worker/training/courses?skill=NANNY").bearer(fresh).send().json().path("items").get(0);
        assertThat(first.path("reasons").toString()).contains("到期,建议复训续期");
    }
}
