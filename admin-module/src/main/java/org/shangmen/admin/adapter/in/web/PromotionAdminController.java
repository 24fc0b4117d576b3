package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.api.PromotionAdministration;
import org.shangmen.billing.api.PromotionAdministration.NewPromotion;
import org.shangmen.billing.api.PromotionAdministration.PromotionCost;
import org.shangmen.billing.api.PromotionAdministration.PromotionLine;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Promotions: operators with {@code ops} (marketing) or {@code finance} (who answers for the budget)
 * create, pause and resume them; an {@code auditor} may read; what each promotion cost is the
 * platform's expense in the ledger.
 */
@RestController
@RequestMapping("/api/v1/admin/promotions")
@Tag(name = "优惠活动 Promotions", description = "优惠券、首单优惠、项目优惠:有效期、地区、每人限用、预算与成本")
class PromotionAdminController {

    private static final String ACT = "hasAnyAuthority('PERM_ops', 'PERM_finance', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_finance', 'PERM_auditor', 'PERM_superadmin')";

    private final PromotionAdministration promotions;

    PromotionAdminController(PromotionAdministration promotions) {
        this.promotions = promotions;
    }

    /**
     * @param kind     COUPON(优惠券)、FIRST_ORDER(首单优惠)、ITEM(项目优惠)
     * @param ruleType FIXED(立减 amountFen)或 PERCENT(按 percentBp 折扣,最多 capFen)
     */
    record PromotionRequest(String kind, String name, String ruleType, Long amountFen, Integer percentBp, Long capFen, Long thresholdFen,
                            List<String> itemCodes, String regionCode, OffsetDateTime startsAt, OffsetDateTime endsAt,
                            Integer perCustomerLimit, Long budgetFen, Integer quantity, Integer couponValidDays) {
    }

    @PostMapping
    @PreAuthorize(ACT)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建优惠活动:类型、名称、规则(立减/折扣封顶/满减门槛)、适用项目与地区、有效期、每人限用(限领)、预算;"
            + "优惠券另有发放数量与领取后有效天数")
    PromotionLine create(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) PromotionRequest body) {
        if (body == null) {
            throw DomainException.invalid("billing.promotion-kind-invalid");
        }
        if (body.startsAt() == null || body.endsAt() == null) {
            throw DomainException.invalid("billing.promotion-validity-invalid");
        }
        return promotions.create(new NewPromotion(body.kind(), body.name(), body.ruleType(), orZero(body.amountFen()),
                body.percentBp() == null ? 0 : body.percentBp(), Optional.ofNullable(body.capFen()), orZero(body.thresholdFen()),
                body.itemCodes(), Optional.ofNullable(body.regionCode()).filter(r -> !r.isBlank()), body.startsAt().toInstant(),
                body.endsAt().toInstant(), body.perCustomerLimit() == null ? 1 : body.perCustomerLimit(),
                Optional.ofNullable(body.budgetFen()), Optional.ofNullable(body.quantity()), Optional.ofNullable(body.couponValidDays())),
                UUID.fromString(jwt.getSubject()));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    record PromotionPage(List<PromotionLine> items, int page, int size, long total) {
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "优惠活动列表,最新在前,含已用预算、发放数量与使用情况,分页")
    PromotionPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<PromotionLine> found = promotions.list(new PageRequest(page, size));
        return new PromotionPage(found.items(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{promotionId}")
    @PreAuthorize(READ)
    @Operation(summary = "优惠活动详情:已预占(订单未完成)、已结算(订单完成,即平台成本)、已释放(订单取消)的次数与金额")
    PromotionLine get(@PathVariable UUID promotionId) {
        return promotions.get(promotionId);
    }

    @PostMapping("/{promotionId}/pause")
    @PreAuthorize(ACT)
    @Operation(summary = "暂停:不再用于新订单,也不再发券")
    PromotionLine pause(@PathVariable UUID promotionId) {
        return promotions.pause(promotionId);
    }

    @PostMapping("/{promotionId}/resume")
    @PreAuthorize(ACT)
    @Operation(summary = "恢复")
    PromotionLine resume(@PathVariable UUID promotionId) {
        return promotions.resume(promotionId);
    }

    record GrantRequest(List<UUID> customerIds) {
    }

    @PostMapping("/{promotionId}/grants")
    @PreAuthorize(ACT)
    @Operation(summary = "向指定用户发放优惠券(如投诉后的补偿),一次最多 100 人;受发放总量与每人限领约束,逐人返回结果:"
            + "GRANTED、NOT_A_CUSTOMER、LIMIT_REACHED、SOLD_OUT")
    List<PromotionAdministration.Grant> grant(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID promotionId,
                                              @RequestBody(required = false) GrantRequest body) {
        return promotions.grant(promotionId, body == null ? null : body.customerIds(), UUID.fromString(jwt.getSubject()));
    }

    @GetMapping("/costs")
    @PreAuthorize(READ)
    @Operation(summary = "各优惠活动在期间内(按订单完成时间)的成本,可按区县或城市筛选;合计等于账本的优惠成本")
    Page<PromotionCost> costs(@RequestParam String from, @RequestParam String until, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(promotions.costs(BillingAdminController.instant(from), BillingAdminController.instant(until),
                Optional.ofNullable(region).filter(r -> !r.isBlank())), new PageRequest(page, size));
    }
}
