package org.shangmen.analytics.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shangmen.analytics.domain.Fact;

/**
 * The analytical store's writing side. The default adapter keeps it in the platform's database (schema
 * {@code analytics}); a column store can take over by implementing this port and {@link InsightQueries}.
 * Every write is an upsert that gives the same row whatever the order and number of deliveries.
 */
public interface AnalyticsStore {

    /**
     * Records a batch in one transaction: notes each event's key and applies the facts whose keys were not seen
     * before (a key twice in the batch counts once), marks the days they touch for the rollups, and while a
     * rebuild runs applies them to its copy too. Nothing of the batch is kept if it fails. Returns the facts applied.
     */
    int record(List<Fact.Keyed> batch, Instant now);

    boolean seen(String eventKey);

    /** Starts a rebuild: an empty copy of the replaced facts, which every recorded batch also feeds until the swap. */
    UUID beginRebuild(Instant now);

    /** Writes facts told again by the modules' api into the rebuild's copy (no keys: the copy is rebuilt once). */
    void rebuildWrite(List<Fact> facts);

    /**
     * Swaps the copy in, in one transaction: orders, their items, reviews and complaints become the copy's; each
     * customer's first month and the workers' profiles are taken from it; quotes, views, registrations, birth years
     * and penalties stay. Every day the old or the new facts touch is marked for the rollups.
     */
    Swapped swap(UUID run, Instant now);

    /** Gives a rebuild up (it failed): the live store was never touched. */
    void abandon(UUID run, Instant now);

    /**
     * Recomputes the rollups of the days (and months) whose facts changed since, from the facts; returns the days
     * refreshed. Insights read those days from the facts until then, so this only makes them faster.
     */
    int refreshRollups();

    /** What the live store holds after a swap, and how many events were recorded into both stores during the rebuild. */
    record Swapped(long orders, long reviews, long complaints, long eventsDuringRebuild) {
    }
}
