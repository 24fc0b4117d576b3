package org.shangmen.app;

import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.application.port.in.BrowseServiceAreas;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.shangmen.worker.domain.Community;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import probe.CommunityAddedProbe;

/**
 * The embedded run keeps its data across restarts, and the event publication registry resubmits an
 * event whose listener did not finish: after the restart the effect happens exactly once.
 */
class EventRegistryRestartTest {

    private static String databaseUrl() {
        String configured = System.getProperty("shangmen.test.db-url", "");
        if (configured.startsWith("jdbc:postgresql")) {
            return configured;
        }
        Path file = Path.of("target", "restart-" + UUID.randomUUID(), "shangmen").toAbsolutePath();
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(ShangmenApplication.class, CommunityAddedProbe.class)
                .profiles("test", "demo")
                .properties("spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getProperty("shangmen.test.db-user", "sa"))
                .run("--server.port=0"); // a command-line argument outranks application.yml's server.port
    }

    private static long incomplete(ConfigurableApplicationContext context, UUID communityId) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%CommunityAddedProbe%' "
                        + "AND serialized_event LIKE ?", Long.class, "%" + communityId + "%");
    }

    @Test
    @DisplayName("a listener interrupted before it finished runs exactly once after a restart, and the data is still there")
    void resubmittedOnRestart() throws Exception {
        String url = databaseUrl();
        String name = "重启测试花园-" + UUID.randomUUID().toString().substring(0, 8);
        Community added;
        CommunityAddedProbe.DELIVERED.clear();
        CommunityAddedProbe.ATTEMPTS.set(0);
        CommunityAddedProbe.FAIL.set(true);
        try (ConfigurableApplicationContext first = start(url)) {
            assertThat(first.getEnvironment().getProperty("local.server.port"))
                    .as("the test server takes a free port, never the configured 8080").isNotEqualTo("8080");
            added = first.getBean(DefineServiceAreas.class).addCommunity(
                    new DefineServiceAreas.AddCommunity(RegionCode.of("440305"), name, new GeoPoint(22.53, 113.94)));
            Await.condition(() -> CommunityAddedProbe.ATTEMPTS.get() >= 1, "the first, failing delivery");
            Await.condition(() -> incomplete(first, added.id()) == 1, "the publication to be recorded as incomplete");
        }
        assertThat(CommunityAddedProbe.DELIVERED).doesNotContain(added.id());

        CommunityAddedProbe.FAIL.set(false);
        try (ConfigurableApplicationContext second = start(url)) {
            Await.condition(() -> CommunityAddedProbe.DELIVERED.contains(added.id()), "the resubmitted delivery");
            Await.condition(() -> incomplete(second, added.id()) == 0, "the publication to complete");
            assertThat(second.getBean(BrowseServiceAreas.class)
                    .communitiesOf(RegionCode.of("440305"), name, PageRequest.first()).items())
                    .extracting(Community::id).containsExactly(added.id());
        }

        try (ConfigurableApplicationContext third = start(url)) {
            Thread.sleep(500);
            assertThat(incomplete(third, added.id())).isZero();
        }
        assertThat(CommunityAddedProbe.DELIVERED.stream().filter(added.id()::equals)).hasSize(1);
    }
}
