package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.shangmen.booking.adapter.in.web.OrderViews.AddOnView;
import org.shangmen.booking.adapter.in.web.OrderViews.ChangeView;
import org.shangmen.booking.adapter.in.web.OrderViews.ReviewView;
import org.shangmen.booking.adapter.in.web.OrderViews.VisitView;
import org.shangmen.booking.application.port.in.ChangeOrder;
import org.shangmen.booking.application.port.in.ChangeOrder.AnotherWorkerCommand;
import org.shangmen.booking.application.port.in.ChangeOrder.AnswerChangeCommand;
import org.shangmen.booking.application.port.in.ChangeOrder.RescheduleCommand;
import org.shangmen.booking.application.port.in.ReviewOrder;
import org.shangmen.booking.application.port.in.ReviewOrder.ReviewCommand;
import org.shangmen.booking.application.port.in.VisitOrder;
import org.shangmen.booking.application.port.in.VisitOrder.DecideAddOnCommand;
import org.shangmen.booking.domain.Order;
import org.shangmen.kernel.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** C4.3, C4.4, W3.1: what a customer does with an order after submitting it, and what the customer sees of the visit. */
@RestController
@RequestMapping("/api/v1/customer/orders/{orderId}")
@Tag(name = "订单 Orders", description = "C4.3 改期、换人、取消;C4.4 评价;W3.1 服务记录")
class CustomerOrderChangesController {

    private final ChangeOrder changes;
    private final VisitOrder visits;
    private final ReviewOrder reviews;
    private final OrderViewMapper views;

    CustomerOrderChangesController(ChangeOrder changes, VisitOrder visits, ReviewOrder reviews, OrderViewMapper views) {
        this.changes = changes;
        this.visits = visits;
        this.reviews = reviews;
        this.views = views;
    }

    record RescheduleRequest(OffsetDateTime start) {
    }

    @PostMapping("/reschedule")
    @Operation(summary = "服务开始前改期(按下单时的规则;须该家政人员在新时间空闲)")
    Map<String, Object> reschedule(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) RescheduleRequest body) {
        Order order = changes.reschedule(new RescheduleCommand(me(jwt), orderId, body == null || body.start() == null ? null
                : body.start().toInstant()));
        return Map.of("orderId", order.id(), "start", views.at(order.time().start()), "end", views.at(order.time().end()));
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/another-worker")
    @Operation(summary = "服务开始前更换家政人员:订单重新派单")
    Map<String, Object> anotherWorker(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) ReasonRequest body) {
        Order order = changes.anotherWorker(new AnotherWorkerCommand(me(jwt), orderId, body == null ? null : body.reason()));
        return Map.of("orderId", order.id(), "status", order.status().name(), "statusLabel", order.status().label());
    }

    record ConsentRequest(Boolean consent) {
    }

    @PostMapping("/change-requests/{requestId}/answer")
    @Operation(summary = "同意或拒绝家政人员提出、平台已审核的改期申请")
    ChangeView answer(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @PathVariable UUID requestId,
                      @RequestBody(required = false) ConsentRequest body) {
        if (body == null || body.consent() == null) {
            throw DomainException.invalid("booking.decision-required");
        }
        return views.change(changes.answer(new AnswerChangeCommand(me(jwt), orderId, requestId, body.consent())));
    }

    record DecisionRequest(Boolean approve) {
    }

    @PostMapping("/add-ons/{addOnId}/decision")
    @Operation(summary = "同意或拒绝家政人员在现场提出的加项/补差价")
    AddOnView decide(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @PathVariable UUID addOnId,
                     @RequestBody(required = false) DecisionRequest body) {
        if (body == null || body.approve() == null) {
            throw DomainException.invalid("booking.decision-required");
        }
        return views.addOn(visits.decideAddOn(new DecideAddOnCommand(me(jwt), orderId, addOnId, body.approve())));
    }

    record ReviewRequest(Integer attitude, Integer skill, Integer efficiency, Integer punctuality, Integer overall, String text) {
        ReviewCommand command(UUID customerId, UUID orderId) {
            if (attitude == null || skill == null || efficiency == null || punctuality == null || overall == null) {
                throw DomainException.invalid("booking.review-stars-invalid");
            }
            return new ReviewCommand(customerId, orderId, attitude, skill, efficiency, punctuality, overall, text);
        }
    }

    @PostMapping("/review")
    @Operation(summary = "服务完成后评价:服务态度、专业技能、工作效率、守约情况、总体满意度(各 1–5 星)与文字")
    ReviewView review(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) ReviewRequest body) {
        if (body == null) {
            throw DomainException.invalid("booking.review-stars-invalid");
        }
        return views.review(reviews.review(body.command(me(jwt), orderId)));
    }

    @PutMapping("/review")
    @Operation(summary = "评价后 7 天内修改评价")
    ReviewView editReview(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) ReviewRequest body) {
        if (body == null) {
            throw DomainException.invalid("booking.review-stars-invalid");
        }
        return views.review(reviews.edit(body.command(me(jwt), orderId)));
    }

    @PostMapping(path = "/review/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "为评价添加照片(JPEG/PNG,最多 9 张)")
    ReviewView reviewPhoto(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestPart("file") MultipartFile file)
            throws IOException {
        return views.review(reviews.addPhoto(me(jwt), orderId, file.getBytes()));
    }

    @GetMapping("/visit")
    @Operation(summary = "服务记录、加项、改期申请与评价")
    VisitView visit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId) {
        return views.visit(visits.visit(me(jwt), false, orderId));
    }

    @GetMapping("/records/{recordId}/media")
    @Operation(summary = "服务记录中的照片或视频")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "照片或视频 / the photo or video",
            content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "image/*",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "video/*",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> media(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @PathVariable UUID recordId) {
        VisitOrder.Media media = visits.media(me(jwt), false, orderId, recordId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(media.contentType())).header("Cache-Control", "private, no-store")
                .body(media.content());
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
