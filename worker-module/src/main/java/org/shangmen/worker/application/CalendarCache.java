package org.shangmen.worker.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.shangmen.kernel.TimeRange;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.application.port.out.ScheduleStore;
import org.shangmen.worker.domain.Availability;

/**
 * Each worker's free time over the coming weeks, kept by this instance with the stamp of the calendar it was
 * computed from. A search reads the eligible workers with their stamps and, in the same statement, only the
 * calendars whose stamps this instance does not hold; every other worker's free time comes from memory.
 * Every calendar write (weekly hours, exceptions, bookings) writes a new random stamp in its own transaction,
 * so another instance's change, a change made while this one was stopped and a restored backup are all seen
 * on the next search. Ranges outside the kept weeks are read and computed as they always were.
 */
final class CalendarCache {

    /** The kept weeks: from the start of yesterday to {@value} days ahead (China's dates), past a fortnight's search from any of the next two weeks. */
    static final int HORIZON_DAYS = 32;
    /** Workers kept at most; past it the memory is emptied and filled again by the next searches. */
    static final int MAX_WORKERS = 50_000;

    private record Entry(long stamp, ZoneId zone, TimeRange horizon, List<TimeRange> free) {
    }

    private final ScheduleStore schedules;
    private final Clock clock;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    /** The workers each district and needs found at their last search. */
    private final Map<String, List<UUID>> lastFound = new ConcurrentHashMap<>();
    private final AtomicLong calendarsRead = new AtomicLong();

    CalendarCache(ScheduleStore schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    /**
     * The eligible workers with their free time in the range, in account order; {@code uncached} answers for
     * workers whose calendar could not be matched with a stamp (a stamp another worker's entry holds).
     */
    Map<UUID, List<TimeRange>> eligibleFreeTime(List<ScheduleStore.Need> needs, String district, TimeRange range,
                                                BiFunction<Collection<UUID>, TimeRange, Map<UUID, List<TimeRange>>> uncached) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        TimeRange horizon = new TimeRange(today.minusDays(1).atStartOfDay(Zones.CHINA).toInstant(),
                today.plusDays(HORIZON_DAYS).atStartOfDay(Zones.CHINA).toInstant());
        boolean keep = !range.start().isBefore(horizon.start()) && !range.end().isAfter(horizon.end());
        TimeRange read = keep ? horizon : range;
        // The stamps sent are those of the workers the same district and needs found last time: the workers of
        // other districts and skills kept here would only lengthen the statement's argument.
        String key = district + needs;
        Map<UUID, Entry> known = new HashMap<>();
        if (keep) {
            for (UUID id : lastFound.getOrDefault(key, List.of())) {
                Entry e = entries.get(id);
                if (e != null && !range.start().isBefore(e.horizon().start()) && !range.end().isAfter(e.horizon().end())) {
                    known.put(id, e);
                }
            }
        }
        List<Long> stamps = new ArrayList<>(known.size());
        known.values().forEach(e -> stamps.add(e.stamp()));
        LocalDate from = read.start().atZone(Zones.CHINA).toLocalDate().minusDays(1);
        LocalDate to = read.end().atZone(Zones.CHINA).toLocalDate().plusDays(1);
        Map<UUID, ScheduleStore.Stamped> found = schedules.eligibleCalendars(needs, district, clock.instant(), today, from, to, read, stamps);
        Map<UUID, List<TimeRange>> free = new LinkedHashMap<>();
        List<UUID> unmatched = new ArrayList<>();
        int computed = 0;
        for (Map.Entry<UUID, ScheduleStore.Stamped> row : found.entrySet()) {
            UUID id = row.getKey();
            ScheduleStore.Stamped s = row.getValue();
            if (s.read()) {
                ScheduleStore.Calendar c = s.calendar();
                List<TimeRange> computedFree = Availability.freeTime(c.zone(), c.weekly(), c.exceptions(), c.booked(), read);
                computed++;
                if (keep && s.stamp() != null) {
                    remember(id, new Entry(s.stamp(), c.zone(), read, computedFree));
                }
                free.put(id, keep ? Availability.within(computedFree, range) : computedFree);
            } else {
                Entry e = known.get(id);
                if (e != null && s.stamp() != null && e.stamp() == s.stamp() && e.zone().equals(s.zone())) {
                    free.put(id, Availability.within(e.free(), range));
                } else {
                    // The stamp was among those known, but not as this worker's: read this one as before.
                    free.put(id, List.of());
                    unmatched.add(id);
                }
            }
        }
        if (!unmatched.isEmpty()) {
            Map<UUID, List<TimeRange>> direct = uncached.apply(unmatched, range);
            unmatched.forEach(id -> free.put(id, direct.getOrDefault(id, List.of())));
            computed += unmatched.size();
        }
        calendarsRead.addAndGet(computed);
        if (lastFound.size() >= MAX_WORKERS && !lastFound.containsKey(key)) {
            lastFound.clear();
        }
        lastFound.put(key, List.copyOf(found.keySet()));
        return free;
    }

    private void remember(UUID id, Entry entry) {
        if (entries.size() >= MAX_WORKERS && !entries.containsKey(id)) {
            entries.clear();
        }
        entries.put(id, entry);
    }

    /** Calendars read from the database and computed since this instance started (the rest came from memory). */
    long calendarsRead() {
        return calendarsRead.get();
    }
}
