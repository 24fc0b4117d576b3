package org.shangmen.billing.adapter.in.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.shangmen.billing.adapter.in.web.CouponController.CouponPage;
import org.shangmen.billing.adapter.in.web.CouponController.CouponView;
import org.shangmen.billing.adapter.in.web.CouponController.PromotionView;
import org.shangmen.billing.adapter.in.web.WorkerEarningsController.AdjustmentView;
import org.shangmen.billing.adapter.in.web.WorkerEarningsController.EarningView;
import org.shangmen.billing.adapter.in.web.WorkerEarningsController.StatementView;
import org.shangmen.billing.application.port.in.CustomerCoupons.Owned;
import org.shangmen.billing.domain.Earning;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.billing.domain.Statement;
import org.shangmen.billing.domain.StatementAdjustment;
import org.shangmen.kernel.Page;
import org.shangmen.web.WebViews;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Billing's answers to customers and workers: times in the city's offset, amounts in fen. */
@Mapper
abstract class BillingViews extends WebViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mapping(target = "paymentId", source = "id")
    @Mapping(target = "currency", expression = "java(org.shangmen.kernel.Money.CURRENCY)")
    @Mapping(target = "clientParams", expression = "java(clientParams(payment))")
    @Mapping(target = "statusLabel", expression = "java(label(\"billing.payment-status.\" + payment.status().name(), locale))")
    abstract PaymentView payment(Payment payment, @Context Locale locale);

    abstract List<PaymentView> payments(List<Payment> payments, @Context Locale locale);

    @Mapping(target = "promotionId", source = "id")
    @Mapping(target = "description", expression = "java(CouponController.describe(promotion))")
    @Mapping(target = "ruleType", source = "rule.type")
    @Mapping(target = "amountFen", source = "rule.amountFen")
    @Mapping(target = "percentBp", source = "rule.percentBp")
    @Mapping(target = "capFen", source = "rule.capFen")
    @Mapping(target = "thresholdFen", source = "rule.thresholdFen")
    @Mapping(target = "itemCodes", expression = "java(promotion.itemCodes().stream().sorted().toList())")
    @Mapping(target = "remaining", expression = "java(promotion.quantity().map(q -> q - promotion.issued()).orElse(null))")
    abstract PromotionView promotion(Promotion promotion);

    abstract List<PromotionView> promotions(List<Promotion> promotions);

    @Mapping(target = "couponId", source = "coupon.id")
    @Mapping(target = "stateLabel", expression = "java(couponStateLabel(owned.state()))")
    @Mapping(target = "claimedAt", source = "coupon.claimedAt")
    @Mapping(target = "validUntil", source = "coupon.validUntil")
    @Mapping(target = "orderId", source = "coupon.orderId")
    abstract CouponView coupon(Owned owned);

    abstract CouponPage coupons(Page<Owned> page);

    @Mapping(target = "commissionRateBp", source = "rateBp")
    @Mapping(target = "earnedFen", source = "payableFen")
    @Mapping(target = "district", source = "districtCode")
    abstract EarningView earning(Earning earning);

    abstract List<EarningView> earnings(List<Earning> earnings);

    @Mapping(target = "statementId", source = "statement.id")
    @Mapping(target = "adjustments", source = "adjustments")
    abstract StatementView statement(Statement statement, List<StatementAdjustment> adjustments);

    abstract AdjustmentView adjustment(StatementAdjustment adjustment);

    /** The arguments that start the payment in the client, while it can still be paid. */
    @Named("clientParams")
    Map<String, String> clientParams(Payment payment) {
        return payment.status().isFinal() ? Map.of() : JSON.readValue(payment.clientParams(), new TypeReference<Map<String, String>>() { });
    }

    @Named("couponStateLabel")
    String couponStateLabel(String state) {
        return switch (state) {
            case "AVAILABLE" -> "可使用";
            case "USED" -> "已使用";
            default -> "已过期";
        };
    }
}
