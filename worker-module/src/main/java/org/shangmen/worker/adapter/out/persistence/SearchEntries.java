package org.shangmen.worker.adapter.out.persistence;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.shangmen.worker.api.CertificateType;

/**
 * Keeps {@code worker.search_entry} (see {@code V6__worker_search_entries.sql}) in step with the worker tables.
 * Whatever writes a worker's row, skills, districts or certificates calls {@link #refresh} on the same handle,
 * so the search rows change in the same transaction as the data they copy. A worker's rows are written anew
 * from the worker tables each time, so they cannot drift from them whatever changed.
 */
final class SearchEntries {

    /** The column holding the last valid day of each certificate type. */
    static String untilColumn(CertificateType type) {
        return type.name().toLowerCase(Locale.ROOT) + "_until";
    }

    private static final String CERTIFICATE_COLUMNS = Arrays.stream(CertificateType.values())
            .map(SearchEntries::untilColumn).collect(Collectors.joining(", "));

    private static final String LAST_VALID_DAYS = Arrays.stream(CertificateType.values())
            .map(t -> "MAX(CASE WHEN type = '" + t.name() + "' THEN COALESCE(valid_until, DATE '9999-12-31') END) AS "
                    + untilColumn(t))
            .collect(Collectors.joining(", "));

    /** {@code #} is replaced by the condition that picks the workers, on a column named {@code worker_id}. */
    private static final String INSERT = "INSERT INTO worker.search_entry (skill, district_code, worker_id, visible_from, "
            + "real_name, name_pinyin, name_initials, gender, experience_years, rating_tenths, rating_count, hourly_rate_fen, "
            + "home_latitude, home_longitude, home_band, " + CERTIFICATE_COLUMNS + ") "
            + "SELECT s.skill, d.district_code, w.account_id, CASE WHEN w.standing = 'SUSPENDED' THEN w.suspended_until END, "
            + "w.real_name, w.name_pinyin, w.name_initials, w.gender, w.experience_years, w.rating_tenths, w.rating_count, "
            + "w.hourly_rate_fen, w.home_latitude, w.home_longitude, CAST(FLOOR(w.home_latitude * 100) AS INT), "
            + Arrays.stream(CertificateType.values()).map(t -> "c." + untilColumn(t)).collect(Collectors.joining(", "))
            + " FROM (SELECT * FROM worker.worker WHERE #) w "
            + "JOIN (SELECT worker_id, skill FROM worker.worker_skill WHERE # "
            + "UNION ALL SELECT account_id, '' FROM worker.worker WHERE #) s ON s.worker_id = w.account_id "
            + "JOIN (SELECT worker_id, district_code FROM worker.worker_district WHERE # "
            + "UNION ALL SELECT account_id, '' FROM worker.worker WHERE #) d ON d.worker_id = w.account_id "
            + "LEFT JOIN (SELECT worker_id, " + LAST_VALID_DAYS + " FROM worker.certificate WHERE # GROUP BY worker_id) c "
            + "ON c.worker_id = w.account_id "
            + "WHERE w.certification = 'APPROVED' "
            + "AND (w.standing = 'ACTIVE' OR (w.standing = 'SUSPENDED' AND w.suspended_until IS NOT NULL))";

    private SearchEntries() {
    }

    /**
     * Writes one worker's search rows anew. The worker's row is locked first, so that two transactions
     * changing the same worker (two certificates added at once, say) write their rows one after the other.
     */
    static void refresh(Handle handle, UUID workerId) {
        handle.createQuery("SELECT account_id FROM worker.worker WHERE account_id = :id FOR UPDATE")
                .bind("id", workerId).mapTo(UUID.class).findOne();
        handle.createUpdate("DELETE FROM worker.search_entry WHERE worker_id = :id").bind("id", workerId).execute();
        handle.createUpdate(INSERT.replace("FROM worker.worker WHERE #", "FROM worker.worker WHERE account_id = :id")
                        .replace("#", "worker_id = :id"))
                .bind("id", workerId)
                .execute();
    }

    /** Writes every worker's search rows anew, for data loaded around the application (the load driver). */
    static void rebuild(Handle handle) {
        handle.createUpdate("DELETE FROM worker.search_entry").execute();
        handle.createUpdate(INSERT.replace("#", "1 = 1")).execute();
    }
}
