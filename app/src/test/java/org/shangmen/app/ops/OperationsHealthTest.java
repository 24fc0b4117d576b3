package org.shangmen.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.kernel.Zones;
import org.shangmen.provider.ProviderFailure;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A1.2 the operators' health view and its gauges, and the backups reported by an outside job. */
@PlatformTest
class OperationsHealthTest {

    private static final String HEALTH = "/api/v1/admin/ops/health";

    @Autowired
    Http http;

    @Autowired
    Journeys journeys;

    @Autowired
    ProviderGuards providers;

    @Autowired
    Clock clock;

    @Test
    @DisplayName("A1.2 only superadmin and auditor read the health view; customers, workers and ops get 403")
    void permissions() {
        assertThat(http.get(HEALTH).send().status()).isEqualTo(401);
        for (String token : new String[] {journeys.customerToken(), journeys.workerToken(), journeys.operatorToken("ops"),
                journeys.operatorToken("finance")}) {
            Http.Reply refused = http.get(HEALTH).bearer(token).send();
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(http.post("/api/v1/admin/ops/backups", "").bearer(token).send().status()).isEqualTo(403);
            assertThat(http.get("/api/v1/admin/ops/backups").bearer(token).send().status()).isEqualTo(403);
        }
        String auditor = journeys.operatorToken("auditor");
        assertThat(http.get(HEALTH).bearer(auditor).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/ops/backups", "").bearer(auditor).send().status()).isEqualTo(403);
        assertThat(http.get(HEALTH).bearer(journeys.operatorToken("superadmin")).send().status()).isEqualTo(200);
    }

    @Test
    @DisplayName("A1.2 the health view shows the database, disk space, outstanding events, scheduled jobs, circuits and the backup's age")
    void figures() {
        String auditor = journeys.operatorToken("auditor");
        JsonNode health = Await.value(() -> {
            JsonNode h = http.get(HEALTH).bearer(auditor).send().json();
            return h.path("jobs").isEmpty() ? null : h;
        }, "a scheduled job's first run");

        assertThat(OffsetDateTime.parse(health.path("checkedAt").asString()).getOffset()).isEqualTo(Zones.CHINA.getRules()
                .getOffset(Instant.now()));
        assertThat(health.path("database").path("up").asBoolean()).isTrue();
        assertThat(health.path("database").path("latencyMillis").asLong()).isBetween(0L, 10_000L);
        assertThat(health.path("database").path("product").asString()).isIn("H2", "PostgreSQL");
        assertThat(health.path("folders").findValuesAsString("name"))
                .contains("documents", "order-media", "message-media", "complaint-media", "training", "backups");
        for (JsonNode folder : health.path("folders")) {
            assertThat(folder.path("totalBytes").asLong()).as(folder.toString()).isPositive();
            assertThat(folder.path("usableBytes").asLong()).as(folder.toString())
                    .isBetween(0L, folder.path("totalBytes").asLong());
        }
        assertThat(health.path("eventPublications").path("outstanding").asLong()).isNotNegative();
        JsonNode job = health.path("jobs").get(0);
        assertThat(job.path("name").asString()).contains(".");
        assertThat(job.path("runs").asLong()).isPositive();
        assertThat(OffsetDateTime.parse(job.path("lastRunAt").asString())).isNotNull();
        assertThat(health.path("backups").path("mode").asString()).isIn("EMBEDDED", "EXTERNAL");
    }

    @Test
    @DisplayName("A1.2 a failing provider shows its circuit open in the health view and in the metrics")
    void failingProviderOpensItsCircuit() {
        String name = "ops-check-" + UUID.randomUUID().toString().substring(0, 8);
        ProviderGuard guard = providers.guard(name);
        for (int i = 0; i < 10 && guard.breaker().getState().name().equals("CLOSED"); i++) {
            try {
                guard.call(() -> {
                    throw ProviderFailure.permanent("down");
                });
            } catch (RuntimeException expected) {
                // the provider is down
            }
        }
        JsonNode health = http.get(HEALTH).bearer(journeys.operatorToken("auditor")).send().json();
        JsonNode circuit = null;
        for (JsonNode c : health.path("circuits")) {
            if (name.equals(c.path("provider").asString())) {
                circuit = c;
            }
        }
        assertThat(circuit).as("the circuit of " + name).isNotNull();
        assertThat(circuit.path("state").asString()).isEqualTo("OPEN");
        assertThat(circuit.path("failureRatePercent").asDouble()).isEqualTo(100.0);

        String scrape = http.get("/actuator/prometheus").send().body();
        assertThat(scrape).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"" + name + "\"[^}]*state=\"open\"[^}]*} 1(\\.0)?")
                .contains("shangmen_db_up 1", "shangmen_events_outstanding", "shangmen_backup_age_seconds",
                        "shangmen_disk_usable_bytes{folder=\"documents\"}", "shangmen_job_last_run_timestamp_seconds{job=");
    }

    @Test
    @DisplayName("A1.2 a backup reported by the outside job is listed as the newest, with its age; a bad report gets a 400")
    void externalBackupReported() {
        String superadmin = journeys.operatorToken("superadmin");
        Instant now = clock.instant().isBefore(Instant.now()) ? clock.instant() : Instant.now();
        OffsetDateTime takenAt = now.minus(Duration.ofHours(2)).atZone(Zones.CHINA).toOffsetDateTime().withNano(0);
        String label = "pg_dump nightly " + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply reported = http.post("/api/v1/admin/ops/backups/external",
                Http.json(Map.of("takenAt", takenAt.toString(), "label", label))).bearer(superadmin).send();
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(reported.json().path("label").asString()).isEqualTo(label);

        JsonNode backups = http.get(HEALTH).bearer(superadmin).send().json().path("backups");
        assertThat(backups.path("lastLabel").asString()).isEqualTo(label);
        assertThat(OffsetDateTime.parse(backups.path("lastSucceededAt").asString()).toInstant()).isEqualTo(takenAt.toInstant());
        assertThat(backups.path("ageSeconds").asLong()).isGreaterThanOrEqualTo(2 * 3600L);

        Http.Reply missing = http.post("/api/v1/admin/ops/backups/external", Http.json(Map.of("label", "x")))
                .bearer(superadmin).send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(http.post("/api/v1/admin/ops/backups/external", Http.json(Map.of("takenAt", takenAt.toString(), "label", label)))
                .bearer(journeys.operatorToken("auditor")).send().status()).isEqualTo(403);
    }

    @Test
    @DisplayName("A1.2 on a database the platform does not back up itself, a backup now is refused with what to do instead")
    void backupOfAnExternalDatabaseRefused() {
        Http.Reply refused = http.post("/api/v1/admin/ops/backups", "").bearer(journeys.operatorToken("superadmin")).send();
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asString()).isEqualTo("ops.backup-external");
        assertThat(refused.json().path("detail").asString()).contains("pg_dump");
        assertThat(http.get("/api/v1/admin/ops/backups").bearer(journeys.operatorToken("superadmin")).send().json().path("items").isArray())
                .isTrue();
    }
}
