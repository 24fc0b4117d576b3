package org.shangmen.worker.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shangmen.kernel.DomainException;

/** The hours a worker usually works, per day of the week, in their time zone; at most four windows a day. */
public record WeeklyHours(Map<DayOfWeek, List<MinuteWindow>> days) {

    public WeeklyHours {
        Map<DayOfWeek, List<MinuteWindow>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, windows) -> {
            List<MinuteWindow> sorted = new ArrayList<>(windows);
            sorted.sort(Comparator.comparingInt(MinuteWindow::start));
            if (sorted.size() > 4) {
                throw DomainException.invalid("worker.too-many-windows");
            }
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw DomainException.invalid("worker.windows-overlap");
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, List.copyOf(sorted));
            }
        });
        days = Map.copyOf(copy);
    }

    public List<MinuteWindow> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }
}
