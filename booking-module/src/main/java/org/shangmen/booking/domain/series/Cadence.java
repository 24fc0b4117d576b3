package org.shangmen.booking.domain.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.shangmen.kernel.DomainException;

/**
 * How often a series visits (C2.4 周期服务): every week or every two weeks on the first visit's weekday,
 * or every week on chosen weekdays.
 */
public record Cadence(Kind kind, Set<DayOfWeek> weekdays) {

    public enum Kind {
        WEEKLY, BIWEEKLY, WEEKDAYS
    }

    public Cadence {
        if (kind == null) {
            throw DomainException.invalid("booking.series-cadence-invalid");
        }
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        if (kind == Kind.WEEKDAYS && weekdays.isEmpty()) {
            throw DomainException.invalid("booking.series-cadence-invalid");
        }
    }

    /** The visit dates from {@code first} on, in order, up to and including {@code until}, at most {@code limit}. */
    public List<LocalDate> dates(LocalDate first, LocalDate until, int limit) {
        List<LocalDate> dates = new ArrayList<>();
        if (kind == Kind.WEEKDAYS) {
            TreeSet<DayOfWeek> days = new TreeSet<>(weekdays);
            for (LocalDate d = first; !d.isAfter(until) && dates.size() < limit; d = d.plusDays(1)) {
                if (days.contains(d.getDayOfWeek())) {
                    dates.add(d);
                }
            }
            return dates;
        }
        int step = kind == Kind.WEEKLY ? 1 : 2;
        for (LocalDate d = first; !d.isAfter(until) && dates.size() < limit; d = d.plusWeeks(step)) {
            dates.add(d);
        }
        return dates;
    }
}
