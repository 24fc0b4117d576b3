package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.billing.api.BillingAdministration.AnomalyLine;
import org.shangmen.billing.api.BillingAdministration.PaymentLine;
import org.shangmen.billing.api.BillingAdministration.RefundLine;
import org.shangmen.billing.api.CommissionRules;
import org.shangmen.billing.api.CommissionRules.NewRule;
import org.shangmen.billing.api.CommissionRules.RuleLine;
import org.shangmen.billing.api.FinanceReports;
import org.shangmen.billing.api.FinanceReports.LedgerCheck;
import org.shangmen.billing.api.FinanceReports.Report;
import org.shangmen.billing.api.WorkerSettlements;
import org.shangmen.billing.api.WorkerSettlements.AdjustmentLine;
import org.shangmen.billing.api.WorkerSettlements.BatchLine;
import org.shangmen.billing.api.WorkerSettlements.StatementLine;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * C4.2, A3.2: operators' money. Refunds, commission rules, settlements and payouts need {@code finance};
 * reading also suits an {@code auditor}. Financial reports are sums of the ledger, as JSON, CSV or Excel.
 */
@RestController
@RequestMapping("/api/v1/admin/billing")
@Tag(name = "财务 Finance", description = "C4.2 退款;A3.2 佣金规则、周结算、打款、财务报表")
class BillingAdminController {

    private static final String ACT = "hasAnyAuthority('PERM_finance', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_finance', 'PERM_auditor', 'PERM_superadmin')";

    private final BillingAdministration billing;
    private final CommissionRules commission;
    private final WorkerSettlements settlements;
    private final FinanceReports reports;

    BillingAdminController(BillingAdministration billing, CommissionRules commission, WorkerSettlements settlements,
                           FinanceReports reports) {
        this.billing = billing;
        this.commission = commission;
        this.settlements = settlements;
        this.reports = reports;
    }

    @GetMapping("/orders/{orderId}/payments")
    @PreAuthorize(READ)
    @Operation(summary = "订单的支付与退款记录")
    Page<PaymentLine> payments(@PathVariable UUID orderId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(billing.orderPayments(orderId), new PageRequest(page, size));
    }

    record RefundRequest(Long amountFen, String reason) {
    }

    private static final String IDEMPOTENCY_KEY = "必填:每个新请求一个新键,重试用同一个键 / required: a new key per request, the same key on a retry";

