package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.shangmen.admin.api.PlatformOperations;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operating the platform: backups (taken now, listed, reported by an outside job) and the health view. */
@RestController
@RequestMapping("/api/v1/admin/ops")
@Tag(name = "平台运维 Operations", description = "备份、外部备份登记与健康状况(superadmin;健康状况 auditor 亦可读)")
class PlatformOperationsController {

    private final PlatformOperations operations;
    private final PlatformOperationsViews views;

    PlatformOperationsController(PlatformOperations operations, PlatformOperationsViews views) {
        this.operations = operations;
        this.views = views;
    }

    record BackupResponse(String name, long sizeBytes, OffsetDateTime takenAt) {
    }

    record ExternalBackupRequest(@NotNull @PastOrPresent OffsetDateTime takenAt, @NotBlank @Size(max = 200) String label) {
    }

    record ExternalBackupResponse(String label, OffsetDateTime takenAt, OffsetDateTime reportedAt) {
    }

    record DatabaseResponse(String product, boolean up, long latencyMillis) {
    }

    record FolderResponse(String name, String path, long usableBytes, long totalBytes) {
    }

    record EventPublicationsResponse(long outstanding, OffsetDateTime oldestPublishedAt, Long oldestAgeSeconds) {
    }

    record JobResponse(String name, OffsetDateTime lastRunAt, boolean succeeded, String error, long runs, long failures) {
    }

    record CircuitResponse(String provider, String state, float failureRatePercent) {
    }

    record BackupsResponse(String mode, OffsetDateTime lastSucceededAt, String lastLabel, Long ageSeconds) {
    }

    record HealthResponse(OffsetDateTime checkedAt, DatabaseResponse database, List<FolderResponse> folders,
                          EventPublicationsResponse eventPublications, List<JobResponse> jobs, List<CircuitResponse> circuits,
                          BackupsResponse backups) {
    }

    @PostMapping("/backups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('PERM_superadmin')")
    @Operation(summary = "立即备份(需 superadmin 权限):内嵌数据库与上传文件打包为一个备份;PostgreSQL 由其自身工具备份,此处拒绝")
    BackupResponse backUp() {
        return views.backup(operations.backUpNow());
    }

    @GetMapping("/backups")
    @PreAuthorize("hasAuthority('PERM_superadmin')")
    @Operation(summary = "保留的备份列表,最新在前,分页(需 superadmin 权限)")
    Page<BackupResponse> backups(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(views.backups(operations.backupSets()), new PageRequest(page, size));
    }

    @PostMapping("/backups/external")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('PERM_superadmin')")
    @Operation(summary = "登记一次在平台之外成功完成的备份(pg_dump、pgBackRest 等备份任务调用;需 superadmin 权限)")
    ExternalBackupResponse external(@Valid @RequestBody ExternalBackupRequest body) {
        return views.external(operations.recordExternalBackup(body.takenAt().toInstant(), body.label()));
    }

    @GetMapping("/health")
    @PreAuthorize("hasAnyAuthority('PERM_superadmin', 'PERM_auditor')")
    @Operation(summary = "平台健康状况:数据库、磁盘空间、未完成的事件、定时任务、外部服务熔断状态、备份时长(需 superadmin 或 auditor 权限)")
    HealthResponse health() {
        return views.health(operations.health());
    }
}
