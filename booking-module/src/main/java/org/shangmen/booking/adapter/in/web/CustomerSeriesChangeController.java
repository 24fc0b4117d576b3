package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.adapter.in.web.SeriesViews.SeriesView;
import org.shangmen.booking.application.port.in.series.ChangeSeries;
import org.shangmen.booking.domain.series.Cadence;
import org.shangmen.kernel.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** C2.4 a customer changes a recurring plan from a date on: new cadence or weekday, start time or preferred worker. */
@RestController
@RequestMapping("/api/v1/customer/series")
@Tag(name = "周期服务 Series", description = "C2.4 每周、隔周或指定星期的周期服务:每次上门都是一张普通订单")
class CustomerSeriesChangeController {

    private final ChangeSeries changes;
    private final SeriesViews views;

    CustomerSeriesChangeController(ChangeSeries changes, SeriesViews views) {
        this.changes = changes;
        this.views = views;
    }

    /**
     * {@code from}: the first day the change applies (tomorrow at the earliest); {@code cadence} with
     * {@code weekdays} (one weekday for WEEKLY or BIWEEKLY moves the visits to that day); {@code startTime}
     * "09:00" or "09:30"; {@code preferredWorkerId}, or {@code clearPreferredWorker} true. Any left out stays.
     */
    record SeriesChangeRequest(String from, Cadence.Kind cadence, Set<DayOfWeek> weekdays, String startTime, UUID preferredWorkerId,
                               Boolean clearPreferredWorker) {
    }

    @PostMapping("/{seriesId}/change-from")
    @Operation(summary = "自某日起变更周期服务:该日及以后的上门按新的周期、时间或指定人员重新生成(已生成的订单按周期服务创建时的取消规则取消),之前的不变")
    SeriesView changeSeriesFrom(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID seriesId,
                                @RequestBody(required = false) SeriesChangeRequest body, Locale locale) {
        if (body == null) {
            throw DomainException.invalid("booking.series-change-empty");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(String.valueOf(body.from()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("booking.series-change-date-invalid");
        }
        Optional<LocalTime> time = Optional.empty();
        if (body.startTime() != null) {
            try {
                time = Optional.of(LocalTime.parse(body.startTime()));
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("booking.series-start-invalid");
            }
        }
        Optional<Cadence> cadence = body.cadence() == null ? Optional.empty() : Optional.of(new Cadence(body.cadence(), body.weekdays()));
        return views.customer(changes.changeFrom(new ChangeSeries.ChangeCommand(UUID.fromString(jwt.getSubject()), seriesId, from, cadence,
                time, Optional.ofNullable(body.preferredWorkerId()), Boolean.TRUE.equals(body.clearPreferredWorker()))), locale);
    }
}
