package org.shangmen.analytics.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;

/**
 * The analytical store's writing side. The default adapter keeps it in the platform's database (schema
 * {@code analytics}); a column store can take over by implementing this port and {@link InsightQueries}.
 * Every write is an upsert that gives the same row whatever the order and number of deliveries.
 */
public interface AnalyticsStore {

    /** Notes an event's key; false when it was seen before (then nothing else is written for it). */
    boolean firstSeen(String eventKey, Instant now);

    boolean seen(String eventKey);

    void order(OrderStage stage);

    void quote(Facts.QuoteFact quote);

    /** The review as it now stands, unless a later version is already kept; {@code words} of its text when low-star. */
    void review(Facts.ReviewFact review, Map<String, Integer> words);

    void complaintFiled(Facts.ComplaintFiled complaint);

    void complaintResolved(Facts.ComplaintResolved complaint);

    void customer(UUID customerId, Instant registeredAt);

    /** The latest consented birth year by the time it was given; empty once withdrawn. */
    void customerBirthYear(UUID customerId, Optional<Integer> birthYear, Instant at);

    void worker(Facts.WorkerProfile worker);

    void workerPenalized(UUID workerId);

    /** Empties the order and review facts, every customer's first month and the rollups, before a rebuild. */
    void clearOrdersAndReviews();

    /**
     * Recomputes the rollups of the days (and months) whose facts changed since, from the facts; returns the days
     * refreshed. Insights read those days from the facts until then, so this only makes them faster.
     */
    int refreshRollups();
}
