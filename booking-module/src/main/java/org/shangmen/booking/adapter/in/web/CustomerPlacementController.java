package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.adapter.in.web.PlacementViews.FreeWorkerPage;
import org.shangmen.booking.adapter.in.web.PlacementViews.PlacementPage;
import org.shangmen.booking.adapter.in.web.PlacementViews.PlacementView;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.ChooseCommand;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.Invitation;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.RequestCommand;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.SpanQuery;
import org.shangmen.booking.application.port.in.placement.ChangePlacements;
import org.shangmen.booking.domain.placement.Candidate;
import org.shangmen.booking.domain.placement.Contract;
import org.shangmen.booking.domain.placement.Placement;
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
import org.springframework.web.bind.annotation.RestController;

/** C2.4 a customer's long placements (保姆, 月嫂, 护理 by the day or month): search, shortlist, interviews, contract, extension, early end. */
@RestController
@RequestMapping("/api/v1/customer/placements")
@Tag(name = "长期服务 Placements", description = "C2.4 保姆、月嫂、护理按天或按月的长期服务:整段空闲查询、面试、签约、续约与提前结束")
class CustomerPlacementController {

    private final ArrangePlacements arrange;
    private final ChangePlacements changes;
    private final PlacementViews views;

    CustomerPlacementController(ArrangePlacements arrange, ChangePlacements changes, PlacementViews views) {
        this.arrange = arrange;
        this.changes = changes;
        this.views = views;
    }

    @GetMapping("/free-workers")
    @Operation(summary = "整段空闲的家政人员:服务期内每一天都空闲(无预约、无请假),按评分排序",
            description = "Workers eligible for the day-priced item in the district and free every day of the span: "
                    + "start + days, or start + months.")
    FreeWorkerPage freeWorkers(@RequestParam(required = false) UUID itemId, @RequestParam(required = false) String district,
                               @RequestParam(required = false) String start, @RequestParam(required = false) Integer days,
                               @RequestParam(required = false) Integer months, @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size) {
        LocalDate from = date(start);
        Page<ArrangePlacements.FreeWorker> found = arrange.freeWorkers(new SpanQuery(itemId, WebInput.district(district), from,
                SpanQuery.end(from, days, months)), new PageRequest(page, size));
        return new FreeWorkerPage(found.items().stream().map(views::free).toList(), found.page(), found.size(), found.total());
    }

    record InvitationRequest(UUID workerId, OffsetDateTime interviewAt, Candidate.InterviewMode mode) {
    }

    /**
     * {@code days} (1–366, e.g. 26 for a 月嫂 cycle) or {@code months} (1–12); {@code shortlist} up to
     * three workers from the search with an interview time each, or {@code recommend} with one
     * {@code interviewAt} and {@code interviewMode} for the platform's best-rated free workers.
     */
    record PlacementRequest(UUID itemId, Map<String, Object> options, String district, Double latitude, Double longitude, String start,
                            Integer days, Integer months, Boolean liveIn, List<InvitationRequest> shortlist, Boolean recommend,
                            OffsetDateTime interviewAt, Candidate.InterviewMode interviewMode) {
    }

