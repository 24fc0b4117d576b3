package org.shangmen.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.TimeRange;

/**
 * Bookable start times (C2.3), a pure domain service. A start is offered when at least one eligible
 * worker can take the whole visit: the visit lies inside the worker's free time, keeps the travel
 * buffer to each of the worker's jobs, and the worker has fewer than the day's cap of jobs on the
 * start's local day. Starts lie on the local wall-clock grid of the given zone (:00 and :30), so a
 * day across a daylight-saving change has its real number of starts: a skipped hour has none, a
 * repeated hour has each of its starts twice, with different offsets.
 */
public final class SlotFinder {

    private static final long QUARTER = 15 * 60;

    private SlotFinder() {
    }

    /** What a worker's time looks like to the search: free ranges and the jobs already held. */
    public record WorkerTime(UUID workerId, List<TimeRange> free, List<TimeRange> jobs) {

        public WorkerTime {
            free = List.copyOf(free);
            jobs = List.copyOf(jobs);
        }
    }

    /** A bookable start, the visit's end, and how many eligible workers could take it. */
    public record Slot(Instant start, Instant end, int workers) {
    }

    /** The instants the days [from, from + days) of the zone span. */
    public static TimeRange days(ZoneId zone, LocalDate from, int days) {
        return new TimeRange(from.atStartOfDay(zone).toInstant(), from.plusDays(days).atStartOfDay(zone).toInstant());
    }

    /** Starts within the local days [from, from + days), not before now + the minimum notice. */
    public static List<Slot> find(SlotRules rules, ZoneId zone, Instant now, LocalDate from, int days, Duration visit,
                                  Collection<WorkerTime> workers) {
        TimeRange range = days(zone, from, days);
        Instant earliest = max(range.start(), now.plus(rules.minimumNotice()));
        return search(rules, zone, earliest, range.end(), visit, workers, false);
    }

    /** "As soon as possible": the first start from now + the ASAP notice within the horizon. */
    public static Optional<Slot> earliest(SlotRules rules, ZoneId zone, Instant now, Duration visit, Collection<WorkerTime> workers) {
        List<Slot> found = search(rules, zone, now.plus(rules.asapNotice()), now.plus(rules.asapHorizon()), visit, workers, true);
        return found.stream().findFirst();
    }

    /** The window of free time and jobs a search needs from the calendar. */
    /**
     * The workers who can make a visit starting exactly at {@code start}: free for all of it, clear of
     * their jobs by the travel buffer and under the daily cap, by the same rules as the slot search.
     */
    public static List<UUID> freeAt(SlotRules rules, ZoneId zone, Instant start, Duration visit, Collection<WorkerTime> workers) {
        if (!visit.isPositive()) {
            throw new IllegalArgumentException("a visit takes time");
        }
        long[] grid = {start.getEpochSecond()};
        long[] day = {localDay(start, zone.getRules())};
        List<UUID> free = new ArrayList<>();
        WorkerStarts starts = new WorkerStarts();
        for (WorkerTime worker : workers) {
            int[] counts = new int[1];
            starts.count(worker, grid, day, visit.toSeconds(), rules.travelBuffer().toSeconds(), rules.maxJobsPerDay(), zone.getRules(), counts);
            if (counts[0] > 0) {
                free.add(worker.workerId());
            }
        }
        return free;
    }

    public static TimeRange freeTimeWindow(Instant earliest, Instant latestStart, Duration visit) {
        return new TimeRange(earliest, max(latestStart, earliest.plusSeconds(1)).plus(visit));
    }

    /**
     * The starts of the grid in [from, to): the instants whose local time in the zone is a multiple of
     * the granularity past midnight, at whole minutes. Zone offsets are multiples of 15 minutes, so
     * stepping through UTC quarter hours meets every such instant.
     */
    public static long[] grid(ZoneId zone, Instant from, Instant to, Duration granularity) {
        long step = granularity.toSeconds();
        long first = Math.floorDiv(from.getEpochSecond() + QUARTER - 1, QUARTER) * QUARTER;
        List<Long> out = new ArrayList<>();
        var rules = zone.getRules();
        for (long t = first; t < to.getEpochSecond(); t += QUARTER) {
            Instant instant = Instant.ofEpochSecond(t);
            if (instant.isBefore(from)) {
                continue;
            }
            long localSeconds = t + rules.getOffset(instant).getTotalSeconds();
            if (Math.floorMod(localSeconds, step) == 0) {
                out.add(t);
            }
        }
        long[] grid = new long[out.size()];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = out.get(i);
        }
        return grid;
    }

    private static List<Slot> search(SlotRules rules, ZoneId zone, Instant earliest, Instant end, Duration visit,
                                     Collection<WorkerTime> workers, boolean firstOnly) {
        if (!visit.isPositive()) {
            throw new IllegalArgumentException("a visit takes time");
        }
        if (!end.isAfter(earliest)) {
            return List.of();
        }
        long[] grid = grid(zone, earliest, end, rules.granularity());
        if (grid.length == 0) {
            return List.of();
        }
        long[] day = new long[grid.length];
        var zoneRules = zone.getRules();
        for (int i = 0; i < grid.length; i++) {
            Instant t = Instant.ofEpochSecond(grid[i]);
            day[i] = Math.floorDiv(grid[i] + zoneRules.getOffset(t).getTotalSeconds(), 86_400L);
        }
        long duration = visit.toSeconds();
        long buffer = rules.travelBuffer().toSeconds();
        int[] counts = new int[grid.length];
        WorkerStarts starts = new WorkerStarts();
        for (WorkerTime worker : workers) {
            starts.count(worker, grid, day, duration, buffer, rules.maxJobsPerDay(), zoneRules, counts);
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < grid.length; i++) {
            if (counts[i] > 0) {
                Instant start = Instant.ofEpochSecond(grid[i]);
                slots.add(new Slot(start, start.plusSeconds(duration), counts[i]));
                if (firstOnly) {
                    break;
                }
            }
        }
        return slots;
    }

    static long localDay(Instant t, ZoneRules zone) {
        return Math.floorDiv(t.getEpochSecond() + zone.getOffset(t).getTotalSeconds(), 86_400L);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
