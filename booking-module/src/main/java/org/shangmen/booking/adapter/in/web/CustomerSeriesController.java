package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.adapter.in.web.SeriesViews.SeriesPage;
import org.shangmen.booking.adapter.in.web.SeriesViews.SeriesView;
import org.shangmen.booking.application.port.in.series.ArrangeSeries;
import org.shangmen.booking.application.port.in.series.ArrangeSeries.CreateCommand;
import org.shangmen.booking.domain.series.Cadence;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** C2.4 a customer's recurring plans (周期服务): weekly, every two weeks or on chosen weekdays, the same worker asked first. */
@RestController
@RequestMapping("/api/v1/customer/series")
@Tag(name = "周期服务 Series", description = "C2.4 每周、隔周或指定星期的周期服务:每次上门都是一张普通订单")
class CustomerSeriesController {

    private final ArrangeSeries series;
    private final SeriesViews views;

    CustomerSeriesController(ArrangeSeries series, SeriesViews views) {
        this.series = series;
        this.views = views;
    }

    /**
     * {@code cadence}: WEEKLY or BIWEEKLY on the first date's weekday, or WEEKDAYS with {@code weekdays};
     * {@code startTime} "09:00" or "09:30"; {@code visits} 1–104, or none for "until cancelled".
     */
    record SeriesRequest(List<WebInput.LineRequest> items, String district, UUID communityId, Double latitude, Double longitude,
                         String addressDetail, String contactName, String requirements, UUID preferredWorkerId, Cadence.Kind cadence,
                         Set<DayOfWeek> weekdays, String firstDate, String startTime, Integer visits) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "创建周期服务:按周期生成普通订单(提前 4 周),每次先询问同一位家政人员,无法接单的那一次单独走派单流程")
    SeriesView create(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) SeriesRequest body, Locale locale) {
        if (body == null || body.items() == null || body.items().isEmpty() || body.items().stream().anyMatch(l -> l == null || l.itemId() == null)) {
            throw DomainException.invalid("booking.basket-empty");
        }
        Optional<GeoPoint> point = Optional.empty();
        if (body.latitude() != null || body.longitude() != null) {
            if (body.latitude() == null || body.longitude() == null) {
                throw DomainException.invalid("booking.point-invalid");
            }
            try {
                point = Optional.of(new GeoPoint(body.latitude(), body.longitude()));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("booking.point-invalid");
            }
        }
        LocalDate first;
        LocalTime time;
        try {
            first = LocalDate.parse(String.valueOf(body.firstDate()));
            time = LocalTime.parse(String.valueOf(body.startTime()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("booking.series-start-invalid");
        }
        List<Series.Line> items = body.items().stream().map(l -> new Series.Line(l.itemId(), l.options() == null ? Map.of() : l.options()))
                .toList();
        return views.customer(series.create(new CreateCommand(me(jwt), items, WebInput.district(body.district()),
                Optional.ofNullable(body.communityId()), point, body.addressDetail(), body.contactName(), body.requirements(),
                Optional.ofNullable(body.preferredWorkerId()), new Cadence(body.cadence(), body.weekdays()), first, time,
                Optional.ofNullable(body.visits()))), locale);
    }

    @GetMapping
    @Operation(summary = "我的周期服务,最新在前,分页")
    SeriesPage list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                    Locale locale) {
        Page<Series> found = series.customerSeries(me(jwt), new PageRequest(page, size));
        return new SeriesPage(found.items().stream().map(s -> views.customer(s, locale)).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{seriesId}")
    @Operation(summary = "周期服务详情:每次上门的时间、状态与订单")
    SeriesView detail(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID seriesId, Locale locale) {
        return views.customer(series.ofCustomer(me(jwt), seriesId), locale);
    }

    @PostMapping("/{seriesId}/visits/{seq}/skip")
    @Operation(summary = "跳过一次上门:已生成的订单按其下单时的取消规则取消")
    SeriesView skip(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID seriesId, @PathVariable int seq, Locale locale) {
        return views.customer(series.skip(me(jwt), seriesId, seq), locale);
    }

    record MoveRequest(OffsetDateTime start) {
    }

    @PostMapping("/{seriesId}/visits/{seq}/move")
    @Operation(summary = "调整一次上门的时间:已生成的订单按其改期规则改期")
    SeriesView move(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID seriesId, @PathVariable int seq,
                    @RequestBody(required = false) MoveRequest body, Locale locale) {
        return views.customer(series.move(me(jwt), seriesId, seq, body == null || body.start() == null ? null : body.start().toInstant()),
                locale);
    }

    @PostMapping("/{seriesId}/pause")
    @Operation(summary = "暂停:不再生成新的上门订单,已生成的不变")
    SeriesView pause(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID seriesId, Locale locale) {
        return views.customer(series.pause(me(jwt), seriesId), locale);
    }

    @PostMapping("/{seriesId}/resume")
    @Operation(summary = "恢复:继续按周期生成上门订单")
    SeriesView resume(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID seriesId, Locale locale) {
        return views.customer(series.resume(me(jwt), seriesId), locale);
    }

    @PostMapping("/{seriesId}/cancel")
    @Operation(summary = "取消其余上门:未开始的订单按各自的取消规则取消,计划中的不再生成")
    SeriesView cancelSeries(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID seriesId, Locale locale) {
        return views.customer(series.cancelRest(me(jwt), seriesId), locale);
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
