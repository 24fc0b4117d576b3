package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shangmen.booking.api.OrderOverview;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.dispatch.api.AssignmentModes;
import org.shangmen.dispatch.api.AssignmentModes.ModeKey;
import org.shangmen.dispatch.api.AssignmentModes.ModeView;
import org.shangmen.dispatch.api.AssignmentModes.SetMode;
import org.shangmen.dispatch.api.DispatchBoard;
import org.shangmen.dispatch.api.ManualAssignment;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * A3.1: operators watch orders by stage, see anomalies (unaccepted too long, worker late to start),
 * assign or reassign by hand with a reason, read every dispatch decision and set the assignment mode
 * per city or item. Acting needs {@code ops}; reading also suits an {@code auditor}.
 */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "派单与订单监控 Dispatch", description = "A3.1")
class DispatchAdminController {

    private static final String ACT = "hasAnyAuthority('PERM_ops', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_auditor', 'PERM_superadmin')";
    /** A worker who has not started this long after the appointment is late. */
    private static final Duration LATE = Duration.ofMinutes(15);

    private final DispatchBoard dispatch;
    private final ManualAssignment assignment;
    private final AssignmentModes modes;
    private final OrderOverview overview;
    private final DispatchViews views;

    DispatchAdminController(DispatchBoard dispatch, ManualAssignment assignment, AssignmentModes modes, OrderOverview overview,
                            DispatchViews views) {
        this.dispatch = dispatch;
        this.assignment = assignment;
        this.modes = modes;
        this.overview = overview;
        this.views = views;
    }

    record Stage(@io.swagger.v3.oas.annotations.media.Schema(implementation = org.shangmen.booking.api.OrderStatus.class) String status, String label, long count) {
    }

    /** A dispatch state (OFFERING, AWAITING_OPERATOR, ASSIGNED, UNFILLED, CANCELLED), its label and how many cases are in it. */
    record DispatchState(String state, String label, long count) {
    }

    /** @param dispatch the same counts as {@code dispatchStates}, by state code */
    record Board(List<Stage> stages, Map<String, Long> dispatch, List<DispatchState> dispatchStates, long unacceptedTooLong,
                 long lateToStart, OffsetDateTime at) {
    }

    @GetMapping("/orders/board")
    @PreAuthorize(READ)
    @Operation(summary = "订单看板:各状态数量、派单状态、异常(超时未接单、服务人员迟到);实时推送见 /orders/board/stream")
    Board board(Locale locale) {
        return board(dispatch, overview, views, locale);
    }

    /** The board now: orders per status, dispatch cases per state, anomalies. */
    static Board board(DispatchBoard dispatch, OrderOverview overview, DispatchViews views, Locale locale) {
        Map<OrderStatus, Long> counts = overview.counts();
        List<Stage> stages = counts.entrySet().stream().map(e -> new Stage(e.getKey().name(), e.getKey().label(), e.getValue())).toList();
        Map<String, Long> cases = new LinkedHashMap<>(dispatch.counts());
        return new Board(stages, cases, views.states(cases, locale), cases.getOrDefault("AWAITING_OPERATOR", 0L),
                overview.lateToStart(LATE, new PageRequest(0, 1)).total(), at(Instant.now()));
    }

