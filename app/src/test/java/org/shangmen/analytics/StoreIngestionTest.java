package org.shangmen.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.analytics.application.port.in.RecordFacts;
import org.shangmen.analytics.application.port.in.RefreshRollups;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Fact;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.analytics.domain.OrderStage.Stage;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.complaint.api.event.ComplaintFiled;
import org.shangmen.complaint.api.event.ComplaintResolved;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A4.1: the store stays correct when an event arrives twice or out of order. One order's life is told in
 * its natural order in one district and reversed, every fact twice, in another: every insight reads the same.
 * The complaint module's published events, duplicated and reversed, count once.
 */
@PlatformTest
class StoreIngestionTest {

    static final Instant T0 = Instant.parse("2025-03-10T02:00:00Z");
    static final String PERIOD = "from=2025-03-01&until=2025-04-01";

    @Autowired
    RecordFacts facts;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RefreshRollups rollups;
    @Autowired
    AnalyticsStore store;

    /** One order's and one lost order's facts, each as (event key, delivery), in the order they happened. */
    private List<Consumer<RecordFacts>> life(String district) {
        UUID order = UUID.randomUUID();
        UUID lost = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        UUID complaint = UUID.randomUUID();
        UUID quote = UUID.randomUUID();
        Instant start = T0.plus(Duration.ofDays(1));
        List<String> items = List.of("daily-cleaning");
        List<Consumer<RecordFacts>> steps = new ArrayList<>();
        steps.add(f -> f.quote("q" + quote, new Facts.QuoteFact(quote, Optional.of(customer), district, items, 18_800, 1_200, T0)));
        steps.add(f -> f.order("s" + order, OrderStage.of(order, Stage.SUBMITTED, T0.plusSeconds(60)).customer(customer)
                .place(district, items).startsAt(start).amounts(18_800L, 1_200L, null)));
        steps.add(f -> f.order("s" + lost, OrderStage.of(lost, Stage.SUBMITTED, T0.plusSeconds(90)).customer(customer)
                .place(district, items).startsAt(start).amounts(9_900L, 0L, null)));
        steps.add(f -> f.order("a" + order, OrderStage.of(order, Stage.ACCEPTED, T0.plusSeconds(600)).customer(customer).worker(worker)
                .startsAt(start).amounts(18_800L, null, null)));
        steps.add(f -> f.order("x" + lost, OrderStage.of(lost, Stage.CANCELLED, T0.plusSeconds(3_600)).customer(customer)
                .cancelled("PLATFORM", "booking.no-worker-found")));
        steps.add(f -> f.order("p" + order, OrderStage.of(order, Stage.PAID, T0.plusSeconds(900)).customer(customer).worker(worker)
                .paid(18_800)));
        steps.add(f -> f.order("i" + order, OrderStage.of(order, Stage.CHECKED_IN, start.minusSeconds(300)).customer(customer)
                .worker(worker)));
        steps.add(f -> f.order("c" + order, OrderStage.of(order, Stage.COMPLETED, start.plusSeconds(7_200)).customer(customer)
                .worker(worker).place(district, items).amounts(20_800L, 1_200L, 2_000L)));
        steps.add(f -> f.review("r1" + order, new Facts.ReviewFact(order, customer, worker, 1, 1, 1, 1, 1, "太慢了,态度差",
                false, start.plusSeconds(8_000), start.plusSeconds(8_000))));
        steps.add(f -> f.review("r2" + order, new Facts.ReviewFact(order, customer, worker, 4, 5, 4, 4, 4, "后来沟通好了",
                false, start.plusSeconds(8_000), start.plusSeconds(9_000))));
        steps.add(f -> f.complaintFiled("f" + complaint, new Facts.ComplaintFiled(complaint, order, customer, worker, "ATTITUDE", items,
                district, start.plusSeconds(10_000))));
        steps.add(f -> f.complaintResolved("d" + complaint, new Facts.ComplaintResolved(complaint, order, customer, worker, "APOLOGY",
                true, 0, start.plusSeconds(10_000), start.plusSeconds(20_000))));
        return steps;
    }

