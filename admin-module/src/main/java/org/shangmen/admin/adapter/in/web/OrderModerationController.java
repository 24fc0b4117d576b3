package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.shangmen.booking.api.OrderModeration;
import org.shangmen.booking.api.OrderModeration.ChangeRequestView;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** W2.3, C4.4: operators review workers' requests to move a time and hide abusive reviews. Needs {@code ops}. */
@RestController
@RequestMapping("/api/v1/admin/orders")
@Tag(name = "订单审核 Order moderation", description = "W2.3 改期审核;C4.4 评价管理")
class OrderModerationController {

    private static final String ACT = "hasAnyAuthority('PERM_ops', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_auditor', 'PERM_superadmin')";

    private final OrderModeration orders;

    OrderModerationController(OrderModeration orders) {
        this.orders = orders;
    }

    @GetMapping("/change-requests")
    @PreAuthorize(READ)
    @Operation(summary = "待审核的改期申请,最早的在前")
    Page<ChangeRequestView> pending(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(orders.changesAwaitingReview(), new PageRequest(page, size));
    }

    record ReviewRequest(Boolean approve, String note) {
    }

    @PostMapping("/change-requests/{requestId}/review")
    @PreAuthorize(ACT)
    @Operation(summary = "审核改期申请:通过后请客户确认,驳回则不变")
    ChangeRequestView review(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID requestId, @RequestBody(required = false) ReviewRequest body) {
        if (body == null || body.approve() == null) {
            throw DomainException.invalid("booking.decision-required");
        }
        return orders.reviewChange(UUID.fromString(jwt.getSubject()), requestId, body.approve(), body.note());
    }

    @GetMapping("/{orderId}/records")
    @PreAuthorize(READ)
    @Operation(summary = "订单的服务记录(文字、照片/视频、照护观察)")
    Page<OrderModeration.RecordView> records(@PathVariable UUID orderId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(orders.records(orderId), new PageRequest(page, size));
    }

    @GetMapping("/{orderId}/records/{recordId}/media")
    @PreAuthorize(READ)
    @Operation(summary = "服务记录中的照片或视频")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "照片或视频 / the photo or video",
            content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "image/*",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "video/*",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> media(@PathVariable UUID orderId, @PathVariable UUID recordId) {
        OrderModeration.MediaView media = orders.recordMedia(orderId, recordId);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(media.contentType()))
                .header("Cache-Control", "private, no-store").body(media.content());
    }

    record HideRequest(String reason) {
    }

    @PostMapping("/{orderId}/review/hide")
    @PreAuthorize(ACT)
    @Operation(summary = "隐藏不当评价(须说明原因),家政人员评分随之重算")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "已隐藏 / hidden")
    ResponseEntity<Void> hide(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) HideRequest body) {
        orders.hideReview(UUID.fromString(jwt.getSubject()), orderId, body == null ? null : body.reason());
        return ResponseEntity.noContent().build();
    }
}
