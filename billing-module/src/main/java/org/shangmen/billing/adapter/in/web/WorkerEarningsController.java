package org.shangmen.billing.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.shangmen.billing.application.port.in.EarnCommission;
import org.shangmen.billing.domain.Earning;
import org.shangmen.billing.domain.Statement;
import org.shangmen.billing.domain.StatementAdjustment;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A3.2: a worker reads the earnings of completed orders (with the commission applied), the balance owed and weekly statements. */
@RestController
@RequestMapping("/api/v1/worker/earnings")
@Tag(name = "收入 Earnings", description = "A3.2 收入明细、待结算余额、周结算单")
class WorkerEarningsController {

    private final EarnCommission earnings;
    private final BillingViews views;

    WorkerEarningsController(EarnCommission earnings, BillingViews views) {
        this.earnings = earnings;
        this.views = views;
    }

    record EarningView(UUID orderId, long totalFen, int commissionRateBp, long commissionFen, long earnedFen, String tier,
                       List<String> itemCodes, String district, OffsetDateTime completedAt, UUID statementId) {
    }

    record EarningsPage(long balanceFen, String currency, List<EarningView> items, int page, int size, long total) {
    }

    @GetMapping
    @Operation(summary = "收入明细(最新在前)与平台尚未支付给我的余额")
    EarningsPage list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        UUID me = UUID.fromString(jwt.getSubject());
        Page<Earning> found = earnings.earnings(me, new PageRequest(page, size));
        return new EarningsPage(earnings.balanceFen(me), "CNY", views.earnings(found.items()), found.page(),
                found.size(), found.total());
    }

    /** One adjustment as the worker sees it: a bonus (positive) or a deduction (negative) and why. */
    record AdjustmentView(long amountFen, String reason, OffsetDateTime at) {
    }

    record StatementView(UUID statementId, LocalDate weekStart, int orders, long totalFen, long commissionFen, long adjustmentsFen,
                         List<AdjustmentView> adjustments, long payableFen, String status, OffsetDateTime paidAt) {
    }

    @GetMapping("/statements")
    @Operation(summary = "我的周结算单(最新在前):完成订单数、订单金额、佣金、调整(奖励或扣款及原因)、应付金额")
    Page<StatementView> statements(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return earnings.statements(UUID.fromString(jwt.getSubject()), new PageRequest(page, size))
                .map(s -> views.statement(s, earnings.adjustments(s.id())));
    }
}
