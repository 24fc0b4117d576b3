package org.shangmen.analytics.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shangmen.analytics.application.port.in.Insights;
import org.shangmen.analytics.application.port.in.RebuildStore;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A4.2: the insights for operators ({@code ops}), finance and auditors, read-only. Every insight takes the
 * same filters and answers JSON series ready for charts, or the same figures as CSV or Excel
 * ({@code format=csv|xlsx}). The README defines each figure.
 */
@RestController
@RequestMapping("/api/v1/admin/insights")
@Tag(name = "经营分析 Insights", description = "A4.2 需求趋势、服务质量差异、客户留存、投诉率、订单漏斗、评价内容;可导出 CSV/Excel")
class InsightsController {

    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_finance', 'PERM_auditor', 'PERM_superadmin')";

    private final Insights insights;
    private final RebuildStore rebuilding;

    InsightsController(Insights insights, RebuildStore rebuilding) {
        this.insights = insights;
        this.rebuilding = rebuilding;
    }

    @PostMapping("/rebuild")
    @PreAuthorize("hasAuthority('PERM_superadmin')")
    @Operation(summary = "重建分析库:从各模块公开的读取接口重新生成订单与评价事实及家政人员维度(报价与投诉保留);完成前读到的仍是旧数据")
    RebuildStore.Rebuilt rebuild() {
        return rebuilding.rebuild();
    }

    @GetMapping("/demand")
    @PreAuthorize(READ)
    @ApiResponse(responseCode = "200", description = "format=json 为 JSON,csv 与 xlsx 为文件 / JSON, or a CSV or Excel file",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Insights.DemandTrend.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "需求趋势:按日/周/月的订单数、完成数、金额与优惠,并列去年同期;服务项目构成")
    ResponseEntity<?> demand(@ParameterObject InsightQuery query,
                             @Parameter(description = "DAY、WEEK 或 MONTH") @RequestParam(defaultValue = "DAY") String granularity) {
        return InsightFiles.answer(insights.demand(query.filter(), granularity), query.format(), "demand");
    }

    @GetMapping("/worker-quality")
    @PreAuthorize(READ)
    @ApiResponse(responseCode = "200", description = "format=json 为 JSON,csv 与 xlsx 为文件 / JSON, or a CSV or Excel file",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Insights.WorkerQuality.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "服务质量差异:按技能、区县或从业年限分组的评分、投诉率、准时率与回头客占比,含分布(四分位)")
    ResponseEntity<?> workerQuality(@ParameterObject InsightQuery query,
                             @Parameter(description = "SKILL、DISTRICT 或 EXPERIENCE") @RequestParam(defaultValue = "SKILL") String groupBy) {
        return InsightFiles.answer(insights.workerQuality(query.filter(), groupBy), query.format(), "worker-quality");
    }

    @GetMapping("/retention")
    @PreAuthorize(READ)
    @ApiResponse(responseCode = "200", description = "format=json 为 JSON,csv 与 xlsx 为文件 / JSON, or a CSV or Excel file",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Insights.Retention.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "客户留存:按首单月份分组的新客户在之后每个月再次下单的占比")
    ResponseEntity<?> retention(@ParameterObject InsightQuery query) {
        return InsightFiles.answer(insights.retention(query.filter()), query.format(), "retention");
    }

    @GetMapping("/complaint-rates")
    @PreAuthorize(READ)
    @ApiResponse(responseCode = "200", description = "format=json 为 JSON,csv 与 xlsx 为文件 / JSON, or a CSV or Excel file",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Insights.ComplaintRates.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "投诉率:每千单完成订单的投诉数,按服务项目、区县或家政人员")
    ResponseEntity<?> complaintRates(@ParameterObject InsightQuery query,
                             @Parameter(description = "ITEM、DISTRICT 或 WORKER") @RequestParam(defaultValue = "ITEM") String groupBy) {
        return InsightFiles.answer(insights.complaintRates(query.filter(), groupBy), query.format(), "complaint-rates");
    }

    @GetMapping("/funnel")
    @PreAuthorize(READ)
    @ApiResponse(responseCode = "200", description = "format=json 为 JSON,csv 与 xlsx 为文件 / JSON, or a CSV or Excel file",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Insights.Funnel.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "订单漏斗:报价 → 提交 → 接单 → 支付 → 完成,每步转化率,以及流失原因(无人接单、超时未支付、取消)")
    ResponseEntity<?> funnel(@ParameterObject InsightQuery query) {
        return InsightFiles.answer(insights.funnel(query.filter()), query.format(), "funnel");
    }

    @GetMapping("/reviews")
    @PreAuthorize(READ)
    @ApiResponse(responseCode = "200", description = "format=json 为 JSON,csv 与 xlsx 为文件 / JSON, or a CSV or Excel file",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Insights.ReviewContent.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "评价内容:各维度平均星级,低星评价(总体 ≤ 2 星)中反复出现的词")
    ResponseEntity<?> reviews(@ParameterObject InsightQuery query) {
        return InsightFiles.answer(insights.reviews(query.filter()), query.format(), "reviews");
    }

    @GetMapping("/customers")
    @PreAuthorize(READ)
    @ApiResponse(responseCode = "200", description = "format=json 为 JSON,csv 与 xlsx 为文件 / JSON, or a CSV or Excel file",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Insights.CustomerProfile.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "客户画像:下单客户的年龄段(经同意提供的出生年份)、区县、下单频次、偏好的上门时段与服务项目")
    ResponseEntity<?> customers(@ParameterObject InsightQuery query) {
        return InsightFiles.answer(insights.customers(query.filter()), query.format(), "customers");
    }
}
