package org.shangmen.billing.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.application.port.in.PayOrders;
import org.shangmen.billing.application.port.in.PayOrders.StartPayment;
import org.shangmen.billing.domain.PaymentChannel;
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

/** C4.2: the customer pays an order awaiting payment and follows the payment. */
@RestController
@RequestMapping("/api/v1/customer")
@Tag(name = "支付 Payments", description = "C4.2 支付订单:微信支付、支付宝、银行卡")
class CustomerPaymentController {

    private final PayOrders payments;
    private final BillingViews views;

    CustomerPaymentController(PayOrders payments, BillingViews views) {
        this.payments = payments;
        this.views = views;
    }

    /** @param payerOpenId the customer's openid under the mini-program, for WeChat Pay */
    record PayRequest(@io.swagger.v3.oas.annotations.media.Schema(implementation = PaymentChannel.class,
                              requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String channel,
                      String payerOpenId) {
    }

    @PostMapping("/orders/{orderId}/payments")
    @Operation(summary = "发起支付:金额以订单应付为准;WECHAT_PAY 返回 wx.requestPayment 所需参数;须带 Idempotency-Key")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "支付已发起 / the payment was started")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
            description = "相同 Idempotency-Key 的重试:返回已发起的支付 / a retry with the same Idempotency-Key: the payment started before")
    ResponseEntity<PaymentView> pay(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId,
                                    @RequestBody(required = false) PayRequest body,
                                    @io.swagger.v3.oas.annotations.Parameter(required = true,
                                            description = "必填:每次新的支付一个新键,重试用同一个键 / required: a new key per payment, the same key on a retry")
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
        PaymentChannel channel = PaymentChannel.parse(body == null ? null : body.channel());
        PayOrders.Started started = payments.start(new StartPayment(me(jwt), orderId, channel, key, Optional.ofNullable(body.payerOpenId())));
        return ResponseEntity.status(started.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(views.payment(started.payment(), locale));
    }

    @GetMapping("/orders/{orderId}/payments")
    @Operation(summary = "订单的支付记录")
    Page<PaymentView> ofOrder(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, Locale locale,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(views.payments(payments.ofOrder(me(jwt), orderId), locale), new PageRequest(page, size));
    }

    @GetMapping("/payments/{paymentId}")
    @Operation(summary = "支付详情与状态(以支付渠道的通知或平台查询为准)")
    PaymentView payment(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID paymentId, Locale locale) {
        return views.payment(payments.payment(me(jwt), paymentId), locale);
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
