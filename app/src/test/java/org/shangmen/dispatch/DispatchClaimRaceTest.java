package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The new-order listener and the dispatch tick (here, several ticks at once, as on several instances)
 * reach a new case together: one claims it and climbs, the others skip it. Real threads, real database
 * (H2, and PostgreSQL in CI).
 */
@PlatformTest
class DispatchClaimRaceTest {

    @Autowired
    MutableClock clock;
    @Autowired
    AdvanceDispatch ladder;
    @Autowired
    Jdbi jdbi;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;

    @Test
    @DisplayName("C2.4 new orders met by the listener and four ticks at once: each case climbs its first rung once, every publication completes")
    void listenerAndTicksClaimOnce() throws Exception {
        // Pingshan (440310): three workers near one another.
        double lat = 22.6900;
        double lng = 114.3500;
        String ops = journeys.operatorToken("ops");
        for (int i = 0; i < 3; i++) {
            dispatch.worker("争抢" + (char) ('甲' + i), ops, "440310", lat + i * 0.002, lng);
        }
        String customer = journeys.customerToken();
        AtomicBoolean ticking = new AtomicBoolean(true);
        ExecutorService ticks = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        List<UUID> orders = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                running.add(ticks.submit(() -> {
                    while (ticking.get()) {
                        ladder.advanceDue();
                    }
                    return null;
                }));
            }
            OffsetDateTime start = DispatchJourneys.tomorrowAt(clock.instant(), 10);
            for (int i = 0; i < 6; i++) {
                orders.add(dispatch.submitted(customer, dispatch.request("440310", lat, lng, start.plusHours(i))));
            }
            for (UUID order : orders) {
                Await.condition(() -> count("SELECT COUNT(*) FROM dispatch.decision WHERE order_id = :o AND kind = 'OFFERED'", order) >= 1,
                        "the first rung of " + order);
            }
        } finally {
            ticking.set(false);
            ticks.shutdown();
        }
        for (Future<?> tick : running) {
            tick.get();
        }
        for (UUID order : orders) {
            Await.condition(() -> jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event_publication "
                    + "WHERE completion_date IS NULL AND serialized_event LIKE :pattern").bind("pattern", "%" + order + "%")
                    .mapTo(Long.class).one()) == 0, "the publications about " + order + " to complete");
            assertThat(count("SELECT COUNT(*) FROM dispatch.decision WHERE order_id = :o AND kind = 'OPENED'", order)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM dispatch.decision WHERE order_id = :o AND kind = 'OFFERED'", order))
                    .as("the first rung of %s climbed once", order).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM dispatch.offer WHERE order_id = :o", order))
                    .isEqualTo(count("SELECT COUNT(DISTINCT worker_id) FROM dispatch.offer WHERE order_id = :o", order)).isPositive();
        }
    }

    private long count(String sql, UUID order) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("o", order).mapTo(Long.class).one());
    }
}
