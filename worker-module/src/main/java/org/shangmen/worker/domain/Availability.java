package org.shangmen.worker.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
        List<TimeRange> working = new ArrayList<>();
        List<TimeRange> leave = new ArrayList<>();
        LocalDate first = range.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = range.end().atZone(zone).toLocalDate();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (MinuteWindow w : weekly.on(date.getDayOfWeek())) {
                add(working, date, w, zone);
            }
        }
        for (ScheduleException e : exceptions) {
            add(e.kind() == ScheduleException.Kind.EXTRA ? working : leave, e.date(), e.window(), zone);
        }
        List<TimeRange> free = subtract(union(working), union(leave));
        free = subtract(free, union(booked));
        return clip(free, range);
    }

    private static void add(List<TimeRange> into, LocalDate date, MinuteWindow w, ZoneId zone) {
        Instant start = at(date, w.start(), zone);
        Instant end = at(date, w.end(), zone);
        if (end.isAfter(start)) {
            into.add(new TimeRange(start, end));
        }
    }

    private static Instant at(LocalDate date, int minute, ZoneId zone) {
        if (minute == 1440) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
    }

    /** Sorted, non-overlapping ranges covering the same instants. */
    public static List<TimeRange> union(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::start));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange r : sorted) {
            if (!merged.isEmpty() && !merged.getLast().end().isBefore(r.start())) {
                TimeRange lastRange = merged.removeLast();
                merged.add(new TimeRange(lastRange.start(), r.end().isAfter(lastRange.end()) ? r.end() : lastRange.end()));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** {@code from} minus {@code cut}; both sorted and non-overlapping. */
    public static List<TimeRange> subtract(List<TimeRange> from, List<TimeRange> cut) {
        List<TimeRange> out = new ArrayList<>();
        for (TimeRange r : from) {
            Instant cursor = r.start();
            for (TimeRange c : cut) {
                if (!c.end().isAfter(cursor) || !c.start().isBefore(r.end())) {
                    continue;
                }
                if (c.start().isAfter(cursor)) {
                    out.add(new TimeRange(cursor, c.start()));
                }
                if (c.end().isAfter(cursor)) {
                    cursor = c.end();
                }
            }
            if (cursor.isBefore(r.end())) {
                out.add(new TimeRange(cursor, r.end()));
            }
        }
        return out;
    }

    private static List<TimeRange> clip(List<TimeRange> ranges, TimeRange window) {
        List<TimeRange> out = new ArrayList<>();
        for (TimeRange r : ranges) {
            Instant s = r.start().isBefore(window.start()) ? window.start() : r.start();
            Instant e = r.end().isAfter(window.end()) ? window.end() : r.end();
            if (e.isAfter(s)) {
                out.add(new TimeRange(s, e));
            }
        }
        return out;
    }
}
