package org.shangmen.dispatch.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.RejectionReason;
import org.shangmen.dispatch.application.port.in.AcceptOffer;
import org.shangmen.dispatch.application.port.in.GiveBackOrder;
import org.shangmen.dispatch.application.port.in.ReadOffers;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;
import org.shangmen.dispatch.application.port.in.RejectOffer;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** W2.1, W2.2: the worker's offers; accept (grab), reject with a reason, decline an automatic assignment, give an order back. */
@RestController
@RequestMapping("/api/v1/worker")
@Tag(name = "接单 Offers", description = "W2.1 订单推送;W2.2 接单 / 拒单")
class WorkerOfferController {

    private final ReadOffers offers;
    private final AcceptOffer accepting;
    private final RejectOffer rejecting;
    private final GiveBackOrder givingBack;
    private final OfferViews views;

    WorkerOfferController(ReadOffers offers, AcceptOffer accepting, RejectOffer rejecting, GiveBackOrder givingBack, OfferViews views) {
        this.offers = offers;
        this.accepting = accepting;
        this.rejecting = rejecting;
        this.givingBack = givingBack;
        this.views = views;
    }

    @GetMapping("/offers")
    @Operation(summary = "推送给我的订单邀约(每行一条 offer:offerId、状态、派单方式与订单摘要),最新在前;open=true 只看可接的",
            description = "Offer rows (not order rows): each carries its offerId, status and step with the order's summary.")
    PageResponse list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "true") boolean open,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        Page<OfferDetail> found = offers.offers(me(jwt), open, new PageRequest(page, size));
        return views.page(found, locale);
    }

    @GetMapping("/offers/{offerId}")
    @Operation(summary = "订单详情:项目、区县与小区、时间、要求、费用;门牌号在接单后提供")
    OfferResponse detail(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID offerId, Locale locale) {
        return views.offer(offers.offer(me(jwt), offerId), locale);
    }

    @PostMapping("/offers/{offerId}/accept")
    @Operation(summary = "接单(抢单):多人同时接单时只有一人成功,其余收到“订单已被接走”")
    OfferResponse accept(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID offerId, Locale locale) {
        return views.offer(accepting.accept(me(jwt), offerId), locale);
    }

    record RejectRequest(String reason, String note) {
    }

    @PostMapping("/offers/{offerId}/reject")
    @Operation(summary = "拒单并说明原因:ALREADY_BOOKED 已有安排、TOO_FAR 距离太远、OTHER 其他(须填写说明);原因会告知客户")
    OfferResponse reject(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID offerId, @RequestBody(required = false) RejectRequest body,
                         Locale locale) {
        if (body == null || body.reason() == null) {
            throw DomainException.invalid("dispatch.reject-reason-required");
        }
        RejectionReason reason;
        try {
            reason = RejectionReason.valueOf(body.reason().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("dispatch.reject-reason-required");
        }
        return views.offer(rejecting.reject(new RejectOffer.Command(me(jwt), offerId, reason, Optional.ofNullable(body.note()))), locale);
    }

    record NoteRequest(String note) {
    }

    @PostMapping("/offers/{offerId}/decline")
    @Operation(summary = "婉拒系统自动指派的订单(须在指派后的时限内)")
    OfferResponse decline(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID offerId, @RequestBody(required = false) NoteRequest body,
                          Locale locale) {
        Optional<String> note = Optional.ofNullable(body).map(NoteRequest::note);
        return views.offer(givingBack.decline(new GiveBackOrder.Decline(me(jwt), offerId, note)), locale);
    }

    record WithdrawRequest(String reason) {
    }

    @PostMapping("/orders/{orderId}/withdraw")
    @Operation(summary = "支付前退回已接的订单(须说明原因),订单重新派给其他家政人员")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId,
                                  @RequestBody(required = false) WithdrawRequest body) {
        givingBack.withdraw(new GiveBackOrder.Withdraw(me(jwt), orderId, body == null ? null : body.reason()));
        return ResponseEntity.noContent().build();
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    record PageResponse(List<OfferResponse> items, int page, int size, long total) {
    }

    /**
     * What a worker sees before taking an order: the items with the chosen options and quantities, the
     * estimated working time, the customer's requirements (notes), the distance rounded to 100 m, the
     * pay ({@code payFen}: the worker's share by the commission rules in force); no door number, no contact.
     */
    record OfferResponse(UUID offerId, UUID orderId, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.shangmen.dispatch.domain.OfferStatus.class) String status, String statusLabel,
                         @io.swagger.v3.oas.annotations.media.Schema(implementation = org.shangmen.dispatch.domain.Step.class) String step, String stepLabel, List<String> items,
                         List<LineView> lines, int estimatedMinutes, String district, UUID communityId, String communityName,
                         OffsetDateTime start, OffsetDateTime end, String requirements, long totalFen, Long payFen,
                         long distanceMetres, OffsetDateTime offeredAt, OffsetDateTime openUntil, String reason, String note,
                         List<String> badges) {
    }

    /** One item of the order: its name, how many of its unit (PER_VISIT, PER_HOUR, ...), the options chosen, its minutes. */
    record LineView(String itemCode, String itemName, int quantity, String unit, String unitLabel, List<OptionView> options, int minutes) {
    }

    /** A chosen option as the customer saw it: "面积" "90㎡". */
    record OptionView(String key, String label, String value) {
    }
}
