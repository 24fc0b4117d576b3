package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.admin.application.port.in.ReadAuditLog;
import org.shangmen.admin.application.port.in.ReadAuditLog.Filter;
import org.shangmen.admin.domain.AuditEntry;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operators' audit log: read and exported by auditors and super administrators only. */
@RestController
@RequestMapping("/api/v1/admin/audit")
@Tag(name = "审计日志 Audit log", description = "运营操作审计日志(只增不改),需 auditor 或 superadmin 权限")
class AuditController {

    private static final String READ = "hasAnyAuthority('PERM_auditor', 'PERM_superadmin')";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReadAuditLog log;

    AuditController(ReadAuditLog log) {
        this.log = log;
    }

    /** Export formats; a name outside these is {@code common.type-mismatch}. */
    enum ExportFormat { csv, xlsx }

    record AuditEntryView(UUID id, OffsetDateTime occurredAt, UUID operatorId, String operatorName, Set<String> permissions,
                          String method, String route, String action, Map<String, String> objectIds, int status,
                          String clientAddress, String requestBody, String responseBody, String beforeState) {
    }

    record AuditPage(List<AuditEntryView> items, int page, int size, long total) {
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "审计日志分页(新的在前),可按操作人、动作、对象 ID、期间 [from, until) 过滤")
    AuditPage page(@RequestParam(required = false) UUID operatorId, @RequestParam(required = false) String action,
                   @RequestParam(required = false) String objectId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime until,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<AuditEntry> found = log.page(filter(operatorId, action, objectId, from, until), new PageRequest(page, size));
        return new AuditPage(found.items().stream().map(AuditController::view).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/export")
    @PreAuthorize(READ)
    @Operation(summary = "导出审计日志(最多 10000 条,新的在前):format=csv 或 xlsx,过滤条件同列表")
    @ApiResponse(responseCode = "200", description = "CSV 或 Excel 文件 / a CSV or Excel file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<?> export(@RequestParam(required = false) UUID operatorId, @RequestParam(required = false) String action,
                             @RequestParam(required = false) String objectId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime until,
                             @RequestParam(defaultValue = "csv") ExportFormat format) {
        List<AuditEntryView> entries = log.export(filter(operatorId, action, objectId, from, until)).stream()
                .map(AuditController::view).toList();
        return switch (format) {
            case csv -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(AuditFiles.csv(entries));
            case xlsx -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.xlsx\"")
                    .contentType(MediaType.parseMediaType(XLSX))
                    .body(AuditFiles.xlsx(entries));
        };
    }

    private static Filter filter(UUID operatorId, String action, String objectId, OffsetDateTime from, OffsetDateTime until) {
        return new Filter(Optional.ofNullable(operatorId), Optional.ofNullable(action).filter(a -> !a.isBlank()),
                Optional.ofNullable(objectId).filter(o -> !o.isBlank()), Optional.ofNullable(from).map(OffsetDateTime::toInstant),
                Optional.ofNullable(until).map(OffsetDateTime::toInstant));
    }

    private static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt().atZone(Zones.CHINA).toOffsetDateTime(), e.operatorId(), e.operatorName(),
                e.permissions(), e.method(), e.route(), e.action(), e.objectIds(), e.status(), e.clientAddress(), e.requestBody(),
                e.responseBody(), e.beforeState());
    }
}
