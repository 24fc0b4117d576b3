package org.shangmen.billing.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.application.port.in.CustomerCoupons;
import org.shangmen.billing.domain.Coupon;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Promotions for customers: what runs now, claiming a coupon (领券), and one's coupons (我的优惠券). */
@RestController
@Tag(name = "优惠 Promotions", description = "优惠券、首单优惠、项目优惠")
class CouponController {

    private final CustomerCoupons coupons;
    private final BillingViews views;

    CouponController(CustomerCoupons coupons, BillingViews views) {
        this.coupons = coupons;
        this.views = views;
    }

    /**
     * How a promotion takes off: FIXED amountFen, or PERCENT percentBp (1000 = 10 %) capped at capFen; only from
     * thresholdFen on; for the items named (all when empty) in the region (everywhere when empty).
     */
    record PromotionView(UUID promotionId, String kind, String name, String description, String ruleType, long amountFen,
                         int percentBp, Long capFen, long thresholdFen, List<String> itemCodes, String regionCode,
                         OffsetDateTime startsAt, OffsetDateTime endsAt, int perCustomerLimit, Integer remaining) {
    }

    /** "满100元减20元", "9折,最多减15元", "立减10元". */
    static String describe(Promotion p) {
        String threshold = p.rule().thresholdFen() > 0 ? "满" + yuan(p.rule().thresholdFen()) + "元" : "";
        return switch (p.rule().type()) {
            case FIXED -> threshold + (threshold.isEmpty() ? "立减" : "减") + yuan(p.rule().amountFen()) + "元";
            case PERCENT -> threshold + (threshold.isEmpty() ? "" : ",") + discountTenths(p.rule().percentBp()) + "折"
                    + p.rule().capFen().map(c -> ",最多减" + yuan(c) + "元").orElse("");
        };
    }

    private static String yuan(long fen) {
        return fen % 100 == 0 ? Long.toString(fen / 100) : java.math.BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
    }

    /** 1500 bp off → "8.5". */
    private static String discountTenths(int percentBp) {
        return java.math.BigDecimal.valueOf(10_000L - percentBp, 3).stripTrailingZeros().toPlainString();
    }

    @GetMapping("/api/v1/public/promotions")
    @Operation(summary = "正在进行的优惠:可领取的优惠券(含剩余数量)、首单优惠、项目优惠(无需登录)")
    Page<PromotionView> running(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(views.promotions(coupons.running()), new PageRequest(page, size));
    }

    record ClaimRequest(UUID promotionId) {
    }

    record CouponView(UUID couponId, String state, String stateLabel, OffsetDateTime claimedAt, OffsetDateTime validUntil, UUID orderId,
                      PromotionView promotion) {
    }

    record CouponPage(List<CouponView> items, int page, int size, long total) {
    }

    @PostMapping("/api/v1/customer/coupons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "领取优惠券:每人限领次数与发放总量内;领完或超限返回 409")
    CouponView claim(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) ClaimRequest body) {
        if (body == null || body.promotionId() == null) {
            throw DomainException.invalid("billing.promotion-required");
        }
        return views.coupon(coupons.claim(UUID.fromString(jwt.getSubject()), body.promotionId()));
    }

    @GetMapping("/api/v1/customer/coupons")
    @Operation(summary = "我的优惠券,最新领取在前;state = AVAILABLE(可使用)、USED(已使用)、EXPIRED(已过期),分页")
    CouponPage mine(@AuthenticationPrincipal Jwt jwt,
                    @io.swagger.v3.oas.annotations.Parameter(description = "不填为全部 / all when omitted",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"AVAILABLE", "USED", "EXPIRED"}))
                    @RequestParam(required = false) String state,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<CustomerCoupons.Owned> found = coupons.coupons(UUID.fromString(jwt.getSubject()),
                Optional.ofNullable(state).filter(s -> !s.isBlank()), new PageRequest(page, size));
        return views.coupons(found);
    }
}
