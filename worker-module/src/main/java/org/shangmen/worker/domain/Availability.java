package org.shangmen.worker.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shangmen.kernel.TimeRange;

/**
 * A worker's free time over a range: the weekly windows of each local date in the worker's zone, plus
 * extra time, minus leave, minus booked time. Local times become instants through the zone's rules, so
 * days across a daylight-saving change have their real length.
 */
public final class Availability {

    private Availability() {
    }

    public static List<TimeRange> freeTime(ZoneId zone, WeeklyHours weekly, List<ScheduleException> exceptions,
                                           List<TimeRange> booked, TimeRange range) {
        LocalDate first = range.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = range.end().atZone(zone).toLocalDate();
        LocalClock local = LocalClock.of(zone, first, last);
        Spans working = new Spans(2 * (int) (last.toEpochDay() - first.toEpochDay() + 1) + exceptions.size());
        Spans leave = new Spans(exceptions.size());
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (MinuteWindow w : weekly.on(date.getDayOfWeek())) {
                working.add(local.micros(date, w.start()), local.micros(date, w.end()));
            }
        }
        for (ScheduleException e : exceptions) {
            (e.kind() == ScheduleException.Kind.EXTRA ? working : leave)
                    .add(local.micros(e.date(), e.window().start()), local.micros(e.date(), e.window().end()));
        }
        Spans busy = new Spans(booked.size());
        for (TimeRange b : booked) {
            busy.add(micros(b.start()), micros(b.end()));
        }
        Spans free = working.union().subtract(leave.union()).subtract(busy.union());
        return free.clipped(micros(range.start()), micros(range.end()));
    }

    /**
     * Free time (as {@link #freeTime} answers it: sorted, not overlapping) within a range: what
     * {@code freeTime} over that range answers when it lies inside the range the free time was computed over.
     * Ranges wholly inside are the same objects.
     */
    public static List<TimeRange> within(List<TimeRange> free, TimeRange range) {
        int first = firstEndingAfter(free, range.start());
        int last = first;
        while (last < free.size() && free.get(last).start().isBefore(range.end())) {
            last++;
        }
        List<TimeRange> out = new ArrayList<>(last - first);
        for (int i = first; i < last; i++) {
            TimeRange r = free.get(i);
            boolean cutStart = r.start().isBefore(range.start());
            boolean cutEnd = r.end().isAfter(range.end());
            out.add(cutStart || cutEnd ? new TimeRange(cutStart ? range.start() : r.start(), cutEnd ? range.end() : r.end()) : r);
        }
        return out;
    }

    /** The index of the first of the sorted, non-overlapping ranges that ends after the instant. */
    private static int firstEndingAfter(List<TimeRange> ranges, Instant t) {
        int low = 0;
        int high = ranges.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ranges.get(mid).end().isAfter(t)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /**
     * Local dates and minutes to instants. Where the zone keeps one offset over all the dates (China's zone
     * always, others between their changes) it is arithmetic; across a change, the zone's rules (a skipped
     * local time moves on by the gap, a repeated one takes the earlier offset).
     */
    private record LocalClock(ZoneId zone, long fixedFrom, long fixedTo, long offsetSeconds) {

        static LocalClock of(ZoneId zone, LocalDate first, LocalDate last) {
            ZoneRules rules = zone.getRules();
            Instant probe = first.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
            long offset = rules.getOffset(probe).getTotalSeconds();
            ZoneOffsetTransition next = rules.isFixedOffset() ? null : rules.nextTransition(probe);
            if (next != null && next.getInstant().isBefore(last.plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant())) {
                return new LocalClock(zone, 1, 0, 0);
            }
            return new LocalClock(zone, first.toEpochDay() - 1, last.toEpochDay() + 1, offset);
        }

        long micros(LocalDate date, int minute) {
            long day = date.toEpochDay();
            if (day >= fixedFrom && day <= fixedTo) {
                return ((day * 1_440 + minute) * 60 - offsetSeconds) * 1_000_000L;
            }
            return Availability.micros(at(date, minute, zone));
        }
    }

    /** Ranges as pairs of epoch microseconds (a {@link TimeRange}'s precision): the arithmetic without objects. */
    private static final class Spans {
        private long[] starts;
        private long[] ends;
        private int size;

        Spans(int capacity) {
            starts = new long[Math.max(capacity, 4)];
            ends = new long[starts.length];
        }

        void add(long start, long end) {
            if (end <= start) {
                return;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            // Insertion by start: the ranges come nearly in order, so this is close to linear.
            int i = size++;
            while (i > 0 && starts[i - 1] > start) {
                starts[i] = starts[i - 1];
                ends[i] = ends[i - 1];
                i--;
            }
            starts[i] = start;
            ends[i] = end;
        }

        /** Sorted, non-overlapping ranges covering the same instants (touching ones joined). */
        Spans union() {
            Spans out = new Spans(size);
            for (int i = 0; i < size; i++) {
                if (out.size > 0 && out.ends[out.size - 1] >= starts[i]) {
                    out.ends[out.size - 1] = Math.max(out.ends[out.size - 1], ends[i]);
                } else {
                    out.starts[out.size] = starts[i];
                    out.ends[out.size++] = ends[i];
                }
            }
            return out;
        }

        /** This minus {@code cut}; both sorted and non-overlapping. */
        Spans subtract(Spans cut) {
            if (cut.size == 0) {
                return this;
            }
            Spans out = new Spans(size + cut.size);
            int c = 0;
            for (int i = 0; i < size; i++) {
                long cursor = starts[i];
                long end = ends[i];
                while (c < cut.size && cut.ends[c] <= cursor) {
                    c++;
                }
                for (int k = c; k < cut.size && cut.starts[k] < end; k++) {
                    if (cut.starts[k] > cursor) {
                        out.append(cursor, cut.starts[k]);
                    }
                    cursor = Math.max(cursor, cut.ends[k]);
                }
                if (cursor < end) {
                    out.append(cursor, end);
                }
            }
            return out;
        }

        private void append(long start, long end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size++] = end;
        }

        List<TimeRange> clipped(long from, long to) {
            List<TimeRange> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long s = Math.max(starts[i], from);
                long e = Math.min(ends[i], to);
                if (e > s) {
                    out.add(new TimeRange(instant(s), instant(e)));
                }
            }
            return out;
        }
    }

    private static Instant at(LocalDate date, int minute, ZoneId zone) {
        if (minute == 1440) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
    }
}
