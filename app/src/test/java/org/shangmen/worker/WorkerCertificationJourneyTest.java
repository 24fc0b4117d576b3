package org.shangmen.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PlatformTest
class WorkerCertificationJourneyTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.shangmen.app.support.MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    WorkerJourneys workers;

    private Http.Reply certificate(String token, String number) {
        return workers.certificate(token, number);
    }

    private String submittedWorker(String name) {
        return workers.submittedWorker(name);
    }

    private UUID workerId(String token) {
        return workers.workerId(token);
    }

    private static byte[] png(Color color) {
        return WorkerJourneys.png(color);
    }

    private static String idNumber() {
        return WorkerJourneys.idNumber();
    }

    private static Map<String, Object> profile(String name, String id) {
        return WorkerJourneys.profile(name, id);
    }

    @Test
    @DisplayName("W1.2 A2.1 register → profile → upload → face check → submit → reject → fix → approve → may take orders")
    void certificationJourney() {
        String token = journeys.workerToken();
        JsonNode draft = http.get("/api/v1/worker/profile").bearer(token).send().json();
        assertThat(draft.path("certification").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("missingForSubmission").toString()).contains("realName", "photo", "certificates", "faceCheck");

        String id = idNumber();
        Http.Reply saved = http.put("/api/v1/worker/profile", Http.json(profile("王小梅", id))).bearer(token).send();
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("maskedIdNumber").asString()).startsWith("4403").doesNotContain(id.substring(6, 14));
        assertThat(saved.body()).doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT id_number_cipher FROM worker.worker WHERE real_name = '王小梅' AND account_id = ?",
                String.class, UUID.fromString(saved.json().path("workerId").asString()))).doesNotContain(id);

        Http.Reply early = http.post("/api/v1/worker/submission", "{}").bearer(token).send();
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().path("code").asString()).isEqualTo("worker.profile-incomplete");
        assertThat(early.json().path("detail").asString()).contains("photo", "certificates", "faceCheck");

        Http.Reply notAnImage = http.multipart("/api/v1/worker/profile/photo", Map.of(), "me.jpg", "hello, not a picture".getBytes())
                .bearer(token).send();
        assertThat(notAnImage.status()).isEqualTo(400);
        assertThat(notAnImage.json().path("code").asString()).isEqualTo("worker.upload-type");
        JsonNode withPhoto = http.multipart("/api/v1/worker/profile/photo", Map.of(), "me.png", png(Color.PINK)).bearer(token).send().json();
        assertThat(withPhoto.path("photoDocumentId").asString()).isNotBlank();
        JsonNode withCertificate = certificate(token, "JZ-2024-000123").json();
        assertThat(withCertificate.path("certificates").get(0).path("maskedNumber").asString()).isEqualTo("**********0123");

        Http.Reply noConsent = http.multipart("/api/v1/worker/face-check", Map.of(), "live.png", png(Color.ORANGE)).bearer(token).send();
        assertThat(noConsent.json().path("code").asString()).isEqualTo("worker.face-consent-required");
        http.post("/api/v1/worker/face-check/consent", "").bearer(token).send();
        JsonNode checked = http.multipart("/api/v1/worker/face-check", Map.of(), "live.png", png(Color.ORANGE)).bearer(token).send().json();
        assertThat(checked.path("faceVerifiedAt").asString()).isNotBlank();

        JsonNode submitted = http.post("/api/v1/worker/submission", "{}").bearer(token).send().json();
        assertThat(submitted.path("certification").asString()).isEqualTo("SUBMITTED");
        assertThat(http.put("/api/v1/worker/profile", Http.json(profile("王小梅", id))).bearer(token).send().json().path("code").asString())
                .isEqualTo("worker.under-review");

        String ops = journeys.operatorToken("ops");
        UUID worker = workerId(token);
        JsonNode queue = http.get("/api/v1/admin/workers/applications?size=100").bearer(ops).send().json();
        assertThat(queue.path("items").findValuesAsString("workerId")).contains(worker.toString());
        JsonNode application = http.get("/api/v1/admin/workers/" + worker).bearer(ops).send().json();
        assertThat(application.path("maskedIdNumber").asString()).doesNotContain(id.substring(6, 14));
        assertThat(application.path("history").get(0).path("decision").asString()).isEqualTo("SUBMITTED");
        String documentId = application.path("certificates").get(0).path("documentId").asString();
        String link = http.get("/api/v1/admin/workers/" + worker + "/documents/" + documentId + "/link").bearer(ops).send()
                .json().path("url").asString();
        Http.Reply file = http.get(link.replaceFirst("^https?://[^/]+", "")).send();
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("image/png");
        assertThat(http.get(link.replaceFirst("^https?://[^/]+", "").replaceAll("signature=[^&]+", "signature=AAAA")).send().status())
                .isIn(403, 404);

        assertThat(http.post("/api/v1/admin/workers/" + worker + "/rejection", Http.json(Map.of("reason", "证书照片不清晰,请重新上传")))
                .bearer(ops).send().status()).isEqualTo(204);
        JsonNode rejected = http.get("/api/v1/worker/profile").bearer(token).send().json();
        assertThat(rejected.path("certification").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("rejectionReason").asString()).isEqualTo("证书照片不清晰,请重新上传");
        certificate(token, "JZ-2024-000456");
        assertThat(http.post("/api/v1/worker/submission", "{}").bearer(token).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/workers/" + worker + "/approval", "").bearer(ops).send().status()).isEqualTo(204);
        JsonNode approved = http.get("/api/v1/worker/profile").bearer(token).send().json();
        assertThat(approved.path("certification").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("mayTakeOrders").asBoolean()).isTrue();
        JsonNode history = http.get("/api/v1/admin/workers/" + worker).bearer(ops).send().json().path("history");
        assertThat(history.findValuesAsString("decision")).containsExactly("SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED");
        assertThat(http.put("/api/v1/worker/work-state", Http.json(Map.of("state", "WORKING"))).bearer(token).send().status()).isEqualTo(200);

        // C3.1: once certified, customers find her by pinyin initials in her district, with public fields only.
        Http.Reply found = http.get("/api/v1/public/workers?keyword=wxm&district=440305&size=100").send();
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().path("items").findValuesAsString("accountId")).contains(worker.toString());
        assertThat(found.body()).doesNotContain(id, id.substring(6, 14));
    }

    @Test
    @DisplayName("W1.1 W1.2 a new worker account becomes an uncertified draft worker by itself, before it ever opens its profile")
    void workerAccountOpensDraft() throws InterruptedException {
        String phone = Journeys.newPhone();
        UUID account = UUID.fromString(journeys.register(phone, "WORKER", false).path("accountId").asString());
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        String certification = null;
        while (certification == null && System.nanoTime() < deadline) {
            certification = jdbc.query("SELECT certification FROM worker.worker WHERE account_id = ?",
                    rs -> rs.next() ? rs.getString(1) : null, account);
            Thread.sleep(50);
        }
        assertThat(certification).isEqualTo("DRAFT");
        UUID customer = UUID.fromString(journeys.register(Journeys.newPhone(), "CUSTOMER", false).path("accountId").asString());
        Thread.sleep(300);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker.worker WHERE account_id = ?", Long.class, customer)).isZero();
    }

    @Test
    @DisplayName("A2.1 a suspension stops order-taking until its end; an appeal overturned restores it; removal ends it")
    void penalties() {
        String token = submittedWorker("李桂兰");
        UUID worker = workerId(token);
        String ops = journeys.operatorToken("ops");
        http.post("/api/v1/admin/workers/" + worker + "/approval", "").bearer(ops).send();

        Http.Reply noEvidence = http.post("/api/v1/admin/workers/" + worker + "/penalties", Http.json(Map.of("kind", "WARNING",
                "reason", "迟到", "evidence", ""))).bearer(ops).send();
        assertThat(noEvidence.json().path("code").asString()).isEqualTo("worker.evidence-required");
        String until = clock.instant().plus(java.time.Duration.ofDays(3)).atOffset(ZoneOffset.ofHours(8)).toString();
        JsonNode suspension = http.post("/api/v1/admin/workers/" + worker + "/penalties", Http.json(Map.of("kind", "SUSPENSION",
                "reason", "一周内两次迟到超过一小时", "evidence", "订单 A 与订单 B 的客户投诉", "suspendedUntil", until))).bearer(ops).send().json();
        assertThat(suspension.path("kind").asString()).isEqualTo("SUSPENSION");
        assertThat(http.get("/api/v1/public/workers?keyword=lgl&size=100").send().json().path("items").findValuesAsString("accountId"))
                .as("suspended workers do not appear in search").doesNotContain(worker.toString());
        JsonNode suspended = http.get("/api/v1/worker/profile").bearer(token).send().json();
        assertThat(suspended.path("standing").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.path("mayTakeOrders").asBoolean()).isFalse();
        assertThat(http.put("/api/v1/worker/work-state", Http.json(Map.of("state", "WORKING"))).bearer(token).send().json()
                .path("code").asString()).isEqualTo("worker.not-eligible");

        String penaltyId = suspension.path("id").asString();
        assertThat(http.post("/api/v1/worker/penalties/" + penaltyId + "/appeal", Http.json(Map.of("statement", "当天遇到地铁故障,已提前告知客户")))
                .bearer(token).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/worker/penalties/" + penaltyId + "/appeal", Http.json(Map.of("statement", "再补充一些说明内容")))
                .bearer(token).send().status()).isEqualTo(409);
        assertThat(http.get("/api/v1/admin/workers/appeals").bearer(ops).send().json().path("items").findValuesAsString("id")).contains(penaltyId);
        JsonNode decided = http.post("/api/v1/admin/workers/penalties/" + penaltyId + "/appeal-decision",
                Http.json(Map.of("overturn", true, "reason", "经核实属实"))).bearer(ops).send().json();
        assertThat(decided.path("appealOutcome").asString()).isEqualTo("OVERTURNED");
        assertThat(http.get("/api/v1/worker/profile").bearer(token).send().json().path("mayTakeOrders").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/public/workers?keyword=lgl&size=100").send().json().path("items").findValuesAsString("accountId"))
                .as("reinstated by the appeal").contains(worker.toString());

        http.post("/api/v1/admin/workers/" + worker + "/penalties", Http.json(Map.of("kind", "REMOVAL",
                "reason", "严重违规", "evidence", "客户财物损失投诉,已核实"))).bearer(ops).send();
        JsonNode removed = http.get("/api/v1/worker/profile").bearer(token).send().json();
        assertThat(removed.path("standing").asString()).isEqualTo("REMOVED");
        assertThat(removed.path("mayTakeOrders").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/public/workers?keyword=lgl&size=100").send().json().path("items").findValuesAsString("accountId"))
                .as("removed workers do not appear in search").doesNotContain(worker.toString());
        assertThat(http.get("/api/v1/worker/penalties").bearer(token).send().json().path("items")).hasSize(2);
    }

    @Test
    @DisplayName("A2.1 W1.2 who may do what: another worker cannot read someone's documents; finance cannot review; customers cannot enter")
    void permissions() {
        String owner = submittedWorker("张秀英");
        String other = journeys.workerToken();
        String documentId = http.get("/api/v1/worker/profile").bearer(owner).send().json().path("photoDocumentId").asString();
        assertThat(http.get("/api/v1/worker/documents/" + documentId + "/link").bearer(owner).send().status()).isEqualTo(200);
        Http.Reply stranger = http.get("/api/v1/worker/documents/" + documentId + "/link").bearer(other).send();
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(http.get("/api/v1/worker/documents/" + documentId + "/link").bearer(journeys.customerToken()).send().status())
                .isEqualTo(403);
        UUID worker = workerId(owner);
        String finance = journeys.operatorToken("finance");
        assertThat(http.post("/api/v1/admin/workers/" + worker + "/approval", "").bearer(finance).send().status()).isEqualTo(403);
        String auditor = journeys.operatorToken("auditor");
        assertThat(http.get("/api/v1/admin/workers/" + worker).bearer(auditor).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/workers/" + worker + "/approval", "").bearer(auditor).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/workers/" + UUID.randomUUID()).bearer(auditor).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/admin/workers/not-an-id").bearer(auditor).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/worker/profile").send().status()).isEqualTo(401);
    }

    @Test
    @DisplayName("W1.2 bad profiles and uploads are refused with clear problems and change nothing")
    void badInput() {
        String token = journeys.workerToken();
        Map<String, Object> badId = new java.util.HashMap<>(profile("王小梅", idNumber()));
        badId.put("idNumber", "440305199001011234");
        assertThat(http.put("/api/v1/worker/profile", Http.json(badId)).bearer(token).send().json().path("code").asString())
                .isIn("worker.id-number-invalid");
        Map<String, Object> notServed = new java.util.HashMap<>(profile("王小梅", idNumber()));
        notServed.put("districts", List.of("110101"));
        assertThat(http.put("/api/v1/worker/profile", Http.json(notServed)).bearer(token).send().json().path("code").asString())
                .isIn("worker.district-not-served");
        Map<String, Object> cheap = new java.util.HashMap<>(profile("王小梅", idNumber()));
        cheap.put("hourlyRateFen", 100);
        assertThat(http.put("/api/v1/worker/profile", Http.json(cheap)).bearer(token).send().json().path("code").asString())
                .isEqualTo("worker.rate-out-of-range");
        assertThat(http.put("/api/v1/worker/profile", "{\"skills\":[\"JUGGLING\"]}").bearer(token).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/worker/profile").bearer(token).send().json().path("realName").isMissingNode()
                || http.get("/api/v1/worker/profile").bearer(token).send().json().path("realName").isNull()).isTrue();
        Http.Reply gif = http.multipart("/api/v1/worker/profile/photo", Map.of(), "a.gif", "GIF89a....".getBytes()).bearer(token).send();
        assertThat(gif.json().path("code").asString()).isEqualTo("worker.upload-type");
        Http.Reply empty = http.multipart("/api/v1/worker/profile/photo", Map.of(), "a.png", new byte[0]).bearer(token).send();
        assertThat(empty.status()).isEqualTo(400);
    }
}
