package org.shangmen.dispatch;

import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;

/** Races for orders and workers' time, with real threads against the real database (H2, and PostgreSQL in CI). */
@PlatformTest
class GrabRaceTest {

    @Autowired
    MutableClock clock;
    @Autowired
    AdvanceDispatch ladder;
    @Autowired
    Jdbi jdbi;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;

    @Test
    @DisplayName("W2.2 fifty workers accept one order at the same instant: exactly one wins, 49 are told it is gone, one booking")
    void fiftyWorkersOneOrder() throws Exception {
        // Yantian (440308): the ladder widens from 5 nearby to 15, then opens the pool to all fifty.
        double lat = 22.5570;
        double lng = 114.2370;
        String ops = journeys.operatorToken("ops");
        List<Certified> workers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Certified>> made = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                double dLat = (i % 10) * 0.004;
                double dLng = (i / 10) * 0.004;
                String name = "抢单" + (char) ('甲' + i);
                made.add(pool.submit(() -> dispatch.worker(name, ops, "440308", lat + dLat, lng + dLng)));
            }
            for (Future<Certified> f : made) {
                workers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        String customerPhone = Journeys.newPhone();
        String customer = journeys.register(customerPhone, "CUSTOMER", false).path("accessToken").asString();
        UUID orderId = dispatch.submitted(customer, dispatch.request("440308", lat, lng, DispatchJourneys.tomorrowAt(clock.instant(), 14)));
        Await.value(() -> workers.stream().filter(w -> dispatch.openOfferFor(w.token(), orderId) != null).count() >= 5
                ? Boolean.TRUE : null, "the targeted offers");
        clock.advance(Duration.ofMinutes(11));
        ladder.advanceDue();
        clock.advance(Duration.ofMinutes(11));
        ladder.advanceDue();
        // Tokens last 15 minutes: the workers sign in again, and each finds the order offered.
        List<String> tokens = new ArrayList<>();
        List<String> offers = new ArrayList<>();
        for (Certified w : workers) {
            String token = dispatch.signIn(w.phone());
            tokens.add(token);
            offers.add(dispatch.offerFor(token, orderId));
        }

        CountDownLatch ready = new CountDownLatch(50);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(50);
        List<Future<Http.Reply>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                String token = tokens.get(i);
                String offer = offers.get(i);
                answers.add(racers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(token).send();
                }));
            }
            ready.await();
            go.countDown();
            int won = 0;
            int gone = 0;
            for (Future<Http.Reply> answer : answers) {
                Http.Reply reply = answer.get();
                if (reply.status() == 200) {
                    won++;
                } else {
                    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
                    assertThat(reply.json().path("code").asString()).isEqualTo("dispatch.order-gone");
                    gone++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(gone).isEqualTo(49);
        } finally {
            racers.shutdown();
        }
        assertThat(count(h -> h.createQuery("SELECT COUNT(*) FROM worker.booking WHERE order_id = :o").bind("o", orderId)
                .mapTo(Integer.class).one())).isEqualTo(1);
        assertThat(count(h -> h.createQuery("SELECT COUNT(*) FROM booking.worker_job WHERE order_id = :o").bind("o", orderId)
                .mapTo(Integer.class).one())).isEqualTo(1);
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            statuses.addAll(dispatch.offerStatuses(tokens.get(i), orderId));
        }
        assertThat(statuses).containsOnly("ACCEPTED", "GONE");
        assertThat(statuses.stream().filter("ACCEPTED"::equals).count()).isEqualTo(1);
        assertThat(dispatch.order(dispatch.signIn(customerPhone), orderId).path("status").asString()).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    @DisplayName("W2.2 two orders race for one worker's time: one wins, the other still awaits acceptance")
    void twoOrdersOneWorker() throws Exception {
        // Guangming (440311): one worker, two customers wanting the same morning.
        double lat = 22.7489;
        double lng = 113.9357;
        String ops = journeys.operatorToken("ops");
        Certified worker = dispatch.worker("孤单阿姨", ops, "440311", lat, lng);
        OffsetDateTime start = DispatchJourneys.tomorrowAt(clock.instant(), 9);
        String first = journeys.customerToken();
        String second = journeys.customerToken();
        UUID one = dispatch.submitted(first, dispatch.request("440311", lat, lng, start));
        UUID two = dispatch.submitted(second, dispatch.request("440311", lat + 0.001, lng, start.plusMinutes(30)));
        String offerOne = dispatch.offerFor(worker.token(), one);
        String offerTwo = dispatch.offerFor(worker.token(), two);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            Future<Http.Reply> a = racers.submit(() -> {
                go.await();
                return http.post("/api/v1/worker/offers/" + offerOne + "/accept", "").bearer(worker.token()).send();
            });
            Future<Http.Reply> b = racers.submit(() -> {
                go.await();
                return http.post("/api/v1/worker/offers/" + offerTwo + "/accept", "").bearer(worker.token()).send();
            });
            go.countDown();
            List<Http.Reply> replies = List.of(a.get(), b.get());
            assertThat(replies).extracting(Http.Reply::status).containsExactlyInAnyOrder(200, 409);
        } finally {
            racers.shutdown();
        }
        List<String> states = List.of(dispatch.order(first, one).path("status").asString(), dispatch.order(second, two).path("status").asString());
        assertThat(states).containsExactlyInAnyOrder("AWAITING_PAYMENT", "AWAITING_ACCEPTANCE");
        assertThat(count(h -> h.createQuery("SELECT COUNT(*) FROM worker.booking WHERE worker_id = :w").bind("w", worker.workerId())
                .mapTo(Integer.class).one())).isEqualTo(1);
    }

    private int count(org.jdbi.v3.core.HandleCallback<Integer, RuntimeException> query) {
        return jdbi.withHandle(query);
    }
}
