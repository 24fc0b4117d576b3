package org.shangmen.persistence;

import java.security.SecureRandom;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Random stamps in a table of {@code (worker_id UUID PRIMARY KEY, stamp BIGINT)}: written inside the
 * transaction that changes what the stamp stands for, so that no transaction sees the change without the new
 * stamp or the stamp without the change. Random rather than counted: a backup restored brings back stamps that
 * were only ever written with the rows of its day.
 */
public final class Stamps {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Stamps() {
    }

    /** A new random stamp. */
    public static long next() {
        return RANDOM.nextLong();
    }

    /** Writes a new stamp for the worker into {@code table} (a constant of the caller's schema). */
    public static void restamp(Handle h, String table, UUID workerId) {
        long stamp = next();
        if (update(h, table, workerId, stamp) > 0) {
            return;
        }
        // The worker's first stamp; a transaction that inserted one first leaves ours to update it after it.
        int inserted = h.createUpdate("INSERT INTO " + table + " (worker_id, stamp) VALUES (:worker, :stamp) ON CONFLICT DO NOTHING")
                .bind("worker", workerId).bind("stamp", stamp).execute();
        if (inserted == 0) {
            update(h, table, workerId, stamp);
        }
    }

    private static int update(Handle h, String table, UUID workerId, long stamp) {
        return h.createUpdate("UPDATE " + table + " SET stamp = :stamp WHERE worker_id = :worker")
                .bind("worker", workerId).bind("stamp", stamp).execute();
    }
}
