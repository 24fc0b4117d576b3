package org.shangmen.worker.adapter.out.persistence;

import java.security.SecureRandom;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Writes a new random stamp for a worker's calendar ({@code worker.calendar_stamp}) inside the
 * transaction that changes the calendar, so that no transaction can see the change without the new stamp
 * or the new stamp without the change.
 */
final class CalendarStamps {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CalendarStamps() {
    }

    static void restamp(Handle h, UUID workerId) {
        long stamp = RANDOM.nextLong();
        if (update(h, workerId, stamp) > 0) {
            return;
        }
        // A worker without a stamp yet; a transaction that inserted one first leaves ours to update it after it.
        int inserted = h.createUpdate("INSERT INTO worker.calendar_stamp (worker_id, stamp) VALUES (:worker, :stamp) ON CONFLICT DO NOTHING")
                .bind("worker", workerId).bind("stamp", stamp).execute();
        if (inserted == 0) {
            update(h, workerId, stamp);
        }
    }

    private static int update(Handle h, UUID workerId, long stamp) {
        return h.createUpdate("UPDATE worker.calendar_stamp SET stamp = :stamp WHERE worker_id = :worker")
                .bind("worker", workerId).bind("stamp", stamp).execute();
    }
}
