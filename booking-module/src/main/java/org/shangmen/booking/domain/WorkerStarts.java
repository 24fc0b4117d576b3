package org.shangmen.booking.domain;

import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.shangmen.booking.domain.SlotFinder.WorkerTime;
import org.shangmen.kernel.TimeRange;

/**
 * One worker's part of a slot search: which starts of the grid the worker can take (C2.3). One instance
 * serves one search, worker after worker: the arrays a worker's jobs are sorted into are kept for the next
 * worker rather than made again for each of thousands.
 */
final class WorkerStarts {

    private long[] jobStart = new long[16];
    private long[] jobEnd = new long[16];
    private int[] perDay = new int[32];

    /**
     * Adds one to each start of the grid the worker can take. The starts are visited in ascending order (free
     * ranges merged and sorted, the grid ascending), so jobs that end, with the buffer, before a start are
     * passed over once for all later starts; the jobs a day holds are counted once in an array of the days.
     */
    void count(WorkerTime worker, long[] grid, long[] day, long duration, long buffer, int cap, ZoneRules zone, int[] counts) {
        List<TimeRange> jobs = worker.jobs();
        int n = jobs.size();
        if (jobStart.length < n) {
            jobStart = new long[Math.max(n, jobStart.length * 2)];
            jobEnd = new long[jobStart.length];
        }
        long firstDay = day[0];
        int days = (int) (day[day.length - 1] - firstDay) + 1;
        if (n > 0) {
            if (perDay.length < days) {
                perDay = new int[Math.max(days, perDay.length * 2)];
            }
            Arrays.fill(perDay, 0, days, 0);
            for (int j = 0; j < n; j++) {
                TimeRange job = jobs.get(j);
                // Insertion by start into the arrays: a worker's jobs are few, and come in any order.
                long start = job.start().getEpochSecond();
                long end = ceilSeconds(job.end());
                int k = j;
                while (k > 0 && jobStart[k - 1] > start) {
                    jobStart[k] = jobStart[k - 1];
                    jobEnd[k] = jobEnd[k - 1];
                    k--;
                }
                jobStart[k] = start;
                jobEnd[k] = end;
                long d = SlotFinder.localDay(job.start(), zone) - firstDay;
                if (d >= 0 && d < days) {
                    perDay[(int) d]++;
                }
            }
        }
        int passed = 0;
        for (TimeRange free : merged(worker.free())) {
            long freeStart = ceilSeconds(free.start());
            long freeEnd = free.end().getEpochSecond();
            int i = lowerBound(grid, freeStart);
            for (; i < grid.length && grid[i] + duration <= freeEnd; i++) {
                long start = grid[i];
                if (n > 0 && perDay[(int) (day[i] - firstDay)] >= cap) {
                    continue;
                }
                while (passed < n && jobEnd[passed] + buffer <= start) {
                    passed++;
                }
                if (clashes(start, start + duration, buffer, passed, n)) {
                    continue;
                }
                counts[i]++;
            }
        }
    }

    /** True when [start, end) comes closer than the buffer to any of the first {@code n} jobs from {@code from} on (sorted by start). */
    private boolean clashes(long start, long end, long buffer, int from, int n) {
        for (int j = from; j < n; j++) {
            if (jobStart[j] >= end + buffer) {
                return false;
            }
            if (start < jobEnd[j] + buffer) {
                return true;
            }
        }
        return false;
    }

    private static List<TimeRange> sortedByStart(List<TimeRange> ranges) {
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i).start().isBefore(ranges.get(i - 1).start())) {
                List<TimeRange> sorted = new ArrayList<>(ranges);
                sorted.sort(Comparator.comparing(TimeRange::start));
                return sorted;
            }
        }
        return ranges;
    }

    /** Free ranges sorted and merged, so that a visit spanning two touching ranges is found. */
    private static List<TimeRange> merged(List<TimeRange> ranges) {
        if (ranges.size() < 2 || separated(ranges)) {
            return ranges;
        }
        List<TimeRange> sorted = sortedByStart(ranges);
        List<TimeRange> out = new ArrayList<>(sorted.size());
        TimeRange current = sorted.getFirst();
        for (int i = 1; i < sorted.size(); i++) {
            TimeRange next = sorted.get(i);
            if (!next.start().isAfter(current.end())) {
                current = new TimeRange(current.start(), next.end().isAfter(current.end()) ? next.end() : current.end());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out;
    }

    /** True when each range starts after the one before it ends (the worker calendar's free time always does). */
    private static boolean separated(List<TimeRange> ranges) {
        for (int i = 1; i < ranges.size(); i++) {
            if (!ranges.get(i).start().isAfter(ranges.get(i - 1).end())) {
                return false;
            }
        }
        return true;
    }

    private static int lowerBound(long[] grid, long value) {
        int lo = 0;
        int hi = grid.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (grid[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whole seconds, rounded up: free ranges shrink and jobs grow to whole seconds, never the other way. */
    private static long ceilSeconds(Instant t) {
        return t.getNano() == 0 ? t.getEpochSecond() : t.getEpochSecond() + 1;
    }
}
