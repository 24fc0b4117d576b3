package org.shangmen.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.worker.WorkerJourneys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A1.2 every operator action is in an append-only audit log that auditors and super administrators read and export. */
@PlatformTest
class AuditLogJourneyTest {

    private static final String ADDRESS = "203.0.113.77";

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    WorkerJourneys workers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("A1.2 a catalogue edit, a penalty and an assignment mode are logged with operator, route, objects, address and masked bodies")
    void operatorActionsAreLogged() {
        String ops = journeys.operatorToken("ops");
        String auditor = journeys.operatorToken("auditor");
        JsonNode me = http.get("/api/v1/auth/me").bearer(ops).send().json();

        // A catalogue edit: a price range, whose answer is the state after the change.
        JsonNode item = http.get("/api/v1/admin/catalogue/items").bearer(ops).send().json().path("items").get(0);
        String itemId = item.path("id").asString();
        Http.Reply range = http.put("/api/v1/admin/catalogue/items/" + itemId + "/price-ranges/440100",
                Http.json(Map.of("minFen", 4_100, "maxFen", 9_900))).bearer(ops).header("X-Forwarded-For", ADDRESS).send();
        assertThat(range.status()).as(range.body()).isEqualTo(200);

        // A penalty whose text carries a phone number and an ID number.
        UUID worker = workers.certifiedWorker("审计甲", ops, Map.of()).workerId();
        Http.Reply penalty = http.post("/api/v1/admin/workers/" + worker + "/penalties", Http.json(Map.of("kind", "WARNING",
                        "reason", "客户 13812345678 投诉迟到", "evidence", "身份证 11010119900307123X 的客户陈述")))
                .bearer(ops).header("X-Forwarded-For", ADDRESS).send();
        assertThat(penalty.status()).as(penalty.body()).isEqualTo(201);

        // An assignment mode for one service item, set and taken back.
        String itemCode = item.path("code").asString();
        Http.Reply mode = http.put("/api/v1/admin/dispatch/modes/ITEM/" + itemCode, Http.json(Map.of("mode", "BROADCAST")))
                .bearer(ops).header("X-Forwarded-For", ADDRESS).send();
        assertThat(mode.status()).as(mode.body()).isEqualTo(200);
        http.delete("/api/v1/admin/dispatch/modes/ITEM/" + itemCode).bearer(ops).header("X-Forwarded-For", ADDRESS).send();

        JsonNode penaltyEntry = only(auditor, "objectId=" + worker + "&action=workers.penalties.post");
        assertThat(penaltyEntry.path("operatorId").asString()).isEqualTo(me.path("id").asString());
        assertThat(penaltyEntry.path("operatorName").asString()).isEqualTo(me.path("username").asString());
        assertThat(penaltyEntry.path("permissions").valueStream().map(JsonNode::asString).toList()).containsExactly("ops");
        assertThat(penaltyEntry.path("method").asString()).isEqualTo("POST");
        assertThat(penaltyEntry.path("route").asString()).isEqualTo("/api/v1/admin/workers/{workerId}/penalties");
        assertThat(penaltyEntry.path("objectIds").path("workerId").asString()).isEqualTo(worker.toString());
        assertThat(penaltyEntry.path("status").asInt()).isEqualTo(201);
        assertThat(penaltyEntry.path("clientAddress").asString()).isEqualTo(ADDRESS);
        assertThat(penaltyEntry.path("occurredAt").asString()).endsWith("+08:00");
        assertThat(penaltyEntry.path("requestBody").asString()).contains("WARNING", "138****5678")
                .doesNotContain("13812345678", "11010119900307123X");

        JsonNode rangeEntry = only(auditor, "objectId=" + itemId + "&action=catalogue.items.price-ranges.put");
        assertThat(rangeEntry.path("route").asString()).isEqualTo("/api/v1/admin/catalogue/items/{itemId}/price-ranges/{regionCode}");
        assertThat(rangeEntry.path("objectIds").path("regionCode").asString()).isEqualTo("440100");
        assertThat(rangeEntry.path("clientAddress").asString()).isEqualTo(ADDRESS);
        assertThat(rangeEntry.path("requestBody").asString()).contains("4100", "9900");
        assertThat(rangeEntry.path("responseBody").asString()).as("the state after the change").contains("9900");

        JsonNode modeEntry = only(auditor, "objectId=" + itemCode + "&action=dispatch.modes.put&operatorId=" + me.path("id").asString());
        assertThat(modeEntry.path("route").asString()).isEqualTo("/api/v1/admin/dispatch/modes/{scope}/{key}");
        assertThat(modeEntry.path("objectIds").path("scope").asString()).isEqualTo("ITEM");
        assertThat(modeEntry.path("requestBody").asString()).contains("BROADCAST");
        assertThat(only(auditor, "objectId=" + itemCode + "&action=dispatch.modes.delete&operatorId=" + me.path("id").asString())
                .path("status").asInt()).isEqualTo(204);

        // What is stored, not only what is shown, has neither the phone nor the ID number.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin.audit_entry WHERE request_body LIKE '%13812345678%' "
                + "OR request_body LIKE '%11010119900307123X%' OR response_body LIKE '%13812345678%'", Long.class)).isZero();
    }

    @Test
    @DisplayName("A1.2 an operator's new password is never stored in the audit log, and a refused action is logged too")
    void secretsAreRemovedAndRefusalsLogged() {
        String superadmin = journeys.operatorToken("superadmin");
        String name = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply created = http.post("/api/v1/admin/operators", Http.json(Map.of("username", name,
                "initialPassword", "Mi-Ma-Bu-Ji-Lu-9", "permissions", java.util.List.of("finance")))).bearer(superadmin).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String ops = journeys.operatorToken("ops");
        Http.Reply refused = http.post("/api/v1/admin/operators", Http.json(Map.of("username", name + "x",
                "initialPassword", "Mi-Ma-Bu-Ji-Lu-9", "permissions", java.util.List.of("ops")))).bearer(ops).send();
        assertThat(refused.status()).isEqualTo(403);

        JsonNode entries = http.get("/api/v1/admin/audit?action=operators.post&size=100").bearer(superadmin).send().json();
        assertThat(entries.path("items").valueStream().filter(e -> e.path("requestBody").asString().contains(name)).toList())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.path("requestBody").asString()).doesNotContain("Mi-Ma-Bu-Ji-Lu-9").contains("[removed]"))
                .anySatisfy(e -> assertThat(e.path("status").asInt()).isEqualTo(403));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin.audit_entry WHERE request_body LIKE '%Mi-Ma-Bu-Ji-Lu-9%'",
                Long.class)).isZero();
    }

    @Test
    @DisplayName("A1.2 only auditors and super administrators read the audit log, in the platform's page shape")
    void readingNeedsAuditorOrSuperadmin() {
        for (String permission : new String[] {"ops", "finance"}) {
            String token = journeys.operatorToken(permission);
            assertThat(http.get("/api/v1/admin/audit").bearer(token).send().status()).as(permission).isEqualTo(403);
            assertThat(http.get("/api/v1/admin/audit/export?format=csv").bearer(token).send().status()).as(permission).isEqualTo(403);
        }
        assertThat(http.get("/api/v1/admin/audit").bearer(journeys.customerToken()).send().status()).isEqualTo(403);
        for (String permission : new String[] {"auditor", "superadmin"}) {
            Http.Reply page = http.get("/api/v1/admin/audit?page=0&size=5").bearer(journeys.operatorToken(permission)).send();
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode json = page.json();
            assertThat(json.has("items") && json.has("page") && json.has("size") && json.has("total")).isTrue();
            assertThat(json.path("size").asInt()).isEqualTo(5);
            assertThat(json.path("total").asLong()).isPositive();
        }
    }

    @Test
    @DisplayName("A1.2 the audit log exports as CSV and as an Excel workbook; another format is a 400 problem")
    void exports() {
        String ops = journeys.operatorToken("ops");
        UUID worker = workers.certifiedWorker("审计乙", ops, Map.of()).workerId();
        String auditor = journeys.operatorToken("auditor");

        Http.Reply csv = http.get("/api/v1/admin/audit/export?format=csv&objectId=" + worker).bearer(auditor).send();
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("occurred_at,operator_id", "/api/v1/admin/workers/{workerId}/approval", worker.toString());

        Http.Reply xlsx = http.get("/api/v1/admin/audit/export?format=xlsx").bearer(auditor).send();
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        Http.Reply bad = http.get("/api/v1/admin/audit/export?format=pdf").bearer(auditor).send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("A1.2 the database refuses to update or delete an audit entry")
    void appendOnly() {
        String ops = journeys.operatorToken("ops");
        workers.certifiedWorker("审计丙", ops, Map.of());
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM admin.audit_entry", Long.class);
        assertThat(before).isPositive();

        assertThatThrownBy(() -> jdbc.update("UPDATE admin.audit_entry SET status = 200, client_address = '127.0.0.1'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM admin.audit_entry"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin.audit_entry", Long.class)).isGreaterThanOrEqualTo(before);
    }

    @Test
    @DisplayName("A1.2 the audit log keeps a price range and the commission rules of a scope as they stood before an operator's change")
    void auditKeepsPricesAndCommissionBefore() {
        String ops = journeys.operatorToken("ops");
        String auditor = journeys.operatorToken("auditor");
        String itemId = http.get("/api/v1/admin/catalogue/items").bearer(ops).send().json().path("items").get(1).path("id").asString();
        for (int max : new int[] {6_600, 7_000}) {
            Http.Reply range = http.put("/api/v1/admin/catalogue/items/" + itemId + "/price-ranges/440303",
                    Http.json(Map.of("minFen", 3_300, "maxFen", max))).bearer(ops).send();
            assertThat(range.status()).as(range.body()).isEqualTo(200);
        }
        java.util.List<String> rangesBefore = http.get("/api/v1/admin/audit?objectId=" + itemId
                        + "&action=catalogue.items.price-ranges.put&size=100").bearer(auditor).send().json().path("items")
                .findValues("beforeState").stream().map(JsonNode::asString).toList();
        assertThat(rangesBefore).contains("priceRange 440303 minFen=3300 maxFen=6600");

        String finance = journeys.operatorToken("finance");
        String code = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        for (int rate : new int[] {1_500, 1_200}) {
            Http.Reply rule = http.post("/api/v1/admin/billing/commission-rules", Http.json(Map.of("itemCode", code, "rateBp", rate,
                    "validFrom", "2026-01-01T00:00:00+08:00"))).bearer(finance).send();
            assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        }
        java.util.List<String> rulesBefore = http.get("/api/v1/admin/audit?action=billing.commission-rules.post&size=100")
                .bearer(auditor).send().json().path("items").findValues("beforeState").stream().map(JsonNode::asString)
                .filter(b -> b.contains(code)).toList();
        assertThat(rulesBefore).hasSize(2).anySatisfy(b -> assertThat(b).endsWith(": []"))
                .anySatisfy(b -> assertThat(b).contains("1500bp from 2025-12-31T16:00:00Z"));
    }

    private JsonNode only(String auditor, String query) {
        Http.Reply reply = http.get("/api/v1/admin/audit?" + query).bearer(auditor).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode items = reply.json().path("items");
        assertThat(items.size()).as(reply.body()).isEqualTo(1);
        assertThat(reply.json().path("total").asLong()).isEqualTo(1);
        return items.get(0);
    }
}
