package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.application.port.in.placement.ArrangeSubstitutes;
import org.shangmen.booking.application.port.in.placement.ArrangeSubstitutes.LeaveCommand;
import org.shangmen.booking.domain.placement.SubstituteRequest;
import org.shangmen.booking.domain.placement.Substitution;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * C2.4 leave days during a placement: the placement's worker (or its customer) asks for days off and a
 * substitute free for all of them serves them, found through dispatch or named by the customer; both
 * sides see the placement's substitutes.
 */
@RestController
@Tag(name = "长期服务 Placements", description = "C2.4 长期服务期间的请假与替班")
class PlacementLeaveController {

    private final ArrangeSubstitutes substitutes;
    private final WorkerDirectory directory;

    PlacementLeaveController(ArrangeSubstitutes substitutes, WorkerDirectory directory) {
        this.substitutes = substitutes;
        this.directory = directory;
    }

    /** {@code firstDay}: the first day of leave (from tomorrow on, within the span); {@code days} 1–31; {@code substituteId} optional. */
    record LeaveRequest(String firstDay, Integer days, UUID substituteId, String reason) {
    }

    /** {@code lastDay}: the last day the substitute serves. */
    record SubstitutionView(UUID id, UUID placementId, UUID substituteId, String substituteName, LocalDate firstDay, LocalDate lastDay,
                            String reason) {
    }

    /**
     * Leave days and their substitute: {@code status} (with its {@code statusLabel}: 寻找替班中 / 已安排替班 / 看护空缺)
     * SEEKING (offered to free workers through dispatch), FILLED
     * (a substitute took them or was named: {@code substituteId}) or UNFILLED (nobody did: the customer may name one).
     */
    record SubstituteRequestView(UUID id, UUID placementId, String status, String statusLabel, UUID substituteId, String substituteName,
                                 LocalDate firstDay, LocalDate lastDay, String reason) {
    }

    record SubstituteRequestPage(List<SubstituteRequestView> items, int page, int size, long total) {
    }

    @PostMapping("/api/v1/worker/placements/{placementId}/leave")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "长期服务期间请假:未指定替班人员时经派单阶梯推送给全程空闲的合格人员抢单(状态 SEEKING),"
            + "指定时由其直接服务这些天(FILLED);替班人员按日计酬,客户与双方均收到通知,无人接单时收到看护空缺通知")
    SubstituteRequestView requestPlacementLeave(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                                 @RequestBody(required = false) LeaveRequest body) {
        return leave(jwt, true, placementId, body);
    }

    @PostMapping("/api/v1/customer/placements/{placementId}/substitutes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "为长期服务人员的休假日安排替班:未指定时经派单寻找(SEEKING),指定全程空闲的替班人员时直接安排(FILLED)")
    SubstituteRequestView arrangePlacementSubstitute(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                                      @RequestBody(required = false) LeaveRequest body) {
        return leave(jwt, false, placementId, body);
    }

    @GetMapping("/api/v1/customer/placements/{placementId}/substitute-requests")
    @Operation(summary = "经派单寻找的替班(客户):寻找中、已有人接下或无人接单(看护空缺),分页")
    SubstituteRequestPage customerSubstituteRequests(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        Page<SubstituteRequestView> found = Page.slice(substitutes.requests(me(jwt), placementId), request).map(this::view);
        return new SubstituteRequestPage(found.items(), found.page(), found.size(), found.total());
    }

    @GetMapping("/api/v1/customer/placements/{placementId}/substitutes")
    @Operation(summary = "长期服务的替班安排(客户),分页")
    SubstitutionPage customerPlacementSubstitutes(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        return page(substitutes.substitutions(me(jwt), true, placementId), request);
    }

    @GetMapping("/api/v1/worker/placements/{placementId}/substitutes")
    @Operation(summary = "长期服务的替班安排(家政人员),分页")
    SubstitutionPage workerPlacementSubstitutes(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        return page(substitutes.substitutions(me(jwt), false, placementId), request);
    }

    /** A placement's substitutions are few (one per leave): the list is held whole and sliced. */
    private SubstitutionPage page(List<Substitution> all, PageRequest request) {
        Page<SubstitutionView> found = Page.slice(all, request).map(this::view);
        return new SubstitutionPage(found.items(), found.page(), found.size(), found.total());
    }

    record SubstitutionPage(List<SubstitutionView> items, int page, int size, long total) {
    }

    private SubstituteRequestView leave(Jwt jwt, boolean byWorker, UUID placementId, LeaveRequest body) {
        if (body == null || body.days() == null) {
            throw DomainException.invalid("booking.placement-leave-invalid", LeaveCommand.MAX_DAYS);
        }
        LocalDate first;
        try {
            first = LocalDate.parse(String.valueOf(body.firstDay()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("booking.placement-leave-invalid", LeaveCommand.MAX_DAYS);
        }
        return view(substitutes.leave(new LeaveCommand(me(jwt), byWorker, placementId, first, body.days(),
                Optional.ofNullable(body.substituteId()), body.reason())));
    }

    private String name(UUID workerId) {
        return directory.card(workerId).map(WorkerDirectory.WorkerCard::name).orElse(null);
    }

    private SubstituteRequestView view(SubstituteRequest r) {
        return new SubstituteRequestView(r.id(), r.placementId(), r.status().name(), r.status().label(), r.workerId().orElse(null),
                r.workerId().map(this::name).orElse(null), r.firstDay(), r.endDay().minusDays(1),
                r.reason());
    }

    private SubstitutionView view(Substitution s) {
        return new SubstitutionView(s.id(), s.placementId(), s.workerId(), directory.card(s.workerId()).map(WorkerDirectory.WorkerCard::name)
                .orElse(null), s.firstDay(), s.endDay().minusDays(1), s.reason());
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
