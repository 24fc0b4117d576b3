package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * W2.2 one worker accepting several offers at the same instant: the travel buffer (30 minutes) and the
 * daily cap (3 jobs) hold exactly as they do one accept after another. Real threads against the real
 * database (H2, and PostgreSQL in CI). Luohu (440303).
 */
@PlatformTest
class AcceptRaceTest {

    static final String DISTRICT = "440303";
    static final double LAT = 22.5626;
    static final double LNG = 114.1262;

    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    Jdbi jdbi;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;

    @Test
    @DisplayName("W2.2 a worker accepting two adjacent offers (13:30–15:30, 15:30–17:30) at once gets one: the travel buffer holds")
    void adjacentOffersAtOnce() throws Exception {
        Certified worker = dispatch.worker("罗湖冯阿姨", journeys.operatorToken(operators, "ops"), DISTRICT, LAT, LNG);
        OffsetDateTime day = DispatchJourneys.tomorrowAt(clock.instant(), 13).plusDays(2).plusMinutes(30);
        List<String> offers = offersFor(worker, List.of(day, day.plusHours(2)));

        List<Integer> statuses = acceptAtOnce(worker, offers);

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(bookings(worker)).isEqualTo(1);
    }

    @Test
    @DisplayName("W2.2 a worker accepting four offers of one day at once gets three: the daily cap holds")
    void fourOffersOfOneDayAtOnce() throws Exception {
        Certified worker = dispatch.worker("罗湖邓阿姨", journeys.operatorToken(operators, "ops"), DISTRICT, LAT, LNG);
        OffsetDateTime morning = DispatchJourneys.tomorrowAt(clock.instant(), 8).plusDays(3);
        List<String> offers = offersFor(worker, List.of(morning, morning.plusHours(3), morning.plusHours(6), morning.plusHours(9)));

        List<Integer> statuses = acceptAtOnce(worker, offers);

        assertThat(statuses).containsExactlyInAnyOrder(200, 200, 200, 409);
        assertThat(bookings(worker)).isEqualTo(3);
    }

    /** One customer order per start, each naming the worker, and the worker's offer of each. */
    private List<String> offersFor(Certified worker, List<OffsetDateTime> starts) {
        List<UUID> orders = new ArrayList<>();
        for (OffsetDateTime start : starts) {
            Map<String, Object> request = dispatch.request(DISTRICT, LAT, LNG, start);
            request.put("preferredWorkerId", worker.workerId().toString());
            orders.add(dispatch.submitted(journeys.customerToken(), request));
        }
        return orders.stream().map(order -> dispatch.offerFor(worker.token(), order)).toList();
    }

    private List<Integer> acceptAtOnce(Certified worker, List<String> offers) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(offers.size());
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (String offer : offers) {
                replies.add(racers.submit(() -> {
                    go.await();
                    return http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(worker.token()).send();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Reply> reply : replies) {
                Http.Reply r = reply.get();
                assertThat(r.status()).as(r.body()).isIn(200, 409);
                statuses.add(r.status());
            }
            return statuses;
        } finally {
            racers.shutdown();
        }
    }

    private int bookings(Certified worker) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM worker.booking WHERE worker_id = :w").bind("w", worker.workerId())
                .mapTo(Integer.class).one());
    }
}
