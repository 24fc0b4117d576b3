package org.shangmen.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangmen.training.TrainingSteps.answers;
import static org.shangmen.training.TrainingSteps.part;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class TierBadgeRequirementTest {

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    WorkerJourneys workers;
    @Autowired
    WorkerCalendar calendar;

    @Test
    @DisplayName("W4.2 a badge operators require for a tier of work (护理照护) closes every service of the tier to workers without it, "
            + "leaves other tiers open, and earning it opens the whole tier at once")
    void badgeRequiredForATierOfWork() {
        TrainingSteps steps = new TrainingSteps(http);
        String ops = journeys.operatorToken("ops");
        String badge = "first-aid-" + UUID.randomUUID().toString().substring(0, 8);
        Certified worker = workers.certifiedWorker("周丽娟", ops, Map.of("districts", List.of("440306"), "homeLatitude", 22.55,
                "homeLongitude", 113.88, "skills", List.of("ELDERLY_CARE", "PATIENT_CARE", "DAILY_CLEANING"), "experienceYears", 6));
        assertThat(eligible(worker, Skill.ELDERLY_CARE)).isTrue();
        assertThat(eligible(worker, Skill.PATIENT_CARE)).isTrue();

        String path = "/api/v1/admin/training/tier-badge-requirements/";
        Map<String, Object> body = Map.of("badgeCode", badge, "badgeLabel", "急救技能");
        assertThat(http.put(path + "CARE", Http.json(body)).bearer(journeys.operatorToken("trainer")).send().status())
                .as("a trainer may not decide who takes which orders").isEqualTo(403);
        Http.Reply unknown = http.put(path + "LUXURY", Http.json(body)).bearer(ops).send();
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.json().path("code").asString()).isEqualTo("training.tier-invalid");
        assertThat(eligible(worker, Skill.ELDERLY_CARE)).isTrue();

        Http.Reply required = http.put(path + "CARE", Http.json(body)).bearer(ops).send();
        assertThat(required.status()).as(required.body()).isEqualTo(200);
        assertThat(required.json().path("tierLabel").asString()).isEqualTo("护理照护");
        assertThat(required.json().path("skills").toString()).contains("ELDERLY_CARE").contains("PATIENT_CARE");
        try {
            assertThat(eligible(worker, Skill.ELDERLY_CARE)).as("no offers, no grab, not free for 老人护理").isFalse();
            assertThat(eligible(worker, Skill.PATIENT_CARE)).as("nor for 病人护理").isFalse();
            assertThat(eligible(worker, Skill.DAILY_CLEANING)).as("another tier stays open").isTrue();
            assertThat(http.get("/api/v1/admin/training/tier-badge-requirements?size=100").bearer(ops).send().body()).contains(badge);
            JsonNode perService = http.get("/api/v1/admin/training/badge-requirements?size=100").bearer(ops).send().json();
            assertThat(perService.path("items").toString()).as("each service of the tier lists the badge").contains(badge);

            // Earning the badge in a course opens every service of the tier at once.
            JsonNode course = steps.publishedCourse(ops, "ELDERLY_CARE", badge, List.of(part("READING", "居家急救要点")), 0);
            String courseId = course.path("courseId").asString();
            JsonNode list = http.get("/api/v1/worker/training/courses?skill=ELDERLY_CARE").bearer(worker.token()).send().json();
            assertThat(list.path("items").toString()).as("recommended with the badge the work needs").contains(courseId).contains("徽章");
            assertThat(steps.enrol(worker.token(), courseId).status()).isEqualTo(200);
            JsonNode paper = http.post("/api/v1/worker/training/courses/" + courseId + "/exam-attempts", "").bearer(worker.token()).send()
                    .json();
            Http.Reply passed = http.post("/api/v1/worker/training/exam-attempts/" + paper.path("attemptId").asString() + "/submission",
                    Http.json(answers(paper, true))).bearer(worker.token()).send();
            assertThat(passed.json().path("passed").asBoolean()).as(passed.body()).isTrue();
            assertThat(eligible(worker, Skill.ELDERLY_CARE)).isTrue();
            assertThat(eligible(worker, Skill.PATIENT_CARE)).isTrue();
        } finally {
            assertThat(http.delete(path + "CARE/" + badge).bearer(ops).send().status()).isEqualTo(204);
        }
        assertThat(http.get("/api/v1/admin/training/tier-badge-requirements?size=100").bearer(ops).send().body()).doesNotContain(badge);
    }

    private boolean eligible(Certified worker, Skill skill) {
        return calendar.eligibleWorkers(skill, RegionCode.of("440306"), Set.of()).contains(worker.workerId());
    }
}