    private JsonNode insight(String token, String path) {
        Http.Reply reply = http.get("/api/v1/admin/insights/" + path).bearer(token).send();
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    /**
     * The insights that count distinct customers (worker quality, the customer profile) over the district's calendar
     * month and year, which the rollups keep per calendar month and year, and over a period that is neither.
     */
    private String distinctCustomers(String token) {
        StringBuilder all = new StringBuilder();
        for (String period : List.of(PERIOD, "from=2025-01-01&until=2026-01-01", "from=2025-03-01&until=2025-03-31")) {
            for (String path : List.of("worker-quality?groupBy=DISTRICT&", "worker-quality?groupBy=SKILL&", "customers?")) {
                all.append(insight(token, path + period + "&region=449905")).append('\n');
            }
        }
        return all.toString();
    }

    /** Every insight for the district, worker ids left out (they differ between the two tellings). */
    private String everything(String token, String district) {
        String q = PERIOD + "&region=" + district;
        return String.join("\n", insight(token, "demand?granularity=WEEK&" + q).toString(),
                insight(token, "worker-quality?groupBy=DISTRICT&" + q).toString(),
                insight(token, "retention?" + q).toString(),
                insight(token, "complaint-rates?groupBy=ITEM&" + q).toString(),
                insight(token, "funnel?" + q).toString(),
                insight(token, "reviews?" + q).toString());
    }

    @Test
    @DisplayName("A4.1 facts delivered twice and in reverse order give the same store as facts delivered once in order")
    void duplicatesAndDisorder() {
        life("449904").forEach(step -> step.accept(facts));
        List<Consumer<RecordFacts>> reversed = new ArrayList<>(life("449905"));
        Collections.reverse(reversed);
        reversed.forEach(step -> {
            step.accept(facts);
            step.accept(facts);
        });
        String auditor = journeys.operatorToken("auditor");
        String inOrder = everything(auditor, "449904");
        assertThat(everything(auditor, "449905")).isEqualTo(inOrder);

        JsonNode funnel = insight(auditor, "funnel?" + PERIOD + "&region=449905");
        assertThat(funnel.path("steps").findValuesAsString("step")).containsExactly("QUOTED", "SUBMITTED", "ACCEPTED", "PAID", "COMPLETED");
        assertThat(funnel.path("steps").findValues("count").stream().map(JsonNode::asLong).toList()).containsExactly(1L, 2L, 1L, 1L, 1L);
        assertThat(funnel.path("losses").get(0).path("kind").asString()).isEqualTo("NO_WORKER_FOUND");
        JsonNode demand = insight(auditor, "demand?granularity=MONTH&" + PERIOD + "&region=449905");
        assertThat(demand.path("orders").asLong()).isEqualTo(2);
        assertThat(demand.path("completed").asLong()).isEqualTo(1);
        assertThat(demand.path("amountFen").asLong()).as("the completed order's total with its add-on").isEqualTo(20_800);
        assertThat(demand.path("discountFen").asLong()).isEqualTo(1_200);
        JsonNode reviews = insight(auditor, "reviews?" + PERIOD + "&region=449905");
        assertThat(reviews.path("reviews").asLong()).isEqualTo(1);
        assertThat(reviews.path("overall").asDouble()).as("the later version of the review").isEqualTo(4.0);
        assertThat(reviews.path("lowStarWords")).isEmpty();
        JsonNode quality = insight(auditor, "worker-quality?groupBy=DISTRICT&" + PERIOD + "&region=449905");
        assertThat(quality.path("groups").get(0).path("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(quality.path("groups").get(0).path("complaintsPer1000").asDouble()).isEqualTo(1000.0);

        // A4.2: the same answers from the rollups, once refreshed, as from the facts (every day of the period was unrefreshed so far).
        String withWorkers = everything(auditor, "449905") + insight(auditor, "complaint-rates?groupBy=WORKER&" + PERIOD + "&region=449905")
                + insight(auditor, "customers?" + PERIOD + "&region=449905");
        String distinct = distinctCustomers(auditor);
        assertThat(rollups.refresh()).isPositive();
        assertThat(distinctCustomers(auditor)).isEqualTo(distinct);
        assertThat(everything(auditor, "449904")).isEqualTo(inOrder);
        assertThat(everything(auditor, "449905") + insight(auditor, "complaint-rates?groupBy=WORKER&" + PERIOD + "&region=449905")
                + insight(auditor, "customers?" + PERIOD + "&region=449905")).isEqualTo(withWorkers);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM analytics.order_day WHERE district_code = '449905'", Long.class)).isPositive();
        // A fact arriving after the refresh is counted at once (its day is read from the facts again until the next refresh).
        life("449905").forEach(step -> step.accept(facts));
        assertThat(insight(auditor, "demand?granularity=MONTH&" + PERIOD + "&region=449905").path("orders").asLong()).isEqualTo(4);
        String twice = distinctCustomers(auditor);
        assertThat(twice).isNotEqualTo(distinct);
        rollups.refresh();
        assertThat(distinctCustomers(auditor)).isEqualTo(twice);
        // A birth year given after the refresh (it touches no order) is counted at once, and the same after the next refresh.
        UUID customer = jdbc.queryForObject("SELECT customer_id FROM analytics.order_fact WHERE district_code = '449905' "
                + "AND customer_id IS NOT NULL ORDER BY submitted_at LIMIT 1", UUID.class);
        facts.customerBirthYear("b" + customer, customer, Optional.of(1985), Instant.now());
        JsonNode ages = insight(auditor, "customers?" + PERIOD + "&region=449905").path("ageBands");
        java.util.Map<String, Long> bands = new java.util.TreeMap<>();
        ages.forEach(b -> bands.put(b.path("key").asString(), b.path("count").asLong()));
        assertThat(bands).containsEntry("UNKNOWN", 1L).containsValue(1L).doesNotContainEntry("UNKNOWN", 2L);
        assertThat(bands.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        String born = distinctCustomers(auditor);
        rollups.refresh();
        assertThat(distinctCustomers(auditor)).isEqualTo(born);
        assertThat(insight(auditor, "demand?granularity=MONTH&" + PERIOD + "&region=449905").path("orders").asLong()).isEqualTo(4);
        assertThat(insight(auditor, "funnel?" + PERIOD + "&region=449905").path("steps").get(0).path("count").asLong()).isEqualTo(2);
    }

    /** Collects each fact a telling gives with its event's key, as one batch, instead of recording it. */
    static final class Told implements RecordFacts {

        final List<Fact.Keyed> batch = new ArrayList<>();

        @Override
        public boolean recorded(String eventKey) {
            return false;
        }

        @Override
        public void order(String eventKey, OrderStage stage) {
            batch.add(new Fact.Keyed(eventKey, stage));
        }

        @Override
        public void quote(String eventKey, Facts.QuoteFact quote) {
            batch.add(new Fact.Keyed(eventKey, quote));
        }

        @Override
        public void review(String eventKey, Facts.ReviewFact review) {
            // The low-star version is replaced by a later one, whose words (none) are the ones kept.
            batch.add(new Fact.Keyed(eventKey, new Fact.Review(review, Map.of())));
        }

        @Override
        public void complaintFiled(String eventKey, Facts.ComplaintFiled complaint) {
            batch.add(new Fact.Keyed(eventKey, complaint));
        }

        @Override
        public void complaintResolved(String eventKey, Facts.ComplaintResolved complaint) {
            batch.add(new Fact.Keyed(eventKey, complaint));
        }

        @Override
        public void customer(String eventKey, UUID customerId, Instant registeredAt) {
            batch.add(new Fact.Keyed(eventKey, new Fact.CustomerRegistered(customerId, registeredAt)));
        }

        @Override
        public void customerBirthYear(String eventKey, UUID customerId, Optional<Integer> birthYear, Instant at) {
            batch.add(new Fact.Keyed(eventKey, new Fact.BirthYear(customerId, birthYear, at)));
        }

        @Override
        public void workerCertified(String eventKey, UUID workerId, Instant certifiedAt) {
            batch.add(new Fact.Keyed(eventKey, new Facts.WorkerProfile(workerId, certifiedAt, 0, java.util.Set.of(), Optional.empty())));
        }

        @Override
        public void workerPenalized(String eventKey, UUID workerId, Instant at) {
            batch.add(new Fact.Keyed(eventKey, new Fact.WorkerPenalized(workerId, at)));
        }

        @Override
        public void viewed(Facts.ViewFact view) {
            batch.add(new Fact.Keyed("View:" + view.viewId(), view));
        }
    }

    @Test
    @DisplayName("A4.1 one batch holding every fact twice and in reverse order gives the same store as the facts recorded one by one "
            + "in order; the same batch again records nothing")
    void oneBatchTwiceReversed() {
        life("449907").forEach(step -> step.accept(facts));
        List<Consumer<RecordFacts>> reversed = new ArrayList<>(life("449908"));
        Collections.reverse(reversed);
        Told told = new Told();
        reversed.forEach(step -> {
            step.accept(told);
            step.accept(told);
        });
        assertThat(store.record(told.batch, Instant.now())).as("each distinct key once").isEqualTo(told.batch.size() / 2);
        assertThat(store.record(told.batch, Instant.now())).isZero();
        String auditor = journeys.operatorToken("auditor");
        assertThat(everything(auditor, "449908")).isEqualTo(everything(auditor, "449907"));
        JsonNode funnel = insight(auditor, "funnel?" + PERIOD + "&region=449908");
        assertThat(funnel.path("steps").findValues("count").stream().map(JsonNode::asLong).toList()).containsExactly(1L, 2L, 1L, 1L, 1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM analytics.dirty_day WHERE on_day = ?", Long.class,
                java.sql.Date.valueOf(Facts.day(T0)))).as("the batch marked its days for the rollups").isEqualTo(1);
    }

    /** Publishes the event after a commit and waits until every listener has taken it, so two equal events are never in flight at once. */
    private void deliver(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
        Await.condition(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication "
                        + "WHERE completion_date IS NULL AND event_type LIKE '%.complaint.%' AND listener_id LIKE 'org.shangmen.analytics.%'", Long.class) == 0,
                "the listeners of " + event.getClass().getSimpleName());
    }

    @Test
    @DisplayName("A4.1 the complaint module's events, each delivered twice and the resolution before the filing, count once")
    void publishedEventsTwiceReversed() {
        String district = "449906";
        UUID order = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        UUID complaint = UUID.randomUUID();
        Instant filed = T0.plus(Duration.ofDays(2));
        facts.order("s" + order, OrderStage.of(order, Stage.SUBMITTED, T0).customer(customer).place(district, List.of("daily-cleaning"))
                .startsAt(T0.plus(Duration.ofDays(1))).amounts(18_800L, 0L, null));
        facts.order("c" + order, OrderStage.of(order, Stage.COMPLETED, T0.plus(Duration.ofDays(1))).worker(worker)
                .place(district, List.of("daily-cleaning")).amounts(18_800L, 0L, 0L));
        ComplaintResolved resolved = new ComplaintResolved(complaint, order, customer, worker, "PARTIAL_REFUND", true, 5_000, filed,
                filed.plusSeconds(600), filed.plusSeconds(3_600));
        ComplaintFiled filing = new ComplaintFiled(complaint, order, customer, worker, "SERVICE_QUALITY", List.of("daily-cleaning"),
                district, filed);
        deliver(resolved);
        deliver(resolved);
        deliver(filing);
        deliver(filing);
        String auditor = journeys.operatorToken("auditor");
        String q = PERIOD + "&region=" + district;
        JsonNode byWorker = insight(auditor, "complaint-rates?groupBy=WORKER&" + q);
        assertThat(byWorker.path("completedOrders").asLong()).isEqualTo(1);
        assertThat(byWorker.path("complaints").asLong()).isEqualTo(1);
        assertThat(byWorker.path("per1000").asDouble()).isEqualTo(1000.0);
        assertThat(byWorker.path("lines").get(0).path("key").asString()).isEqualTo(worker.toString());
        JsonNode quality = insight(auditor, "worker-quality?groupBy=DISTRICT&" + q).path("groups").get(0);
        assertThat(quality.path("complaints").asLong()).isEqualTo(1);
        // The order is invented, so the notification module cannot tell anyone of these complaints; its publications
        // would wait for a resubmission that can never succeed.
        jdbc.update("DELETE FROM event_publication WHERE completion_date IS NULL AND event_type LIKE '%.complaint.%' "
                + "AND serialized_event LIKE ?", "%" + order + "%");
    }
}