    record OrderLineView(UUID orderId, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.shangmen.booking.api.OrderStatus.class) String status, String statusLabel, String district, String items, OffsetDateTime start,
                         OffsetDateTime end, long totalFen, UUID workerId, OffsetDateTime createdAt) {
    }

    record PageView<T>(List<T> items, int page, int size, long total) {
        static <T> PageView<T> of(Page<T> p) {
            return new PageView<>(p.items(), p.page(), p.size(), p.total());
        }
    }

    @GetMapping("/orders")
    @PreAuthorize(READ)
    @Operation(summary = "某状态的订单(按预约时间);anomaly=late 为开始时间已过 15 分钟仍未开始服务的订单")
    PageView<OrderLineView> orders(@io.swagger.v3.oas.annotations.Parameter(description = "订单状态;不带 anomaly 时必填 / order status, required without anomaly",
                                           schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = OrderStatus.class))
                                   @RequestParam(required = false) String status,
                                   @io.swagger.v3.oas.annotations.Parameter(description = "late:开始时间已过 15 分钟仍未开始服务",
                                           schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = "late"))
                                   @RequestParam(required = false) String anomaly,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        if ("late".equals(anomaly)) {
            return PageView.of(overview.lateToStart(LATE, request).map(views::line));
        }
        if (status == null || status.isBlank()) {
            throw DomainException.invalid("booking.order-status-invalid", "");
        }
        OrderStatus s;
        try {
            s = OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("booking.order-status-invalid", status.length() > 24 ? status.substring(0, 24) : status);
        }
        return PageView.of(overview.byStatus(s, request).map(views::line));
    }

    record CaseResponse(UUID orderId, String state, String stateLabel, String step, String stepLabel, OffsetDateTime deadline,
                        UUID workerId, OffsetDateTime flaggedAt, OffsetDateTime createdAt, int openOffers, int rejections) {
    }

    @GetMapping("/dispatch/cases")
    @PreAuthorize(READ)
    @Operation(summary = "派单中的订单:转人工的在前,其余按提交时间")
    PageView<CaseResponse> cases(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                 Locale locale) {
        return PageView.of(dispatch.openCases(new PageRequest(page, size)).map(c -> views.dispatchCase(c, locale)));
    }

    record DecisionResponse(String kind, UUID workerId, UUID operatorId, String detail, OffsetDateTime at) {
    }

    @GetMapping("/dispatch/orders/{orderId}/decisions")
    @PreAuthorize(READ)
    @Operation(summary = "订单的全部派单记录")
    Page<DecisionResponse> decisions(@PathVariable UUID orderId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(views.decisions(dispatch.decisions(orderId)), new PageRequest(page, size));
    }

    record AssignRequest(UUID workerId, String reason) {
    }

    @PostMapping("/dispatch/orders/{orderId}/assignment")
    @PreAuthorize(ACT)
    @Operation(summary = "人工派单或改派(须填写原因);家政人员须在该时间空闲且具备资格")
    ResponseEntity<Void> assign(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId,
                                @RequestBody(required = false) AssignRequest body) {
        if (body == null || body.workerId() == null) {
            throw DomainException.invalid("dispatch.assign-reason-required", 200);
        }
        assignment.assign(new ManualAssignment.Assignment(orderId, body.workerId(), UUID.fromString(jwt.getSubject()), body.reason()));
        return ResponseEntity.noContent().build();
    }

    record ModeRequest(String mode) {
    }

    @GetMapping("/dispatch/modes")
    @PreAuthorize(READ)
    @Operation(summary = "按城市或服务项目设置的派单方式(未设置的用默认方式)")
    Page<ModeView> modes(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(modes.modes(), new PageRequest(page, size));
    }

    @PutMapping("/dispatch/modes/{scope}/{key}")
    @PreAuthorize(ACT)
    @Operation(summary = "设置城市(CITY, 如 440300)或服务项目(ITEM, 项目编码)的派单方式:BROADCAST 推送抢单,AUTO 系统指派")
    ModeView setMode(@AuthenticationPrincipal Jwt jwt, @PathVariable String scope, @PathVariable String key,
                     @RequestBody(required = false) ModeRequest body) {
        return modes.setMode(new SetMode(new ModeKey(scope, key), body == null ? null : body.mode(), UUID.fromString(jwt.getSubject())));
    }

    @DeleteMapping("/dispatch/modes/{scope}/{key}")
    @PreAuthorize(ACT)
    @Operation(summary = "取消城市或服务项目自己的派单方式")
    ResponseEntity<Void> clearMode(@PathVariable String scope, @PathVariable String key) {
        modes.clearMode(new ModeKey(scope, key));
        return ResponseEntity.noContent().build();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(Zones.CHINA).toOffsetDateTime();
    }
}
