package org.shangmen.worker.adapter.out.persistence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.persistence.CustomPlans;
import org.shangmen.persistence.LongArrays;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.application.port.out.ScheduleStore.Calendar;
import org.shangmen.worker.application.port.out.ScheduleStore.Need;
import org.shangmen.worker.application.port.out.ScheduleStore.Stamped;
import org.shangmen.worker.domain.MinuteWindow;
import org.shangmen.worker.domain.ScheduleException;
import org.shangmen.worker.domain.WeeklyHours;

/** The calendar read of a slot search and of dispatch's "who is free": one statement whatever the number of workers. */
final class CalendarRead {

    /** Rows fetched at a time (inside the caller's read-only transaction). */
    static final int BULK_FETCH_SIZE = 4_096;

    private CalendarRead() {
    }

    /**
     * The eligible workers (a common table expression) with their zone and calendar stamp, and, in one
     * {@code UNION ALL}, the weekly hours, the exceptions in the days and the bookings overlapping the range of
     * those whose stamp is null or not among {@code :known}. A booking is looked up by its end
     * ({@code booking_by_worker_end_idx}): bookings that ended before the range are never read, however long
     * the history. Columns: k, worker_id, txt, n1, n2, n3, d, xid, note, t1, t2, st; a worker's row ('W')
     * carries its zone, its stamp and in n1 whether its calendar follows (1) or not (0).
     */
    static String sql(List<EligibleWorkers.Need> needs, boolean someDays) {
        return "WITH e AS (" + EligibleWorkers.select(needs) + "), "
                + "s AS (SELECT e.account_id, e.time_zone, c.stamp FROM e LEFT JOIN worker.calendar_stamp c ON c.worker_id = e.account_id), "
                + "r AS (SELECT s.account_id FROM s WHERE s.stamp IS NULL "
                + "OR NOT EXISTS (SELECT 1 FROM unnest(:known) AS k(v) WHERE k.v = s.stamp)) "
                + "SELECT 'W' AS k, s.account_id AS worker_id, CAST(s.time_zone AS VARCHAR(64)) AS txt, "
                + "CASE WHEN r.account_id IS NULL THEN 0 ELSE 1 END AS n1, CAST(NULL AS INT) AS n2, CAST(NULL AS INT) AS n3, "
                + "CAST(NULL AS DATE) AS d, CAST(NULL AS UUID) AS xid, CAST(NULL AS VARCHAR(100)) AS note, "
                + "CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS t1, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS t2, s.stamp AS st "
                + "FROM s LEFT JOIN r ON r.account_id = s.account_id "
                + "UNION ALL SELECT 'H', h.worker_id, CAST(NULL AS VARCHAR(64)), h.day_of_week, h.start_minute, h.end_minute, "
                + "CAST(NULL AS DATE), CAST(NULL AS UUID), CAST(NULL AS VARCHAR(100)), CAST(NULL AS TIMESTAMP WITH TIME ZONE), "
                + "CAST(NULL AS TIMESTAMP WITH TIME ZONE), CAST(NULL AS BIGINT) FROM worker.weekly_hours h JOIN r ON r.account_id = h.worker_id "
                + (someDays ? "WHERE h.day_of_week IN (<days>) " : "")
                + "UNION ALL SELECT 'X', x.worker_id, CAST(x.kind AS VARCHAR(64)), CAST(NULL AS INT), x.start_minute, x.end_minute, "
                + "x.local_date, x.id, x.note, CAST(NULL AS TIMESTAMP WITH TIME ZONE), CAST(NULL AS TIMESTAMP WITH TIME ZONE), "
                + "CAST(NULL AS BIGINT) FROM worker.schedule_exception x JOIN r ON r.account_id = x.worker_id "
                + "WHERE x.local_date BETWEEN :from AND :to "
                + "UNION ALL SELECT 'B', b.worker_id, CAST(NULL AS VARCHAR(64)), CAST(NULL AS INT), CAST(NULL AS INT), "
                + "CAST(NULL AS INT), CAST(NULL AS DATE), CAST(NULL AS UUID), CAST(NULL AS VARCHAR(100)), b.starts_at, b.ends_at, "
                + "CAST(NULL AS BIGINT) FROM worker.booking b JOIN r ON r.account_id = b.worker_id "
                + "WHERE b.ends_at > :start AND b.starts_at < :end";
    }

