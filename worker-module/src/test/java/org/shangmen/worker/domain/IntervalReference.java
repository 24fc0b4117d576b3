package org.shangmen.worker.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shangmen.kernel.TimeRange;

/**
 * Union and subtraction of time ranges written plainly on instants: the reference {@link Availability}'s
 * arithmetic on microseconds is compared with, itself checked against a minute-by-minute count.
 */
final class IntervalReference {

    private IntervalReference() {
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
}
