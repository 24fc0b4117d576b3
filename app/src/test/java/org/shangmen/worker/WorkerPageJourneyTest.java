package org.shangmen.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.shangmen.worker.api.WorkerDirectory;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** C3.2 a worker's public page and search row, with her photo and every code labelled. Liwan, Guangzhou (440103). */
@PlatformTest
class WorkerPageJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    DefineServiceAreas areas;
    @Autowired
    WorkerDirectory directory;
    @Autowired
    Http http;
    GuangzhouSteps steps;

    @BeforeEach
    void setUp() {
        steps = new GuangzhouSteps(http, operators, areas, "440103", "荔湾区", 23.1259, 113.2442);
    }

    @Test
    @DisplayName("C3.2 a certified worker's public page: public fields, labelled skills, certificates and districts, rating, "
            + "completed orders and a photo link an image tag loads; in English on request")
    void publicPage() {
        Certified worker = steps.worker("梁翠英");
        Http.Reply reply = http.get("/api/v1/public/workers/" + worker.workerId()).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.path("realName").asString()).isEqualTo("梁翠英");
        assertThat(page.path("skills").get(0).path("code").asString()).isEqualTo("DAILY_CLEANING");
        assertThat(page.path("skills").get(0).path("label").asString()).isEqualTo("日常保洁");
        assertThat(page.path("certificates").get(0).path("code").asString()).isEqualTo("HOUSEKEEPER");
        assertThat(page.path("certificates").get(0).path("label").asString()).isEqualTo("家政服务员证");
        assertThat(page.path("districts").get(0).path("code").asString()).isEqualTo("440103");
        assertThat(page.path("districts").get(0).path("label").asString()).isEqualTo("荔湾区");
        assertThat(page.path("genderLabel").asString()).isNotBlank();
        assertThat(page.path("ratingCount").asInt()).isZero();
        assertThat(page.path("completedOrders").asInt()).isZero();
        assertThat(page.has("ratingTenths")).isTrue();
        assertThat(page.toString()).doesNotContain("idNumber", "maskedIdNumber", "phone", "homeLatitude", "birthYear");
        assertLoads(page.path("photoUrl").asString());

        JsonNode english = http.get("/api/v1/public/workers/" + worker.workerId()).header("Accept-Language", "en").send().json();
        assertThat(english.path("skills").get(0).path("label").asString()).isEqualTo("Daily cleaning");
        assertThat(english.path("certificates").get(0).path("label").asString()).isEqualTo("Housekeeper certificate");

        Http.Reply unknown = http.get("/api/v1/public/workers/" + UUID.randomUUID()).send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asString()).isEqualTo("worker.not-found");
        String draft = new Journeys(http).workerToken();
        UUID draftId = new WorkerJourneys(http).workerId(draft);
        assertThat(http.get("/api/v1/public/workers/" + draftId).send().status()).as("not certified, no page").isEqualTo(404);
    }

    @Test
    @DisplayName("C3.2 search rows and the worker card other modules read carry the photo link; rows label their codes")
    void searchRowsAndCards() {
        Certified worker = steps.worker("邓秀兰");
        JsonNode row = null;
        for (JsonNode r : http.get("/api/v1/public/workers?district=440103&size=100").send().json().path("items")) {
            if (worker.workerId().toString().equals(r.path("accountId").asString())) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("skillLabels").get(0).asString()).isEqualTo("日常保洁");
        assertThat(row.path("districtNames").get(0).asString()).isEqualTo("荔湾区");
        assertThat(row.path("certificateLabels").get(0).asString()).isEqualTo("家政服务员证");
        assertLoads(row.path("photoUrl").asString());
        assertLoads(directory.card(worker.workerId()).orElseThrow().photoUrl().orElseThrow());
    }

    @Test
    @DisplayName("W1.2 the worker's own profile labels its certification, standing and work state and names what is missing like the request's fields")
    void ownProfileLabels() {
        String draft = new Journeys(http).workerToken();
        JsonNode profile = http.get("/api/v1/worker/profile").bearer(draft).send().json();
        assertThat(profile.path("workState").asString()).isEqualTo("RESTING");
        assertThat(profile.path("workStateLabel").asString()).isEqualTo("休息中");
        assertThat(profile.path("certificationLabel").asString()).isEqualTo("填写资料中");
        assertThat(profile.path("standingLabel").asString()).isEqualTo("正常");
        assertThat(profile.path("missingForSubmission").toString()).contains("\"districts\"", "\"hourlyRateFen\"")
                .doesNotContain("serviceArea", "\"hourlyRate\"");
        int districts = indexOf(profile.path("missingForSubmission"), "districts");
        assertThat(profile.path("missingForSubmissionLabels").get(districts).asString()).isEqualTo("服务区域");
        JsonNode english = http.get("/api/v1/worker/profile").bearer(draft).header("Accept-Language", "en").send().json();
        assertThat(english.path("workStateLabel").asString()).isEqualTo("Resting");
        assertThat(english.path("certificationLabel").asString()).isEqualTo("Filling in the profile");
        assertThat(english.path("missingForSubmissionLabels").get(districts).asString()).isEqualTo("Service area");

        Certified working = steps.worker("黎美玲");
        JsonNode certified = http.get("/api/v1/worker/profile").bearer(working.token()).send().json();
        assertThat(certified.path("workStateLabel").asString()).isEqualTo("接单中");
        assertThat(certified.path("certificationLabel").asString()).isEqualTo("已认证");
        assertThat(certified.path("skillLabels").path("DAILY_CLEANING").asString()).isEqualTo("日常保洁");
        assertThat(certified.path("certificateLabels").path("HOUSEKEEPER").asString()).isEqualTo("家政服务员证");
        assertThat(certified.path("districtNames").path("440103").asString()).isEqualTo("荔湾区");
    }

    private static int indexOf(JsonNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (value.equals(array.get(i).asString())) {
                return i;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    /** The signed link loads the picture without a token, as an image tag would. */
    private void assertLoads(String url) {
        assertThat(url).contains("signature=");
        URI link = URI.create(url);
        Http.Reply image = http.get(link.getRawPath() + "?" + link.getRawQuery()).send();
        assertThat(image.status()).as(url).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/");
    }
}
