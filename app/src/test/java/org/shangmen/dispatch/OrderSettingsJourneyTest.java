package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class OrderSettingsJourneyTest {

    static final String DISTRICT = "440303";
    static final double LAT = 22.5493;
    static final double LNG = 114.1331;

    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;

    private static Map<String, Object> settings(JsonNode base, int freeCancelMinutes, OffsetDateTime effectiveFrom) {
        Map<String, Object> body = new HashMap<>();
        for (String field : new String[] {"lateFeeBasisPoints", "minimumLateFeeFen", "workerChangeBeforeMinutes", "paymentWindowMinutes",
                "minimumNoticeMinutes", "asapNoticeMinutes", "asapHorizonMinutes", "travelBufferMinutes", "maxJobsPerDay"}) {
            body.put(field, base.path(field).asLong());
        }
        body.put("freeCancelBeforeMinutes", freeCancelMinutes);
        body.put("note", "节假日前放宽免费取消时间");
        if (effectiveFrom != null) {
            body.put("effectiveFrom", effectiveFrom.toString());
        }
        return body;
    }

    private UUID order(String customer) {
        return dispatch.submitted(customer, dispatch.request(DISTRICT, LAT, LNG, DispatchJourneys.tomorrowAt(clock.instant(), 14)));
    }

    private long freeCancelMinutes(String customer, UUID orderId) {
        return dispatch.order(customer, orderId).path("policy").path("freeCancelMinutesBefore").asLong();
    }

    @Test
    @DisplayName("A1.1 order settings take effect at their effective time; an order keeps the policy it was placed under")
    void versionWithEffectiveTime() {
        String ops = journeys.operatorToken("ops");
        dispatch.worker("孔德芬", ops, DISTRICT, LAT, LNG);
        JsonNode current = http.get("/api/v1/admin/order-settings/current").bearer(ops).send().json();
        assertThat(current.path("state").asString()).isEqualTo("IN_FORCE");
        assertThat(current.path("stateLabel").asString()).isEqualTo("生效中");
        int before = current.path("freeCancelBeforeMinutes").asInt();
        // Versions scheduled far ahead may exist beside the one in force: the next number follows the newest.
        int newest = http.get("/api/v1/admin/order-settings/versions").bearer(ops).send().json().path("items").get(0).path("version").asInt();

        OffsetDateTime inAnHour = OffsetDateTime.now(clock).plusHours(1).withOffsetSameInstant(ZoneOffset.ofHours(8));
        Http.Reply scheduled = http.post("/api/v1/admin/order-settings/versions", Http.json(settings(current, before + 60, inAnHour)))
                .bearer(ops).send();
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        assertThat(scheduled.json().path("state").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.json().path("version").asInt()).isEqualTo(newest + 1);
        JsonNode history = http.get("/api/v1/admin/order-settings/versions?size=100").bearer(ops).send().json();
        assertThat(history.path("items").get(0).path("version").asInt()).isEqualTo(scheduled.json().path("version").asInt());
        JsonNode configured = history.path("items").get(history.path("items").size() - 1);
        assertThat(configured.path("version").asInt()).isZero();
        assertThat(configured.path("source").asString()).isEqualTo("CONFIGURATION");

        String phone = Journeys.newPhone();
        String customer = journeys.register(phone, "CUSTOMER", false).path("accessToken").asString();
        UUID placedBefore = order(customer);
        assertThat(freeCancelMinutes(customer, placedBefore)).isEqualTo(before);

        clock.advance(Duration.ofMinutes(61));
        customer = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress()).json().path("accessToken").asString();
        ops = journeys.operatorToken("ops");
        assertThat(http.get("/api/v1/admin/order-settings/current").bearer(ops).send().json().path("freeCancelBeforeMinutes").asInt())
                .isEqualTo(before + 60);
        UUID placedAfter = order(customer);
        assertThat(freeCancelMinutes(customer, placedAfter)).isEqualTo(before + 60);
        assertThat(freeCancelMinutes(customer, placedBefore)).as("the earlier order keeps its policy").isEqualTo(before);

        // Back to what was in force, at once, for the platform's other journeys.
        Http.Reply restored = http.post("/api/v1/admin/order-settings/versions", Http.json(settings(current, before, null)))
                .bearer(ops).send();
        assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        assertThat(restored.json().path("state").asString()).isEqualTo("IN_FORCE");
    }

    @Test
    @DisplayName("A1.2 the audit log keeps the settings in force before an operator's change beside the new version")
    void auditKeepsTheStateBefore() {
        String ops = journeys.operatorToken("ops");
        JsonNode current = http.get("/api/v1/admin/order-settings/current").bearer(ops).send().json();
        Http.Reply published = http.post("/api/v1/admin/order-settings/versions",
                Http.json(settings(current, current.path("freeCancelBeforeMinutes").asInt(), null))).bearer(ops).send();
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        JsonNode entries = http.get("/api/v1/admin/audit?action=order-settings.versions.post&size=100")
                .bearer(journeys.operatorToken("auditor")).send().json().path("items");
        String version = "v" + current.path("version").asInt() + ":";
        assertThat(entries.findValues("beforeState").stream().map(JsonNode::asString).toList())
                .anySatisfy(before -> assertThat(before).startsWith(version).contains("paymentWindow="));
    }

    @Test
    @DisplayName("A1.1 settings out of range or in the past are refused with a clear reason; only ops or superadmin change them")
    void refusalsAndPermissions() {
        String ops = journeys.operatorToken("ops");
        JsonNode current = http.get("/api/v1/admin/order-settings/current").bearer(ops).send().json();
        Map<String, Object> noWindow = settings(current, 120, null);
        noWindow.put("paymentWindowMinutes", 0);
        Http.Reply refused = http.post("/api/v1/admin/order-settings/versions", Http.json(noWindow)).bearer(ops).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asString()).isEqualTo("booking.settings-out-of-range");
        assertThat(refused.json().path("detail").asString()).contains("paymentWindowMinutes");
        Http.Reply past = http.post("/api/v1/admin/order-settings/versions",
                Http.json(settings(current, 120, OffsetDateTime.now(clock).minusDays(1)))).bearer(ops).send();
        assertThat(past.json().path("code").asString()).isEqualTo("booking.settings-effective-in-past");

        String auditor = journeys.operatorToken("auditor");
        assertThat(http.get("/api/v1/admin/order-settings/versions").bearer(auditor).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/order-settings/versions", Http.json(settings(current, 120, null))).bearer(auditor).send()
                .status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/order-settings/current").bearer(journeys.customerToken()).send().status()).isEqualTo(403);
    }
}
