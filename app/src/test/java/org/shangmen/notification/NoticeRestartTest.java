package org.shangmen.notification;

import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.in.MessageCentre;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;
import org.shangmen.worker.api.event.WorkerCertified;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C5.1: the process dies while a notice is being made; after the restart the event publication
 * registry delivers the event again and the notice exists exactly once.
 */
class NoticeRestartTest {

    static final AtomicInteger REFUSED = new AtomicInteger();

    /** Stands in for the message centre's store while the first process is failing. */
    static class Broken {
        @Bean
        @Primary
        Notify brokenNotify() {
            return new Notify() {
                @Override
                public Optional<UUID> notify(NoticeRequest request) {
                    REFUSED.incrementAndGet();
                    throw new IllegalStateException("the notice store is unavailable");
                }

                @Override
                public int settleAction(UUID recipientId, Notice.Subject subject, String actionKind, NoticeAction.State state) {
                    throw new IllegalStateException("the notice store is unavailable");
                }
            };
        }
    }

    private static String databaseUrl() {
        String configured = System.getProperty("shangmen.test.db-url", "");
        if (configured.startsWith("jdbc:postgresql")) {
            return configured;
        }
        Path file = Path.of("target", "notice-restart-" + UUID.randomUUID(), "shangmen").toAbsolutePath();
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static ConfigurableApplicationContext start(String url, Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = ShangmenApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplicationBuilder(sources)
                .profiles("test", "demo")
                .properties("spring.datasource.url=" + url, "spring.main.allow-bean-definition-overriding=true",
                        "spring.datasource.username=" + System.getProperty("shangmen.test.db-user", "sa"))
                .run("--server.port=0"); // a command-line argument outranks application.yml's server.port
    }

    private static long incomplete(ConfigurableApplicationContext context, UUID workerId) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND listener_id LIKE '%WorkerNotices%' AND serialized_event LIKE ?", Long.class, "%" + workerId + "%");
    }

    private static long notices(ConfigurableApplicationContext context, UUID workerId) {
        return context.getBean(MessageCentre.class).notices(workerId, false, PageRequest.first()).total();
    }

    @Test
    @DisplayName("C5.1 a restart in the middle of making a notice loses nothing and duplicates nothing")
    void restartMidDelivery() throws Exception {
        String url = databaseUrl();
        UUID workerId = UUID.randomUUID();
        REFUSED.set(0);
        try (ConfigurableApplicationContext first = start(url, Broken.class)) {
            first.getBean(TransactionTemplate.class).executeWithoutResult(s -> first
                    .publishEvent(new WorkerCertified(workerId, UUID.randomUUID(), Instant.now())));
            Await.condition(() -> REFUSED.get() >= 1, "the failing delivery");
            Await.condition(() -> incomplete(first, workerId) == 1, "the publication to stay incomplete");
        }
        try (ConfigurableApplicationContext second = start(url)) {
            Await.condition(() -> notices(second, workerId) == 1, "the notice after the restart");
            Await.condition(() -> incomplete(second, workerId) == 0, "the publication to complete");
        }
        try (ConfigurableApplicationContext third = start(url)) {
            Thread.sleep(500);
            assertThat(notices(third, workerId)).isEqualTo(1);
            assertThat(incomplete(third, workerId)).isZero();
        }
    }
}
