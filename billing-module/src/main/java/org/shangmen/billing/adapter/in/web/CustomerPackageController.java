package org.shangmen.billing.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.application.port.in.BuyPackages;
import org.shangmen.billing.application.port.in.BuyPackages.BuyCommand;
import org.shangmen.billing.application.port.in.PayOrders;
import org.shangmen.billing.application.port.in.PayOrders.StartPayment;
import org.shangmen.billing.domain.PaymentChannel;
import org.shangmen.billing.domain.PrepaidPackage;
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

/**
 * C2.4, C4.2 prepaid packages of a recurring plan (周期服务套餐): the offers for a series, buying and
 * paying one like an order, the customer's packages with visits used and left, ending one (what it still
 * holds is refunded).
 */
@RestController
@RequestMapping("/api/v1/customer")
@Tag(name = "周期服务套餐 Prepaid packages", description = "C2.4 周期服务预付套餐:按次使用,剩余按比例退款")
class CustomerPackageController {

    private final BuyPackages packages;
    private final PayOrders payments;
    private final PackageViews views;
    private final BillingViews billingViews;

    CustomerPackageController(BuyPackages packages, PayOrders payments, PackageViews views, BillingViews billingViews) {
        this.packages = packages;
        this.payments = payments;
        this.views = views;
        this.billingViews = billingViews;
    }

    /**
     * @param grossFen    visitPriceFen × visits
     * @param discountFen what the offer takes off (discountBp of gross, rounded down to the fen)
     * @param priceFen    what the package costs: gross less discount
     * @param shareFen    what each visit uses of it (price / visits; the last visit takes the remainder)
     */
    record OfferView(int visits, int discountBp, String label, long visitPriceFen, long grossFen, long discountFen, long priceFen,
                     long shareFen) {
    }

    /**
     * @param status       AWAITING_PAYMENT(待支付)、ACTIVE(使用中)、USED_UP(已用完)、ENDED(已结束)、CANCELLED(已取消)
     * @param consumedFen  what the visits paid from the package hold
     * @param refundedFen  what went back to the customer
     * @param remainingFen what the package still holds: price less consumed less refunded
     */
    record PackageView(UUID packageId, UUID seriesId, int visits, int visitsUsed, int visitsLeft, long visitPriceFen, int discountBp,
                       long priceFen, long shareFen, long consumedFen, long refundedFen, long remainingFen, String status, String statusLabel,
                       String description, UUID paymentId, OffsetDateTime createdAt, OffsetDateTime paidAt, OffsetDateTime endedAt) {
    }

    /** @param status CONSUMED(已使用)、RETURNED(已退回套餐) */
    record VisitView(UUID orderId, long shareFen, long orderFen, String status, String statusLabel, OffsetDateTime consumedAt) {
    }

    record BuyRequest(@Schema(description = "套餐次数,须为可选套餐之一", example = "10") Integer visits) {
    }

    record PayRequest(@Schema(implementation = PaymentChannel.class, requiredMode = Schema.RequiredMode.REQUIRED) String channel,
                      String payerOpenId) {
    }

    @GetMapping("/series/{seriesId}/package-offers")
    @Operation(summary = "周期服务可选的预付套餐:次数、折扣与按当前报价算出的套餐价(分)")
    Page<OfferView> offers(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID seriesId,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        return Page.slice(views.offers(packages.offers(me(jwt), seriesId)), request);
    }

    @PostMapping("/series/{seriesId}/packages")
    @Operation(summary = "购买预付套餐:生成待支付的套餐,再用 /packages/{packageId}/payments 支付;须带 Idempotency-Key")
    @ApiResponse(responseCode = "201", description = "套餐已生成,待支付 / the package awaits payment")
    @ApiResponse(responseCode = "200", description = "相同 Idempotency-Key 的重试 / a retry with the same Idempotency-Key")
    ResponseEntity<PackageView> buy(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID seriesId,
                                    @RequestBody(required = false) BuyRequest body,
                                    @Parameter(required = true, description = "必填:每次购买一个新键,重试用同一个键")
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
        BuyPackages.Bought bought = packages.buy(new BuyCommand(me(jwt), seriesId, body == null ? null : body.visits(), key));
        return ResponseEntity.status(bought.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(views.pkg(bought.pkg(), locale));
    }

    @PostMapping("/packages/{packageId}/payments")
    @Operation(summary = "支付套餐:与订单支付相同的渠道与流程,金额以套餐价为准;须带 Idempotency-Key")
    @ApiResponse(responseCode = "201", description = "支付已发起 / the payment was started")
    @ApiResponse(responseCode = "200", description = "相同 Idempotency-Key 的重试 / a retry with the same Idempotency-Key")
    ResponseEntity<PaymentView> pay(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID packageId,
                                    @RequestBody(required = false) PayRequest body,
                                    @Parameter(required = true, description = "必填:每次新的支付一个新键,重试用同一个键")
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
        PrepaidPackage pkg = packages.get(me(jwt), packageId);
        PaymentChannel channel = PaymentChannel.parse(body == null ? null : body.channel());
        PayOrders.Started started = payments.start(new StartPayment(me(jwt), pkg.id(), channel, key,
                Optional.ofNullable(body.payerOpenId())));
        return ResponseEntity.status(started.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(billingViews.payment(started.payment(), locale));
    }

    @GetMapping("/packages")
    @Operation(summary = "我的预付套餐,最新在前:已用与剩余次数、已用与剩余金额、状态,分页")
    Page<PackageView> mine(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size, Locale locale) {
        Page<PrepaidPackage> found = packages.packages(me(jwt), new PageRequest(page, size));
        return new Page<>(views.packages(found.items(), locale), found.page(), found.size(), found.total());
    }

    @GetMapping("/packages/{packageId}")
    @Operation(summary = "预付套餐详情")
    PackageView one(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID packageId, Locale locale) {
        return views.pkg(packages.get(me(jwt), packageId), locale);
    }

    @GetMapping("/packages/{packageId}/visits")
    @Operation(summary = "用套餐支付的各次上门订单:每次用掉的金额、是否已退回套餐,分页")
    Page<VisitView> visits(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID packageId, Locale locale,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        return Page.slice(views.visits(packages.visits(me(jwt), packageId), locale), request);
    }

    @PostMapping("/packages/{packageId}/end")
    @Operation(summary = "结束套餐:未支付的取消;已支付的,未使用部分(套餐价减已用金额)原路退回")
    PackageView end(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID packageId, Locale locale) {
        return views.pkg(packages.end(me(jwt), packageId), locale);
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
