package org.shangmen.worker.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.worker.application.port.in.ManageSchedule;
import org.shangmen.worker.application.port.in.ManageSchedule.CalendarView;
import org.shangmen.worker.domain.MinuteWindow;
import org.shangmen.worker.domain.ScheduleException;
import org.shangmen.worker.domain.WeeklyHours;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/worker/schedule")
@Tag(name = "师傅日程 Worker schedule", description = "每周工作时间、请假与加班、已预约的订单(W2.3 日程)")
class ScheduleController {

    private static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";
    private final ManageSchedule schedules;
    private final ScheduleMapper mapper;

    ScheduleController(ManageSchedule schedules, ScheduleMapper mapper) {
        this.schedules = schedules;
        this.mapper = mapper;
    }

    record Window(@NotNull @Pattern(regexp = HH_MM) String start, @NotNull @Pattern(regexp = HH_MM) String end) {
        MinuteWindow toWindow() {
            return new MinuteWindow(minutes(start), minutes(end));
        }
    }

    record WeeklyHoursRequest(@NotNull @Size(max = 7) Map<DayOfWeek, @Size(max = 4) List<@Valid Window>> days) {
    }

    record ExceptionRequest(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            @NotNull ScheduleException.Kind kind, @NotNull @Valid Window window, @Size(max = 100) String note) {
    }

    record WindowView(String start, String end) {
    }

    record ExceptionView(UUID id, LocalDate date, ScheduleException.Kind kind, WindowView window, String note) {
    }

    record TimeView(OffsetDateTime start, OffsetDateTime end) {
    }

    record BookingView(UUID orderId, OffsetDateTime start, OffsetDateTime end) {
    }

    record CalendarResponse(String timeZone, Map<DayOfWeek, List<WindowView>> weeklyHours, List<ExceptionView> exceptions,
                            List<BookingView> bookings, List<TimeView> freeTime) {
    }

    @PutMapping("/weekly-hours")
    @Operation(summary = "设置每周工作时间(15 分钟为单位,每天最多 4 段)")
    CalendarResponse setWeeklyHours(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody WeeklyHoursRequest body) {
        Map<DayOfWeek, List<MinuteWindow>> days = new EnumMap<>(DayOfWeek.class);
        body.days().forEach((day, windows) -> days.put(day, windows.stream().map(Window::toWindow).toList()));
        return response(schedules.setWeeklyHours(UUID.fromString(jwt.getSubject()), new WeeklyHours(days)));
    }

    @PostMapping("/exceptions")
    @Operation(summary = "请假(LEAVE)或加班(EXTRA)")
    CalendarResponse addException(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ExceptionRequest body) {
        return response(schedules.addException(UUID.fromString(jwt.getSubject()),
                new ScheduleException(Ids.newId(), body.date(), body.kind(), body.window().toWindow(), body.note())));
    }

    @DeleteMapping("/exceptions/{exceptionId}")
    @Operation(summary = "取消一次请假或加班")
    CalendarResponse removeException(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID exceptionId) {
        return response(schedules.removeException(UUID.fromString(jwt.getSubject()), exceptionId));
    }

    @GetMapping
    @Operation(summary = "日程(日历或列表):工作时间、请假、已预约订单与空闲时间,最多 62 天")
    CalendarResponse calendar(@AuthenticationPrincipal Jwt jwt,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return response(schedules.calendar(UUID.fromString(jwt.getSubject()), from, to));
    }

    private CalendarResponse response(CalendarView v) {
        return mapper.toResponse(v);
    }

    static int minutes(String hhmm) {
        if (!hhmm.matches(HH_MM)) {
            throw DomainException.invalid("worker.window-invalid");
        }
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    static String time(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

}
