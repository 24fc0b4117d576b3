package org.shangmen.worker.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.domain.ScheduleException;
import org.shangmen.worker.domain.WeeklyHours;

/** A worker's calendar: weekly hours, leave and extra days, and the bookings dispatch adds. */
public interface ManageSchedule {

    CalendarView setWeeklyHours(UUID workerId, WeeklyHours hours);

    CalendarView addException(UUID workerId, ScheduleException exception);

    CalendarView removeException(UUID workerId, UUID exceptionId);

    /** The calendar between two local dates (inclusive), at most 62 days. */
    CalendarView calendar(UUID workerId, LocalDate from, LocalDate to);

    record CalendarView(String timeZone, WeeklyHours weeklyHours, List<ScheduleException> exceptions,
                        List<BookedTime> bookings, List<TimeRange> freeTime) {
    }

    record BookedTime(UUID orderId, TimeRange time) {
    }
}
