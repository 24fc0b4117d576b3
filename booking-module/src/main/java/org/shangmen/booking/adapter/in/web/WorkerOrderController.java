package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.adapter.in.web.OrderViews.AddOnView;
import org.shangmen.booking.adapter.in.web.OrderViews.ChangeView;
import org.shangmen.booking.adapter.in.web.OrderViews.RecordView;
import org.shangmen.booking.adapter.in.web.OrderViews.ReviewView;
import org.shangmen.booking.adapter.in.web.OrderViews.VisitView;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.adapter.in.web.OrderViews.LineView;
import org.shangmen.booking.application.port.in.ChangeOrder;
import org.shangmen.booking.application.port.in.ChangeOrder.RequestChangeCommand;
import org.shangmen.booking.application.port.in.ReviewOrder;
import org.shangmen.booking.application.port.in.ReviewOrder.ReplyCommand;
import org.shangmen.booking.application.port.in.VisitOrder;
import org.shangmen.booking.application.port.in.VisitOrder.CheckInCommand;
import org.shangmen.booking.application.port.in.VisitOrder.OnTheWayCommand;
import org.shangmen.booking.application.port.in.VisitOrder.ProposeAddOnCommand;
import org.shangmen.booking.application.port.in.VisitOrder.RecordCommand;
import org.shangmen.booking.application.port.in.WorkerOrders;
import org.shangmen.booking.domain.AddOn;
import org.shangmen.booking.domain.Review;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.ServiceRecord;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** C4.1, W2.3, W3.1: a worker's orders, the visit (check-in with the customer's code, records, add-ons, check-out), time changes, reviews. */
@RestController
@RequestMapping("/api/v1/worker")
@Tag(name = "我的订单(家政人员) Worker orders", description = "C4.1 订单;W2.3 改期申请;W3.1 服务执行与记录")
class WorkerOrderController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorkerOrders orders;
    private final VisitOrder visits;
    private final ChangeOrder changes;
    private final ReviewOrder reviews;
    private final OrderViewMapper views;

    WorkerOrderController(WorkerOrders orders, VisitOrder visits, ChangeOrder changes, ReviewOrder reviews, OrderViewMapper views) {
        this.orders = orders;
        this.visits = visits;
        this.changes = changes;
        this.reviews = reviews;
        this.views = views;
    }

    record OrderLine(UUID id, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.shangmen.booking.api.OrderStatus.class) String status, String statusLabel, String itemNames, OffsetDateTime start, OffsetDateTime end,
                     String district, long totalFen) {
    }

    record PageResponse(List<OrderLine> items, int page, int size, long total) {
    }

    @GetMapping("/orders")
    @Operation(summary = "我承接的订单,按服务时间倒序,可按状态筛选")
    PageResponse list(@AuthenticationPrincipal Jwt jwt,
                      @io.swagger.v3.oas.annotations.Parameter(description = "订单状态;不填为全部 / order status; all when omitted",
                              schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = OrderStatus.class))
                      @RequestParam(required = false) String status,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Optional<OrderStatus> wanted = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(CustomerOrderController::status);
        Page<Order> found = orders.list(me(jwt), wanted, new PageRequest(page, size));
        return new PageResponse(found.items().stream().map(views::workerLine).toList(), found.page(), found.size(), found.total());
    }

    record OrderDetail(UUID id, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.shangmen.booking.api.OrderStatus.class) String status, String statusLabel, List<LineView> items, long totalFen,
                       long addOnsFen, String district, UUID communityId, double latitude, double longitude, String addressDetail,
                       String contactName, String contactPhone, OffsetDateTime start, OffsetDateTime end, String requirements,
                       VisitView visit) {
    }

    @GetMapping("/orders/{orderId}")
    @Operation(summary = "订单详情:接单后可见门牌号与联系人")
    OrderDetail detail(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId) {
        return views.workerDetail(orders.detail(me(jwt), orderId));
    }

    record OnTheWayRequest(Integer etaMinutes) {
    }

    @PostMapping("/orders/{orderId}/on-the-way")
    @Operation(summary = "出发上门,告知客户预计到达时间(分钟)")
    Map<String, Object> onTheWay(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) OnTheWayRequest body) {
        if (body == null || body.etaMinutes() == null) {
            throw DomainException.invalid("booking.eta-invalid", OnTheWayCommand.MAX_ETA_MINUTES);
        }
        Order o = visits.onTheWay(new OnTheWayCommand(me(jwt), orderId, body.etaMinutes()));
        return Map.of("orderId", o.id(), "status", o.status().name());
    }

    record CheckInRequest(String code, Double latitude, Double longitude) {
    }

    @PostMapping("/orders/{orderId}/check-in")
    @Operation(summary = "到达后输入客户出示的核销码签到(记录时间与位置),开始服务")
    Map<String, Object> checkIn(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) CheckInRequest body) {
        if (body == null || body.code() == null || body.latitude() == null || body.longitude() == null) {
            throw DomainException.invalid("booking.check-in-incomplete");
        }
        Order o = visits.checkIn(CheckInCommand.of(me(jwt), orderId, body.code(), body.latitude(), body.longitude()));
        return Map.of("orderId", o.id(), "status", o.status().name(), "statusLabel", o.status().label(),
                "distanceMetres", o.progress().checkInDistanceMetres().orElse(0L));
    }

    @PostMapping(path = "/orders/{orderId}/records", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "服务记录(附照片或视频时用 multipart):STEP 文字步骤、BEFORE/AFTER 前后对比照片、OBSERVATION 照护观察"
            + "(observations 为 JSON 对象文本,如血压、饮食、情绪);可附照片或 10MB 内短视频")
    RecordView record(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestPart(name = "kind") String kind,
                      @RequestPart(name = "text", required = false) String text,
                      @RequestPart(name = "observations", required = false) String observations,
                      @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        Map<String, String> parsed = Map.of();
        if (observations != null && !observations.isBlank()) {
            try {
                parsed = JSON.readValue(observations, new TypeReference<Map<String, String>>() { });
            } catch (RuntimeException e) {
                throw DomainException.invalid("booking.observations-invalid", ServiceRecord.MAX_OBSERVATIONS);
            }
        }
        Optional<byte[]> media = file == null || file.isEmpty() ? Optional.empty() : Optional.of(file.getBytes());
        return views.record(visits.record(new RecordCommand(me(jwt), orderId, kind(kind), Optional.ofNullable(text), parsed, media)));
    }

    /** A record without media: {@code kind} STEP or OBSERVATION, {@code text}, {@code observations} as a JSON object of texts. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "VisitRecordRequest")
    record RecordRequest(String kind, String text, Map<String, String> observations) {
    }

    @PostMapping(path = "/orders/{orderId}/records", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "不带照片的服务记录(JSON):STEP 文字步骤、OBSERVATION 照护观察(observations 如 {\"血压\":\"120/80\"})")
    RecordView recordText(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) RecordRequest body) {
        if (body == null) {
            throw DomainException.invalid("booking.record-empty");
        }
        Map<String, String> observations = body.observations() == null ? Map.of() : body.observations();
        return views.record(visits.record(new RecordCommand(me(jwt), orderId, kind(body.kind()), Optional.ofNullable(body.text()),
                observations, Optional.empty())));
    }

    private static ServiceRecord.Kind kind(String kind) {
        try {
            return ServiceRecord.Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("booking.record-kind-invalid");
        }
    }

    record AddOnRequest(String description, Long amountFen) {
    }

    @PostMapping("/orders/{orderId}/add-ons")
    @Operation(summary = "提出加项或补差价(金额以分计),由客户确认")
    AddOnView addOn(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) AddOnRequest body) {
        if (body == null || body.amountFen() == null) {
            throw DomainException.invalid("booking.add-on-amount-invalid", AddOn.MAX_FEN / 100);
        }
        return views.addOn(visits.proposeAddOn(new ProposeAddOnCommand(me(jwt), orderId, body.description(), body.amountFen())));
    }

    @PostMapping("/orders/{orderId}/check-out")
    @Operation(summary = "服务完成,签退")
    Map<String, Object> checkOut(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId) {
        Order o = visits.checkOut(me(jwt), orderId);
        return Map.of("orderId", o.id(), "status", o.status().name(), "statusLabel", o.status().label());
    }

    record ChangeRequestBody(OffsetDateTime start, String reason) {
    }

    @PostMapping("/orders/{orderId}/change-requests")
    @Operation(summary = "服务前在允许时段内申请改期(说明原因与新时间),经平台审核、客户同意后生效")
    ChangeView requestChange(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) ChangeRequestBody body) {
        if (body == null || body.start() == null) {
            throw DomainException.invalid("booking.start-required");
        }
        return views.change(changes.requestChange(new RequestChangeCommand(me(jwt), orderId, body.start().toInstant(), body.reason())));
    }

    record ReplyRequest(String reply) {
    }

    @PostMapping("/orders/{orderId}/review/reply")
    @Operation(summary = "回复客户评价(仅一次)")
    ReviewView reply(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) ReplyRequest body) {
        return views.review(reviews.reply(new ReplyCommand(me(jwt), orderId, body == null ? null : body.reply())));
    }

    record ReviewsResponse(List<ReviewView> items, int page, int size, long total) {
    }

    @GetMapping("/reviews")
    @Operation(summary = "我收到的评价")
    ReviewsResponse reviews(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        Page<Review> found = reviews.ofWorker(me(jwt), new PageRequest(page, size));
        return new ReviewsResponse(found.items().stream().map(views::review).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/orders/{orderId}/records/{recordId}/media")
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