    /**
     * From how many known stamps (the workers the last read of the same needs and district found) the statement is
     * planned for each search's arguments: PostgreSQL's generic plan for it guesses a few eligible workers and
     * chooses nested loops, which took twice as long with 2 000 (33 ms against 17), while planning each time
     * costs about 4 ms, more than the nested loops lose over a few hundred.
     */
    static final int CUSTOM_PLAN_FROM = 300;

    static Map<UUID, Stamped> eligible(Jdbi jdbi, List<Need> needs, String district, Instant now, LocalDate today, LocalDate from,
                                       LocalDate to, TimeRange range, Collection<Long> known, boolean many) {
        List<EligibleWorkers.Need> wanted = needs.stream().map(n -> new EligibleWorkers.Need(n.skill(), n.certificates())).toList();
        Map<UUID, ZoneId> zones = new TreeMap<>();
        Map<String, ZoneId> zoneIds = new HashMap<>();
        Map<UUID, Long> stamps = new HashMap<>();
        Set<UUID> read = new HashSet<>();
        Map<UUID, Map<DayOfWeek, List<MinuteWindow>>> hours = new HashMap<>();
        Map<UUID, List<ScheduleException>> exceptions = new HashMap<>();
        Map<UUID, List<TimeRange>> booked = new HashMap<>();
        // Only the weekly hours of the days of the week the dates touch (the dates hold a day's margin on each side).
        SortedSet<Integer> days = new TreeSet<>();
        for (LocalDate d = from; !d.isAfter(to) && days.size() < 7; d = d.plusDays(1)) {
            days.add(d.getDayOfWeek().getValue());
        }
        boolean someDays = days.size() < 7;
        jdbi.useHandle(h -> EligibleWorkers.bind(h.createQuery(sql(wanted, someDays)), wanted, district, now, today)
                .bind("from", from).bind("to", to).bind("start", range.start()).bind("end", range.end())
                .bind("known", LongArrays.of(known))
                .defineList("days", List.copyOf(days))
                .addCustomizer(many ? CustomPlans.EACH_EXECUTION : CustomPlans.NONE)
                // Rows in batches as they are mapped, not the whole result held by the driver first.
                .setFetchSize(BULK_FETCH_SIZE)
                // Columns by position: tens of thousands of rows where a calendar is read cold, where finding each column
                // by its name was a measurable share of the work.
                .map((rs, ctx) -> {
                    UUID worker = rs.getObject(2, UUID.class);
                    switch (rs.getString(1).charAt(0)) {
                        case 'W' -> {
                            zones.put(worker, zoneIds.computeIfAbsent(rs.getString(3), ZoneId::of));
                            long stamp = rs.getLong(12);
                            stamps.put(worker, rs.wasNull() ? null : stamp);
                            if (rs.getInt(4) == 1) {
                                read.add(worker);
                            }
                        }
                        case 'H' -> hours.computeIfAbsent(worker, k -> new EnumMap<>(DayOfWeek.class))
                                .computeIfAbsent(DayOfWeek.of(rs.getInt(4)), k -> new ArrayList<>(2))
                                .add(new MinuteWindow(rs.getInt(5), rs.getInt(6)));
                        case 'X' -> exceptions.computeIfAbsent(worker, k -> new ArrayList<>())
                                .add(new ScheduleException(rs.getObject(8, UUID.class), rs.getObject(7, LocalDate.class),
                                        ScheduleException.Kind.valueOf(rs.getString(3)),
                                        new MinuteWindow(rs.getInt(5), rs.getInt(6)), rs.getString(9)));
                        default -> booked.computeIfAbsent(worker, k -> new ArrayList<>())
                                .add(new TimeRange(rs.getObject(10, OffsetDateTime.class).toInstant(),
                                        rs.getObject(11, OffsetDateTime.class).toInstant()));
                    }
                    return 0;
                }).forEach(x -> { }));
        Map<UUID, Stamped> result = new LinkedHashMap<>();
        Comparator<ScheduleException> byDay = Comparator.comparing(ScheduleException::date).thenComparingInt(e -> e.window().start());
        zones.forEach((id, zone) -> {
            Calendar calendar = null;
            if (read.contains(id)) {
                // Bookings in the order read: the free-time arithmetic orders them itself.
                calendar = new Calendar(zone, new WeeklyHours(hours.getOrDefault(id, Map.of())),
                        exceptions.getOrDefault(id, List.of()).stream().sorted(byDay).toList(), booked.getOrDefault(id, List.of()));
            }
            result.put(id, new Stamped(zone, stamps.get(id), calendar));
        });
        return result;
    }
}
