package org.shangmen.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Fact;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.booking.api.event.QuoteMade;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A4.1: a batch that fails part-way leaves nothing behind, and an event whose fact could not be recorded stays
 * in the event publication registry until it is: handed again, it is recorded once. The failure is the
 * database's own: a check that refuses one quote's items, the third statement of that quote's batch.
 */
@PlatformTest
class IngestCrashTest {

    static final Instant AT = Instant.parse("2025-05-06T02:00:00Z");

    @Autowired
    AnalyticsStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FailedEventPublications failed;

    private final UUID refused = UUID.randomUUID();

    private void refuse() {
        jdbc.execute("ALTER TABLE analytics.quote_item ADD CONSTRAINT refuse_one_quote CHECK (quote_id <> '" + refused + "')");
    }

    @AfterEach
    void allowAgain() {
        jdbc.execute("ALTER TABLE analytics.quote_item DROP CONSTRAINT IF EXISTS refuse_one_quote");
    }

    private static Facts.QuoteFact quote(UUID id) {
        return new Facts.QuoteFact(id, Optional.empty(), "449909", List.of("daily-cleaning"), 18_800, 0, AT);
    }

    private long quotes(UUID id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM analytics.quote_fact WHERE quote_id = ?", Long.class, id);
    }

    private long keys(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM analytics.processed_event WHERE event_key = ?", Long.class, key);
    }

    @Test
    @DisplayName("A4.1 a batch failing part-way keeps none of its facts nor its keys")
    void failedBatchKeepsNothing() {
        refuse();
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        List<Fact.Keyed> batch = List.of(new Fact.Keyed("QuoteMade:" + before, quote(before)),
                new Fact.Keyed("QuoteMade:" + refused, quote(refused)), new Fact.Keyed("QuoteMade:" + after, quote(after)));
        assertThatThrownBy(() -> store.record(batch, Instant.now())).isInstanceOf(RuntimeException.class);
        for (UUID id : List.of(before, refused, after)) {
            assertThat(quotes(id)).isZero();
            assertThat(keys("QuoteMade:" + id)).isZero();
        }
        allowAgain();
        assertThat(store.record(batch, Instant.now())).isEqualTo(3);
        assertThat(quotes(before) + quotes(refused) + quotes(after)).isEqualTo(3);
    }

    @Test
    @DisplayName("A4.1 an event whose batch failed is not lost: its publication stays incomplete, its batch-mates are recorded, "
            + "and handed again it is recorded once")
    void failedEventHandedAgain() {
        refuse();
        UUID good = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            events.publishEvent(new QuoteMade(refused, Optional.empty(), "449909", List.of("daily-cleaning"), 18_800, 0, AT));
            events.publishEvent(new QuoteMade(good, Optional.empty(), "449909", List.of("daily-cleaning"), 18_800, 0, AT));
        });
        String publication = "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED' "
                + "AND listener_id LIKE 'org.shangmen.analytics.%' AND serialized_event LIKE ?";
        Await.condition(() -> quotes(good) == 1 && jdbc.queryForObject(publication, Long.class, "%" + refused + "%") == 1,
                "the good quote recorded and the refused one's publication failed");
        assertThat(quotes(refused)).isZero();
        assertThat(keys("QuoteMade:" + refused)).as("a failed fact's key is not kept either").isZero();

        allowAgain();
        failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> p.getEvent() instanceof QuoteMade q && q.quoteId().equals(refused)));
        Await.condition(() -> quotes(refused) == 1 && jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND listener_id LIKE 'org.shangmen.analytics.%' AND serialized_event LIKE ?", Long.class, "%" + refused + "%") == 0,
                "the refused quote recorded once handed again");
        assertThat(keys("QuoteMade:" + refused)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM analytics.quote_item WHERE quote_id = ?", Long.class, refused)).isEqualTo(1);
    }
}
