package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.shangmen.booking.adapter.in.web.WebInput.LineRequest;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.booking.api.QuotedItem;
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
import org.shangmen.kernel.Zones;
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

    CustomerOrderController(SubmitOrder submit, CustomerOrders orders, MessageSource messages) {
        this.submit = submit;
        this.orders = orders;
        this.messages = messages;
    }

    private final MessageSource messages;

    /** The order as its customer sees it, with the notice and the cancellation reason in the caller's language. */
    private OrderResponse respond(OrderDetail detail, Locale locale) {
        return OrderResponse.of(detail, key -> messages.getMessage("label." + key, null, key, locale));
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
        Page<Order> found = orders.list(UUID.fromString(jwt.getSubject()), wanted, new PageRequest(page, size));
        return new PageResponse(found.items().stream().map(OrderSummary::of).toList(), found.page(), found.size(), found.total());
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
        return respond(orders.cancel(UUID.fromString(jwt.getSubject()), orderId, body == null ? null : body.reason()), locale);
    }

    static OrderStatus status(String value) {
        try {
            return OrderStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("booking.order-status-invalid", value.length() > 24 ? value.substring(0, 24) : value);
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }

    private static final ZoneId ZONE = Zones.CHINA;

    /** Cancellation reasons the platform gives (codes with a label), as against the words a person wrote. */
    static final java.util.Set<String> SYSTEM_REASONS = java.util.Set.of("booking.no-worker-found", "booking.payment-overdue");

    record Fees(long subtotalFen, long discountFen, long totalFen, String currency, List<DiscountView> discounts) {
    }

    /** One discount: {@code kind} PROMOTION, FIRST_ORDER or COUPON, with what it took off. */
    record DiscountView(String kind, UUID sourceId, String label, long amountFen) {
        static List<DiscountView> of(List<OrderDiscounts.Discount> discounts) {
            return discounts.stream().map(d -> new DiscountView(d.kind(), d.sourceId(), d.label(), d.amountFen())).toList();
        }
    }

    record LineView(UUID itemId, String itemCode, String itemName, String unit, long unitPriceFen, int quantity, long baseFen,
                    List<QuotedItem.ChosenOption> options, long surchargeFen, long lineTotalFen, int minutes) {
        static LineView of(QuotedItem q) {
            return new LineView(q.itemId(), q.itemCode(), q.itemName(), q.unit().name(), q.unitPriceFen(), q.quantity(), q.baseFen(),
                    q.options(), q.surchargeFen(), q.lineTotalFen(), q.minutes());
        }
    }

    record WorkerView(UUID workerId, String name, int ratingTenths, int ratingCount, int experienceYears) {
    }

    record RejectionView(String reason, String label, String note, OffsetDateTime at) {
    }

    record TransitionView(String from, String to, String toLabel, String actor, String reason, OffsetDateTime at) {
    }

    record OrderSummary(UUID id, String status, String statusLabel, String itemNames, OffsetDateTime start, OffsetDateTime end,
                        long totalFen, OffsetDateTime createdAt) {
        static OrderSummary of(Order o) {
            return new OrderSummary(o.id(), o.status().name(), o.status().label(), o.itemNames(), at(o.time().start()),
                    at(o.time().end()), o.totalFen(), at(o.createdAt()));
        }
    }

    /** The change and cancellation policy the order was placed under. */
    record Policy(long freeCancelMinutesBefore, int lateFeeBasisPoints, long minimumLateFeeFen, long workerChangeMinutesBefore,
                  long paymentWindowMinutes) {
        static Policy of(org.shangmen.booking.domain.OrderPolicy p) {
            return new Policy(p.freeCancelBefore().toMinutes(), p.lateFeeBasisPoints(), p.minimumLateFeeFen(),
                    p.workerChangeBefore().toMinutes(), p.paymentWindow().toMinutes());
        }
    }

    record PageResponse(List<OrderSummary> items, int page, int size, long total) {
    }

    record OrderResponse(UUID id, String status, String statusLabel, String notice, List<LineView> items, Fees fees,
                         String district, UUID communityId, String addressDetail, String contactName, OffsetDateTime start,
                         OffsetDateTime end, boolean asap, int estimatedMinutes, String requirements, UUID preferredWorkerId,
                         WorkerView worker, String cancelReason, List<RejectionView> rejections, List<TransitionView> history,
                         List<OffsetDateTime> alternatives, OffsetDateTime createdAt, String serviceCode, long paidFen,
                         long addOnsFen, long amountDueFen, OffsetDateTime paymentDeadline, Policy policy) {
        /**
         * @param label a message by key ({@code booking.order-notice.PAID}, {@code booking.no-worker-found}); a
         *              cancellation reason a person wrote has no key and is shown as written
         */
        static OrderResponse of(OrderDetail d, Function<String, String> label) {
            Order o = d.order();
            String notice = label.apply(o.status() == OrderStatus.CANCELLED
                    ? "booking.order-notice.CANCELLED" + o.cancelReason().filter(SYSTEM_REASONS::contains).map(r -> "." + r).orElse("")
                    : "booking.order-notice." + o.status().name());
            return new OrderResponse(o.id(), o.status().name(), o.status().label(), notice, o.lines().stream().map(LineView::of).toList(),
                    new Fees(o.subtotalFen(), o.discountFen(), o.totalFen(), "CNY", DiscountView.of(d.discounts())), o.district().value(), o.communityId().orElse(null),
                    o.addressDetail(), o.contactName(), at(o.time().start()), at(o.time().end()), o.asap(), o.estimatedMinutes(),
                    o.requirements(), o.preferredWorkerId().orElse(null),
                    d.worker().map(w -> new WorkerView(w.workerId(), w.name(), w.ratingTenths(), w.ratingCount(), w.experienceYears()))
                            .orElse(null),
                    o.cancelReason().map(r -> SYSTEM_REASONS.contains(r) ? label.apply(r) : r).orElse(null),
                    d.rejections().stream().map(r -> new RejectionView(r.reason().name(), r.reason().label(), r.note().orElse(null),
                            at(r.at()))).toList(),
                    d.history().stream().map(t -> new TransitionView(t.from().map(Enum::name).orElse(null), t.to().name(), t.to().label(),
                            t.actor().kind().name(), t.reason(), at(t.at()))).toList(),
                    d.alternatives().stream().map(CustomerOrderController::at).toList(), at(o.createdAt()),
                    o.workerId().isPresent() && o.status() != OrderStatus.CANCELLED ? o.serviceCode() : null, o.progress().paidFen(),
                    o.progress().addOnsFen(), o.status() == OrderStatus.CANCELLED || o.status() == OrderStatus.AWAITING_ACCEPTANCE ? 0
                            : o.amountDueFen(), o.progress().paymentDeadline().map(CustomerOrderController::at).orElse(null),
                    Policy.of(o.policy()));
        }
    }
}