    @PostMapping
    @Operation(summary = "提出长期服务需求并邀请至多 3 位家政人员面试(线上或上门),或由平台推荐")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    PlacementView requestPlacement(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) PlacementRequest body,
                                          Locale locale) {
        if (body == null) {
            throw DomainException.invalid("booking.item-required");
        }
        LocalDate from = date(body.start());
        SpanQuery span = new SpanQuery(body.itemId(), WebInput.district(body.district()), from, SpanQuery.end(from, body.days(),
                body.months()));
        List<Invitation> shortlist = body.shortlist() == null ? List.of() : body.shortlist().stream()
                .map(i -> i == null ? new Invitation(null, null, null)
                        : new Invitation(i.workerId(), i.interviewAt() == null ? null : i.interviewAt().toInstant(), i.mode())).toList();
        Placement placement = arrange.request(new RequestCommand(me(jwt), span, body.options(), point(body.latitude(), body.longitude()),
                Boolean.TRUE.equals(body.liveIn()), shortlist, Boolean.TRUE.equals(body.recommend()),
                Optional.ofNullable(body.interviewAt()).map(OffsetDateTime::toInstant), body.interviewMode()));
        return views.placement(placement, locale);
    }

    @GetMapping
    @Operation(summary = "我的长期服务,最新在前,分页")
    PlacementPage list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size, Locale locale) {
        Page<Placement> found = arrange.customerPlacements(me(jwt), new PageRequest(page, size));
        return new PlacementPage(found.items().stream().map(p -> views.placement(p, locale)).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/{placementId}")
    @Operation(summary = "长期服务详情:候选人与面试、服务协议、分期款项")
    PlacementView detail(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId, Locale locale) {
        return views.placement(arrange.ofCustomer(me(jwt), placementId), locale);
    }

    /** {@code plan}: UPFRONT (the whole span at once) or MONTHLY; {@code included}: what the service covers, the item's standards when empty. */
    record ChooseRequest(UUID workerId, Contract.PaymentPlan plan, Integer restDaysPerMonth, List<String> included) {
    }

    @PostMapping("/{placementId}/choice")
    @Operation(summary = "选定已接受面试的家政人员并签订服务协议:锁定其整段服务期,生成押金与分期款项")
    PlacementView choose(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId, @RequestBody(required = false) ChooseRequest body,
                         Locale locale) {
        if (body == null) {
            throw DomainException.invalid("booking.placement-not-shortlisted");
        }
        return views.placement(arrange.choose(new ChooseCommand(me(jwt), placementId, body.workerId(), body.plan(),
                body.restDaysPerMonth() == null ? 4 : body.restDaysPerMonth(), body.included())), locale);
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/{placementId}/cancel")
    @Operation(summary = "选定人员之前撤回需求")
    PlacementView cancelPlacement(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId, @RequestBody(required = false) ReasonRequest body,
                         Locale locale) {
        return views.placement(arrange.cancelRequest(me(jwt), placementId, body == null ? null : body.reason()), locale);
    }

    record ExtensionRequest(Integer days) {
    }

    @PostMapping("/{placementId}/extension")
    @Operation(summary = "续约:按协议日价延长服务期,须该家政人员在新增日期内空闲,新增一期款项")
    PlacementView extend(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId, @RequestBody(required = false) ExtensionRequest body,
                         Locale locale) {
        if (body == null || body.days() == null) {
            throw DomainException.invalid("booking.placement-days-invalid", Placement.MAX_DAYS);
        }
        return views.placement(changes.extend(me(jwt), placementId, body.days()), locale);
    }

    /** {@code endDate}: the first day not served. */
    record EndRequest(String endDate, String reason) {
    }

    record EndView(PlacementView placement, long refundFen, long feeFen) {
    }

    @PostMapping("/{placementId}/early-end")
    @Operation(summary = "提前结束:试用期内当天起可结束且不收费;之后须按协议提前通知,未服务天数与押金扣除协议违约金后按比例退回")
    EndView end(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId, @RequestBody(required = false) EndRequest body,
                Locale locale) {
        if (body == null) {
            throw DomainException.invalid("booking.placement-end-date-invalid", 0);
        }
        Placement.Ended ended = changes.endEarly(me(jwt), placementId, body.endDate() == null ? null : endDate(body.endDate()),
                body.reason());
        return new EndView(views.placement(ended.placement(), locale), ended.refundFen(), ended.feeFen());
    }

    private static LocalDate date(String value) {
        if (value == null) {
            throw DomainException.invalid("booking.placement-start-required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("booking.placement-start-required");
        }
    }

    private static LocalDate endDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("booking.placement-end-date-invalid", 0);
        }
    }

    private static Optional<GeoPoint> point(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return Optional.empty();
        }
        if (latitude == null || longitude == null) {
            throw DomainException.invalid("booking.point-invalid");
        }
        try {
            return Optional.of(new GeoPoint(latitude, longitude));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("booking.point-invalid");
        }
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