    @PostMapping("/payments/{paymentId}/refunds")
    @PreAuthorize(ACT)
    @Operation(summary = "退款(部分或全部),原路退回;须带 Idempotency-Key;退款总额不超过支付金额")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "退款已受理 / the refund was accepted")
    ResponseEntity<RefundLine> refund(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID paymentId,
                                      @RequestBody(required = false) RefundRequest body,
                                      @io.swagger.v3.oas.annotations.Parameter(required = true, description = IDEMPOTENCY_KEY)
                                      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (body == null || body.amountFen() == null || body.amountFen() <= 0) {
            throw DomainException.invalid("billing.amount-invalid");
        }
        if (key == null || key.isBlank()) {
            throw DomainException.invalid("billing.idempotency-key-required");
        }
        RefundLine refund = billing.refund(paymentId, body.amountFen(), body.reason(), key, UUID.fromString(jwt.getSubject()));
        return ResponseEntity.status(HttpStatus.CREATED).body(refund);
    }

    @GetMapping("/anomalies")
    @PreAuthorize(READ)
    @Operation(summary = "支付异常(金额不符等),待财务处理")
    Page<AnomalyLine> anomalies(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return billing.anomalies(new PageRequest(page, size));
    }

    record RuleRequest(String itemCode, String tier, String regionCode, Integer rateBp, OffsetDateTime validFrom,
                       OffsetDateTime validUntil) {
    }

    @PostMapping("/commission-rules")
    @PreAuthorize(ACT)
    @Operation(summary = "新增佣金规则:按服务项目、服务质量等级(STANDARD/GOOD/EXCELLENT)、地区与有效期;比例以基点表示")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "规则已新增 / the rule was added")
    ResponseEntity<RuleLine> addRule(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) RuleRequest body) {
        if (body == null || body.rateBp() == null) {
            throw DomainException.invalid("billing.rate-invalid");
        }
        if (body.validFrom() == null) {
            throw DomainException.invalid("billing.validity-invalid");
        }
        RuleLine rule = commission.addRule(new NewRule(Optional.ofNullable(body.itemCode()), Optional.ofNullable(body.tier()),
                Optional.ofNullable(body.regionCode()), body.rateBp(), body.validFrom().toInstant(),
                Optional.ofNullable(body.validUntil()).map(OffsetDateTime::toInstant)), UUID.fromString(jwt.getSubject()));
        return ResponseEntity.status(HttpStatus.CREATED).body(rule);
    }

    @GetMapping("/commission-rules")
    @PreAuthorize(READ)
    @Operation(summary = "佣金规则")
    Page<RuleLine> rules(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(commission.rules(), new PageRequest(page, size));
    }

    @PostMapping("/settlements/{weekStart}")
    @PreAuthorize(ACT)
    @Operation(summary = "生成某周(周一开始)的结算单:每位家政人员的完成订单、佣金、调整与应付")
    List<StatementLine> settle(@PathVariable String weekStart) {
        return settlements.settleWeek(monday(weekStart));
    }

    @GetMapping("/settlements/{weekStart}")
    @PreAuthorize(READ)
    @Operation(summary = "某周的结算单")
    Page<StatementLine> statements(@PathVariable String weekStart,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return settlements.statements(monday(weekStart), new PageRequest(page, size));
    }

    @PostMapping("/settlements/{weekStart}/payout-batch")
    @PreAuthorize(ACT)
    @Operation(summary = "批准该周的打款批次(每周一次)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "打款批次已批准 / the payout batch was approved")
    ResponseEntity<BatchLine> payout(@AuthenticationPrincipal Jwt jwt, @PathVariable String weekStart) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(settlements.approvePayouts(monday(weekStart), UUID.fromString(jwt.getSubject())));
    }

    record AdjustmentRequest(Long amountFen, String reason) {
    }

    @PostMapping("/statements/{statementId}/adjustments")
    @PreAuthorize(ACT)
    @Operation(summary = "调整未打款的结算单:奖励为正、扣款为负(单位:分),须写明原因并带 Idempotency-Key;应付金额不能为负")
    ResponseEntity<StatementLine> adjust(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID statementId,
                                         @RequestBody(required = false) AdjustmentRequest body,
                                         @io.swagger.v3.oas.annotations.Parameter(required = true, description = IDEMPOTENCY_KEY)
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (body == null || body.amountFen() == null) {
            throw DomainException.invalid("billing.adjustment-amount-invalid", 100_000);
        }
        StatementLine line = settlements.adjustStatement(statementId, body.amountFen(), body.reason(), key,
                UUID.fromString(jwt.getSubject()));
        return ResponseEntity.ok(line);
    }

    @GetMapping("/statements/{statementId}/adjustments")
    @PreAuthorize(READ)
    @Operation(summary = "结算单的调整记录:金额、原因、操作人、时间")
    Page<AdjustmentLine> adjustments(@PathVariable UUID statementId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(settlements.adjustments(statementId), new PageRequest(page, size));
    }

    @GetMapping("/ledger/check")
    @PreAuthorize(READ)
    @Operation(summary = "账本校验:全部分录合计(应为 0)与不平衡的凭证数(应为 0)")
    LedgerCheck ledgerCheck() {
        return reports.ledgerCheck();
    }

    @GetMapping("/reports")
    @PreAuthorize(READ)
    @Operation(summary = "财务报表:期间 [from, until) 与可选地区(区县或城市代码);format=json、csv 或 xlsx")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "format=json 为 JSON,csv 与 xlsx 为文件 / JSON, or a CSV or Excel file",
            content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json"),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))})
    ResponseEntity<?> report(@RequestParam String from, @RequestParam String until, @RequestParam(required = false) String region,
                             @RequestParam(defaultValue = "json") String format) {
        Report report = reports.report(instant(from), instant(until), Optional.ofNullable(region).filter(r -> !r.isBlank()));
        return switch (format) {
            case "json" -> ResponseEntity.ok(report);
            case "csv" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report.csv\"")
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(ReportFiles.csv(report));
            case "xlsx" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report.xlsx\"")
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(ReportFiles.xlsx(report));
            default -> throw DomainException.invalid("billing.report-format-invalid");
        };
    }

    /** A period's bound as operators send it (ISO-8601 with an offset); anything else is {@code billing.period-invalid}. */
    static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainException.invalid("billing.period-invalid");
        }
    }

    private static LocalDate monday(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("billing.week-start-invalid");
        }
    }
}
