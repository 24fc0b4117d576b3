package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.shangmen.booking.adapter.in.web.WebInput.LineRequest;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.adapter.in.web.OrderViews.DiscountView;
import org.shangmen.booking.adapter.in.web.OrderViews.LineView;
import org.shangmen.booking.application.port.in.CancelOrder;
import org.shangmen.booking.application.port.in.CancelOrder.CancelCommand;
import org.shangmen.booking.application.port.in.CustomerOrders;
import org.shangmen.booking.application.port.in.CustomerOrders.OrderDetail;
import org.shangmen.booking.application.port.in.SubmitOrder;
import org.shangmen.booking.application.port.in.SubmitOrder.SubmitCommand;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.Quote;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** C2.4 and C4.1: a customer submits a request and follows it; an order nobody has taken yet may be cancelled. */
@RestController
@RequestMapping("/api/v1/customer/orders")
@Tag(name = "订单 Orders", description = "C2.4 提交需求;C4.1 我的订单")
class CustomerOrderController {

    private final SubmitOrder submit;
    private final CustomerOrders orders;
    private final CancelOrder cancellation;
    private final OrderViewMapper views;
    private final MessageSource messages;

    CustomerOrderController(SubmitOrder submit, CustomerOrders orders, CancelOrder cancellation, OrderViewMapper views,
                            MessageSource messages) {
        this.submit = submit;
        this.orders = orders;
        this.cancellation = cancellation;
        this.views = views;
        this.messages = messages;
    }

    record SubmitRequest(@NotNull @Size(min = 1, max = Quote.MAX_LINES) List<@Valid @NotNull LineRequest> items,
                         @NotNull String district, UUID communityId, Double latitude, Double longitude,
                         @NotNull String addressDetail, @NotNull String contactName, OffsetDateTime start, Boolean asap,
                         UUID preferredWorkerId, String requirements, UUID couponId) {
    }

