package org.shangmen.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.shangmen.app.support.Await;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import probe.CommunityAddedProbe;

/**
 * An event publication whose listener failed is handed back to it on a schedule by a running instance,
 * without a restart, and its effect happens once; the resubmission holds the cluster lock while it runs.
 */
class PublicationResubmissionTest {

    private static String databaseUrl() {
        String configured = System.getProperty("shangmen.test.db-url", "");
        if (configured.startsWith("jdbc:postgresql")) {
            return configured;
        }
        Path file = Path.of("target", "resubmission-" + UUID.randomUUID(), "shangmen").toAbsolutePath();
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static long incomplete(ConfigurableApplicationContext context, UUID communityId) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%CommunityAddedProbe%' "
                        + "AND serialized_event LIKE ?", Long.class, "%" + communityId + "%");
    }

    @AfterEach
    void healthyAgain() {
        CommunityAddedProbe.FAIL.set(false);
    }

    @Test
    @DisplayName("a listener that failed once is completed by the scheduled resubmission, without a restart, exactly once")
    void failedListenerCompletedWithoutRestart() {
        CommunityAddedProbe.DELIVERED.clear();
        CommunityAddedProbe.ATTEMPTS.set(0);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShangmenApplication.class, CommunityAddedProbe.class)
                .profiles("test", "demo")
                .properties("spring.datasource.url=" + databaseUrl(),
                        "spring.datasource.username=" + System.getProperty("shangmen.test.db-user", "sa"))
                // Command-line arguments outrank the test profile, which keeps the resubmission off for the journeys.
                .run("--server.port=0", "--shangmen.events.resubmission.enabled=true", "--shangmen.events.resubmit-every=PT1S",
                        "--shangmen.events.resubmit-after=PT0S")) {
            assertThat(AopUtils.isAopProxy(app.getBean(PublicationResubmission.class)))
                    .as("the scheduled resubmission runs under the cluster lock").isTrue();
            String name = "重投测试花园-" + UUID.randomUUID().toString().substring(0, 8);
            int before = CommunityAddedProbe.ATTEMPTS.get();
            CommunityAddedProbe.FAIL.set(true);
            UUID id = app.getBean(DefineServiceAreas.class).addCommunity(
                    new DefineServiceAreas.AddCommunity(RegionCode.of("440305"), name, new GeoPoint(22.53, 113.94))).id();
            Await.condition(() -> CommunityAddedProbe.ATTEMPTS.get() > before, "the first, failing delivery");
            CommunityAddedProbe.FAIL.set(false);

            Await.condition(() -> CommunityAddedProbe.DELIVERED.contains(id), "the resubmitted delivery");
            Await.condition(() -> incomplete(app, id) == 0, "the publication to complete");
            assertThat(CommunityAddedProbe.DELIVERED.stream().filter(id::equals)).hasSize(1);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM shedlock WHERE name = 'events-resubmission'", Long.class))
                    .as("the resubmission took the cluster lock").isEqualTo(1);
        }
    }
}
