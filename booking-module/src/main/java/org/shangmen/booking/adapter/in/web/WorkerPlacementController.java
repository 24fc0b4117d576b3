package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.shangmen.booking.adapter.in.web.PlacementViews.PlacementPage;
import org.shangmen.booking.adapter.in.web.PlacementViews.PlacementView;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** C2.4, W2.3 a worker's placements: interview invitations to answer, and the placements the worker works with their contract. */
@RestController
@RequestMapping("/api/v1/worker/placements")
@Tag(name = "长期服务 Placements", description = "C2.4 面试邀请与长期服务")
class WorkerPlacementController {

    private final ArrangePlacements arrange;
    private final PlacementViews views;

    WorkerPlacementController(ArrangePlacements arrange, PlacementViews views) {
        this.arrange = arrange;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "我的面试邀请与长期服务,最新在前,分页")
    PlacementPage list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size, Locale locale) {
        UUID me = me(jwt);
        Page<Placement> found = arrange.workerPlacements(me, new PageRequest(page, size));
        return new PlacementPage(found.items().stream().map(p -> views.forWorker(p, me, locale)).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/{placementId}")
    @Operation(summary = "长期服务详情(被选定后可见服务协议与分期)")
    PlacementView detail(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId, Locale locale) {
        return views.forWorker(arrange.ofWorker(me(jwt), placementId), me(jwt), locale);
    }

    record AnswerRequest(Boolean accept) {
    }

    @PostMapping("/{placementId}/interview")
    @Operation(summary = "接受或拒绝面试邀请")
    PlacementView answer(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId, @RequestBody(required = false) AnswerRequest body,
                         Locale locale) {
        if (body == null || body.accept() == null) {
            throw DomainException.invalid("booking.decision-required");
        }
        return views.forWorker(arrange.answerInterview(me(jwt), placementId, body.accept()), me(jwt), locale);
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