    @PostMapping
    @Operation(summary = "提交需求:项目与选项、地址(小区或坐标 + 门牌)、预约时间(或尽快上门)、可指定师傅、可用一张优惠券;"
            + "优惠活动与首单优惠自动计算;Idempotency-Key 相同的重试只生成一个订单")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "订单已生成 / the order was placed")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
            description = "相同 Idempotency-Key 的重试:返回已生成的订单 / a retry with the same Idempotency-Key: the order placed before")
    ResponseEntity<OrderResponse> submit(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody SubmitRequest body,
                                         @io.swagger.v3.oas.annotations.Parameter(description = "可选;相同的键只生成一个订单 / optional; one order per key")
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
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
        SubmitOrder.Submitted submitted = submit.submit(new SubmitCommand(UUID.fromString(jwt.getSubject()), WebInput.basket(body.items()),
                WebInput.district(body.district()), Optional.ofNullable(body.communityId()), point, body.addressDetail(),
                body.contactName(), Optional.ofNullable(body.start()).map(OffsetDateTime::toInstant), Boolean.TRUE.equals(body.asap()),
                Optional.ofNullable(body.preferredWorkerId()), body.requirements(), Optional.ofNullable(key),
                Optional.ofNullable(body.couponId())));
        OrderDetail detail = orders.detail(submitted.order().customerId(), submitted.order().id());
        return ResponseEntity.status(submitted.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(respond(detail, locale));
    }

    @GetMapping
    @Operation(summary = "我的订单,最新在前,可按状态筛选,分页")
    PageResponse list(@AuthenticationPrincipal Jwt jwt,
                      @io.swagger.v3.oas.annotations.Parameter(description = "订单状态;不填为全部 / order status; all when omitted",
                              schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = OrderStatus.class))
                      @RequestParam(required = false) String status,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Optional<OrderStatus> wanted = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(CustomerOrderController::status);
        Page<CustomerOrders.OrderRow> found = orders.list(UUID.fromString(jwt.getSubject()), wanted, new PageRequest(page, size));
        return new PageResponse(found.items().stream().map(views::summary).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "订单详情:项目、费用明细、状态与流转记录、师傅公开信息、拒单原因")
    OrderResponse detail(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, Locale locale) {
        return respond(orders.detail(UUID.fromString(jwt.getSubject()), orderId), locale);
    }

    record CancelRequest(String reason) {
    }

    @PostMapping("/{orderId}/cancel")
    @Operation(summary = "取消订单:待接单、待支付或已支付(服务开始前)的订单均可取消;按下单时的取消规则收取违约金"
            + "(开始前 2 小时以上免费,之后按订单金额比例且有最低额),已付款项扣除违约金后原路退回",
            description = "Cancels an order awaiting acceptance, awaiting payment or paid (before the service starts). "
                    + "The cancellation policy the order was placed under decides the fee; what was paid, less the fee, is refunded.")
    OrderResponse cancel(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @RequestBody(required = false) CancelRequest body,
                         Locale locale) {
        UUID me = UUID.fromString(jwt.getSubject());
        CancelOrder.Cancelled cancelled = cancellation.cancel(new CancelCommand(me, orderId, body == null ? null : body.reason()));
        return views.order(orders.detail(me, orderId), label(locale), views.cancellation(cancelled));
    }

    @GetMapping("/{orderId}/cancellation")
    @Operation(summary = "取消前预览:现在取消的违约金、退款金额,以及免费取消的截止时间(按下单时的规则)")
    CancellationPreview cancellationPreview(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId) {
        return views.preview(cancellation.preview(UUID.fromString(jwt.getSubject()), orderId));
    }

    /** The order as its customer sees it, with the notice and the cancellation reason in the caller's language. */
    private OrderResponse respond(OrderDetail detail, Locale locale) {
        return views.order(detail, label(locale), null);
    }

    private Function<String, String> label(Locale locale) {
        return key -> messages.getMessage("label." + key, null, key, locale);
    }

    static OrderStatus status(String value) {
        try {
            return OrderStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("booking.order-status-invalid", value.length() > 24 ? value.substring(0, 24) : value);
        }
    }

    record Fees(long subtotalFen, long discountFen, long totalFen, String currency, List<DiscountView> discounts) {
    }

    /** {@code photoUrl}: a short-lived signed link to the worker's photo an {@code <image>} tag loads, when she has one. */
    record WorkerView(UUID workerId, String name, int ratingTenths, int ratingCount, int experienceYears, String photoUrl) {
    }

    record RejectionView(String reason, String label, String note, OffsetDateTime at) {
    }

    record TransitionView(String from, String to, String toLabel, String actor, String reason, OffsetDateTime at) {
    }

    /** {@code workerName}, {@code workerPhotoUrl}: the worker holding the order, once one took it (the photo a short-lived link). */
    record OrderSummary(UUID id, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.shangmen.booking.api.OrderStatus.class) String status, String statusLabel, String itemNames, OffsetDateTime start, OffsetDateTime end,
                        long totalFen, OffsetDateTime createdAt, UUID workerId, String workerName, String workerPhotoUrl) {
    }

    /** The change and cancellation policy the order was placed under. */
    record Policy(long freeCancelMinutesBefore, int lateFeeBasisPoints, long minimumLateFeeFen, long workerChangeMinutesBefore,
                  long paymentWindowMinutes) {
    }

    record PageResponse(List<OrderSummary> items, int page, int size, long total) {
    }

    record OrderResponse(UUID id, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.shangmen.booking.api.OrderStatus.class) String status, String statusLabel, String notice, List<LineView> items, Fees fees,
                         String district, UUID communityId, String addressDetail, String contactName, OffsetDateTime start,
                         OffsetDateTime end, boolean asap, int estimatedMinutes, String requirements, UUID preferredWorkerId,
                         WorkerView worker, String cancelReason, List<RejectionView> rejections, List<TransitionView> history,
                         List<OffsetDateTime> alternatives, OffsetDateTime createdAt, String serviceCode, long paidFen,
                         long addOnsFen, long amountDueFen, OffsetDateTime paymentDeadline, Policy policy,
                         CancellationView cancellation) {
    }

    /** On the answer to a cancellation: the fee the order's policy kept and what goes back to the customer. */
    record CancellationView(long feeFen, long refundFen, String currency) {
    }

    /** What cancelling now would cost; {@code freeUntil} is when a fee starts to apply to what was paid. */
    record CancellationPreview(UUID orderId, boolean cancellable, long paidFen, long feeFen, long refundFen, String currency,
                               OffsetDateTime freeUntil) {
    }
}
