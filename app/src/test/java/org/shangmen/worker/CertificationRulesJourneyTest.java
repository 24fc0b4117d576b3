package org.shangmen.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
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
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class CertificationRulesJourneyTest {

    private static final RegionCode NANSHAN = RegionCode.of("440305");

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    WorkerJourneys workers;
    @Autowired
    MutableClock clock;
    @Autowired
    WorkerCalendar calendar;

    private static Map<String, Object> rule(List<String> required, int minExperience, boolean backgroundCheck, int graceDays,
                                            OffsetDateTime effectiveFrom) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("requiredDocuments", required);
        rule.put("optionalDocuments", List.of());
        rule.put("minValidCertificates", 1);
        rule.put("minExperienceYears", minExperience);
        rule.put("allowedRegions", List.of());
        rule.put("faceCheck", "MANUAL_ALLOWED");
        rule.put("backgroundCheckRequired", backgroundCheck);
        rule.put("interviewRequired", false);
        rule.put("graceDays", graceDays);
        rule.put("note", "测试规则");
        if (effectiveFrom != null) {
            rule.put("effectiveFrom", effectiveFrom.toString());
        }
        return rule;
    }

    private Http.Reply publish(String token, String skill, Map<String, Object> rule) {
        return http.post("/api/v1/admin/certification-rules/" + skill + "/versions", Http.json(rule)).bearer(token).send();
    }

    private int versionInForce(String token, String skill) {
        for (JsonNode version : http.get("/api/v1/admin/certification-rules/" + skill + "/versions?size=100").bearer(token).send()
                .json().path("items")) {
            if (version.path("inForce").asBoolean()) {
                return version.path("version").asInt();
            }
        }
        throw new AssertionError("no version in force for " + skill);
    }

    private Http.Reply healthCertificate(String token) {
        return http.multipart("/api/v1/worker/certificates", Map.of("type", "HEALTH", "number", "JK-" + UUID.randomUUID().toString()
                        .substring(0, 8), "issuer", "深圳市南山区疾病预防控制中心", "validFrom", "2024-01-01", "validUntil", "2035-12-31"),
                "health.png", WorkerJourneys.png(Color.GREEN)).bearer(token).send();
    }

    @Test
    @DisplayName("A1.1 rules are versions with an effective time; a submission keeps the version in force when it was submitted")
    void versionsAndSnapshots() {
        String ops = journeys.operatorToken("ops");
        JsonNode rules = http.get("/api/v1/admin/certification-rules?size=50").bearer(ops).send().json();
        assertThat(rules.path("items").size()).isGreaterThanOrEqualTo(Skill.values().length);
        JsonNode first = rules.path("items").get(0);
        assertThat(first.path("skillLabel").asString()).isNotBlank();
        assertThat(first.path("faceCheckLabel").asString()).isNotBlank();

        int before = versionInForce(ops, "DEEP_CLEANING");
        // Versions scheduled far ahead may exist beside the one in force: the next number follows the newest.
        int next = http.get("/api/v1/admin/certification-rules/DEEP_CLEANING/versions").bearer(ops).send().json().path("items").get(0)
                .path("version").asInt() + 1;
        OffsetDateTime tomorrow = OffsetDateTime.now(clock).plusDays(1).withOffsetSameInstant(ZoneOffset.ofHours(8));
        Http.Reply scheduled = publish(ops, "DEEP_CLEANING", rule(List.of(), 10, false, 30, tomorrow));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        assertThat(scheduled.json().path("version").asInt()).isEqualTo(next);
        assertThat(scheduled.json().path("inForce").asBoolean()).isFalse();

        // Submitted today: checked against the version in force today (no ten years of experience asked), and it is kept.
        String token = journeys.workerToken();
        Map<String, Object> profile = new HashMap<>(WorkerJourneys.profile("严晓雯", WorkerJourneys.uniqueIdNumber()));
        profile.put("skills", List.of("DEEP_CLEANING"));
        assertThat(http.put("/api/v1/worker/profile", Http.json(profile)).bearer(token).send().status()).isEqualTo(200);
        http.multipart("/api/v1/worker/profile/photo", Map.of(), "me.png", WorkerJourneys.png(Color.PINK)).bearer(token).send();
        assertThat(workers.certificate(token, "JZ-2025-" + UUID.randomUUID().toString().substring(0, 6)).status()).isEqualTo(200);
        Http.Reply submitted = http.post("/api/v1/worker/submission", Http.json(Map.of("manualIdentityCheck", true))).bearer(token).send();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        UUID workerId = workers.workerId(token);
        JsonNode snapshot = http.get("/api/v1/admin/workers/" + workerId + "/certification-rules").bearer(ops).send().json();
        assertThat(snapshot.path("items").get(0).path("version").asInt()).isEqualTo(before);

        JsonNode history = http.get("/api/v1/admin/certification-rules/DEEP_CLEANING/versions").bearer(ops).send().json();
        assertThat(history.path("items").get(0).path("version").asInt()).isEqualTo(next);
        assertThat(history.path("items").get(0).path("effectiveFrom").asString()).endsWith("+08:00");
        JsonNode listed = http.get("/api/v1/admin/certification-rules?size=50").bearer(ops).send().json();
        assertThat(listed.findValues("version").stream().map(JsonNode::asInt).toList()).contains(before, next);
    }

    @Test
    @DisplayName("A1.1 rules are refused with a clear reason when inconsistent, and only ops or superadmin may publish them")
    void refusalsAndPermissions() {
        String ops = journeys.operatorToken("ops");
        OffsetDateTime yesterday = OffsetDateTime.now(clock).minusDays(1);
        Http.Reply past = publish(ops, "APPLIANCE_CLEANING", rule(List.of(), 0, false, 30, yesterday));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.contentType()).startsWith("application/problem+json");
        assertThat(past.json().path("code").asString()).isEqualTo("worker.rule-effective-in-past");

        Map<String, Object> twice = rule(List.of("HEALTH"), 0, false, 30, null);
        twice.put("optionalDocuments", List.of("HEALTH"));
        assertThat(publish(ops, "APPLIANCE_CLEANING", twice).json().path("code").asString()).isEqualTo("worker.rule-document-twice");
        Map<String, Object> face = rule(List.of(), 0, false, 30, null);
        face.put("faceCheck", "SOMETIMES");
        assertThat(publish(ops, "APPLIANCE_CLEANING", face).json().path("code").asString()).isEqualTo("worker.rule-face-check-invalid");
        assertThat(publish(ops, "APPLIANCE_CLEANING", rule(List.of(), 0, false, 0, null)).json().path("code").asString())
                .isEqualTo("worker.rule-grace-out-of-range");

        String auditor = journeys.operatorToken("auditor");
        assertThat(http.get("/api/v1/admin/certification-rules").bearer(auditor).send().status()).isEqualTo(200);
        assertThat(publish(auditor, "APPLIANCE_CLEANING", rule(List.of(), 0, false, 30, null)).status()).isEqualTo(403);
        assertThat(publish(journeys.operatorToken("finance"), "APPLIANCE_CLEANING", rule(List.of(), 0, false, 30, null)).status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/admin/certification-rules").bearer(journeys.workerToken()).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/certification-rules").send().status()).isEqualTo(401);
    }

    @Test
    @DisplayName("A1.1 a stricter rule asks certified workers by a deadline; after it no offers for the skill until supplied and approved")
    void stricterRuleAsksCertifiedWorkers() {
        String ops = journeys.operatorToken("ops");
        WorkerJourneys.Certified carer = workers.certifiedWorker("柳芳华", ops, Map.of("skills", List.of("DAILY_CLEANING", "PATIENT_CARE")));
        assertThat(calendar.eligibleWorkers(Skill.PATIENT_CARE, NANSHAN, Set.of())).contains(carer.workerId());

        Http.Reply stricter = publish(ops, "PATIENT_CARE", rule(List.of("HEALTH"), 0, true, 7, null));
        assertThat(stricter.status()).as(stricter.body()).isEqualTo(201);
        assertThat(stricter.json().path("workersAsked").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stricter.json().path("requiredDocuments").get(0).path("label").asString()).isEqualTo("健康证");

        JsonNode asked = http.get("/api/v1/worker/certification/missing-items").bearer(carer.token()).send().json();
        assertThat(asked.findValues("item").stream().map(JsonNode::asString).toList()).containsExactlyInAnyOrder("document:HEALTH",
                "backgroundCheck");
        assertThat(asked.path("items").get(0).path("itemLabel").asString()).isNotBlank();
        assertThat(asked.path("items").get(0).path("overdue").asBoolean()).isFalse();
        Await.condition(() -> http.get("/api/v1/me/notices").bearer(carer.token()).send().body().contains("请补充认证材料"),
                "the notice asking for the items");
        // Before the deadline, still offered; after it, not for this skill, while other skills are untouched.
        assertThat(calendar.eligibleWorkers(Skill.PATIENT_CARE, NANSHAN, Set.of())).contains(carer.workerId());
        clock.advance(Duration.ofDays(8));
        String token = journeys.passwordSignIn(carer.phone(), Journeys.PASSWORD, false, Journeys.newAddress()).json()
                .path("accessToken").asString();
        ops = journeys.operatorToken("ops");
        assertThat(calendar.eligibleWorkers(Skill.PATIENT_CARE, NANSHAN, Set.of())).doesNotContain(carer.workerId());
        assertThat(calendar.eligibleWorkers(Skill.DAILY_CLEANING, NANSHAN, Set.of())).contains(carer.workerId());

        Http.Reply nothingYet = http.post("/api/v1/worker/certification/missing-items/submission", "").bearer(token).send();
        assertThat(nothingYet.status()).isEqualTo(422);
        assertThat(nothingYet.json().path("code").asString()).isEqualTo("worker.missing-items-unmet");
        assertThat(nothingYet.json().path("detail").asString()).contains("健康证");

        assertThat(healthCertificate(token).status()).isEqualTo(200);
        Http.Reply supplied = http.post("/api/v1/worker/certification/missing-items/submission", "").bearer(token).send();
        assertThat(supplied.status()).as(supplied.body()).isEqualTo(200);
        Http.Reply step = http.post("/api/v1/admin/workers/" + carer.workerId() + "/verification-steps",
                Http.json(Map.of("step", "BACKGROUND_CHECK", "reference", "家政信用查询 2026-1205-001"))).bearer(ops).send();
        assertThat(step.status()).as(step.body()).isEqualTo(204);
        assertThat(calendar.eligibleWorkers(Skill.PATIENT_CARE, NANSHAN, Set.of())).as("not before an operator approves")
                .doesNotContain(carer.workerId());

        assertThat(http.post("/api/v1/admin/workers/" + carer.workerId() + "/missing-items/approval", "")
                .bearer(journeys.operatorToken("auditor")).send().status()).isEqualTo(403);
        Http.Reply approved = http.post("/api/v1/admin/workers/" + carer.workerId() + "/missing-items/approval", "").bearer(ops).send();
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().findValues("state").stream().map(JsonNode::asString).toList()).containsOnly("RESOLVED");
        assertThat(calendar.eligibleWorkers(Skill.PATIENT_CARE, NANSHAN, Set.of())).contains(carer.workerId());

        // A new applicant under the stricter version: the health certificate at submission, the background check before approval.
        WorkerJourneys.Certified applicant = newApplicantUnderStricterRule(ops);
        assertThat(applicant.workerId()).isNotNull();

        // Back to the lenient rule for the rest of the platform's journeys.
        assertThat(publish(ops, "PATIENT_CARE", rule(List.of(), 0, false, 30, null)).status()).isEqualTo(201);
    }

    private WorkerJourneys.Certified newApplicantUnderStricterRule(String ops) {
        String phone = Journeys.newPhone();
        String token = journeys.register(phone, "WORKER", false).path("accessToken").asString();
        Map<String, Object> profile = new HashMap<>(WorkerJourneys.profile("蒋慧玲", WorkerJourneys.uniqueIdNumber()));
        profile.put("skills", List.of("PATIENT_CARE"));
        assertThat(http.put("/api/v1/worker/profile", Http.json(profile)).bearer(token).send().status()).isEqualTo(200);
        http.multipart("/api/v1/worker/profile/photo", Map.of(), "me.png", WorkerJourneys.png(Color.PINK)).bearer(token).send();
        assertThat(workers.certificate(token, "JZ-2025-" + UUID.randomUUID().toString().substring(0, 6)).status()).isEqualTo(200);
        JsonNode draft = http.get("/api/v1/worker/profile").bearer(token).send().json();
        assertThat(draft.path("missingForSubmission").toString()).contains("document:HEALTH");
        assertThat(draft.path("missingForSubmissionLabels").toString()).contains("健康证");
        Http.Reply refused = http.post("/api/v1/worker/submission", Http.json(Map.of("manualIdentityCheck", true))).bearer(token).send();
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("document:HEALTH");

        assertThat(healthCertificate(token).status()).isEqualTo(200);
        Http.Reply submitted = http.post("/api/v1/worker/submission", Http.json(Map.of("manualIdentityCheck", true))).bearer(token).send();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        UUID id = workers.workerId(token);
        Http.Reply early = http.post("/api/v1/admin/workers/" + id + "/approval", "").bearer(ops).send();
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().path("code").asString()).isEqualTo("worker.verification-steps-missing");
        assertThat(http.post("/api/v1/admin/workers/" + id + "/verification-steps",
                Http.json(Map.of("step", "BACKGROUND_CHECK", "reference", "家政信用查询 2026-1205-002"))).bearer(ops).send().status())
                .isEqualTo(204);
        assertThat(http.post("/api/v1/admin/workers/" + id + "/approval", "").bearer(ops).send().status()).isEqualTo(204);
        return new WorkerJourneys.Certified(token, id, phone);
    }
}
