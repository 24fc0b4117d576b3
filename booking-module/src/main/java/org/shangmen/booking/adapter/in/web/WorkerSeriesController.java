package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.shangmen.booking.adapter.in.web.SeriesViews.SeriesPage;
import org.shangmen.booking.application.port.in.series.ArrangeSeries;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** C2.4, W2.3 a worker's recurring customers: the open series that ask this worker first. */
@RestController
@RequestMapping("/api/v1/worker/series")
@Tag(name = "周期服务 Series", description = "C2.4 我的周期客户")
class WorkerSeriesController {

    private final ArrangeSeries series;
    private final SeriesViews views;

    WorkerSeriesController(ArrangeSeries series, SeriesViews views) {
        this.series = series;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "我的周期客户:优先指定我的周期服务及其每次上门(地址与联系人见各订单)")
    SeriesPage list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                    Locale locale) {
        Page<Series> found = series.workerSeries(UUID.fromString(jwt.getSubject()), new PageRequest(page, size));
        return new SeriesPage(found.items().stream().map(s -> views.worker(s, locale)).toList(), found.page(), found.size(), found.total());
    }
}
