package org.shangmen.worker.adapter.in.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.adapter.in.web.ScheduleController.BookingView;
import org.shangmen.worker.adapter.in.web.ScheduleController.CalendarResponse;
import org.shangmen.worker.adapter.in.web.ScheduleController.ExceptionView;
import org.shangmen.worker.adapter.in.web.ScheduleController.TimeView;
import org.shangmen.worker.adapter.in.web.ScheduleController.WindowView;
import org.shangmen.worker.application.port.in.ManageSchedule.BookedTime;
import org.shangmen.worker.application.port.in.ManageSchedule.CalendarView;
import org.shangmen.worker.domain.MinuteWindow;
import org.shangmen.worker.domain.ScheduleException;

/** A worker's calendar, its times in the worker's own zone and its day windows as {@code HH:mm}. */
@Mapper
interface ScheduleMapper {

    default CalendarResponse toResponse(CalendarView view) {
        return toResponse(view, ZoneId.of(view.timeZone()));
    }

    @Mapping(target = "weeklyHours", source = "view.weeklyHours.days")
    CalendarResponse toResponse(CalendarView view, @Context ZoneId zone);

    Map<DayOfWeek, List<WindowView>> days(Map<DayOfWeek, List<MinuteWindow>> days);

    List<WindowView> windows(List<MinuteWindow> windows);

    default WindowView window(MinuteWindow window) {
        return new WindowView(ScheduleController.time(window.start()), ScheduleController.time(window.end()));
    }

    ExceptionView exception(ScheduleException exception);

    @Mapping(target = "start", source = "time.start")
    @Mapping(target = "end", source = "time.end")
    BookingView booking(BookedTime booked, @Context ZoneId zone);

    TimeView time(TimeRange range, @Context ZoneId zone);

    default OffsetDateTime at(Instant instant, @Context ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
