package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.api.Retraining;
import org.shangmen.worker.api.WorkerAdministration;
import org.shangmen.worker.api.WorkerAdministration.ApplicationSummary;
import org.shangmen.worker.api.WorkerAdministration.ApplicationView;
import org.shangmen.worker.api.WorkerAdministration.PenaltyView;
import org.springframework.beans.factory.ObjectProvider;
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
 * A2.1: operators review worker applications, watch workers and apply penalties. Deciding needs the
 * {@code ops} permission; reading also suits an {@code auditor}; a {@code superadmin} may do both.
 */
@RestController
@RequestMapping("/api/v1/admin/workers")
@Tag(name = "家政人员审核与处罚 Worker review and penalties", description = "A2.1")
class WorkerReviewController {

    private static final String DECIDE = "hasAnyAuthority('PERM_ops', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_auditor', 'PERM_superadmin')";

    private final WorkerAdministration workers;
    private final ObjectProvider<Retraining> retraining;

    WorkerReviewController(WorkerAdministration workers, ObjectProvider<Retraining> retraining) {
        this.workers = workers;
        this.retraining = retraining;
    }

    private static UUID operator(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    @GetMapping("/applications")
    @PreAuthorize(READ)
    @Operation(summary = "待审核的申请,按提交时间排序")
    Page<ApplicationSummary> queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return workers.reviewQueue(new PageRequest(page, size));
    }

    @GetMapping("/{workerId}")
    @PreAuthorize(READ)
    @Operation(summary = "申请详情:资料、证书、人脸核验结果、审核与处罚记录(身份证号仅显示掩码)")
    ApplicationView application(@PathVariable UUID workerId) {
        return workers.application(workerId);
    }

    @GetMapping("/{workerId}/documents/{documentId}/link")
    @PreAuthorize(READ)
    @Operation(summary = "查看申请中的照片或证书:5 分钟内有效的签名链接")
    Map<String, String> documentLink(@PathVariable UUID workerId, @PathVariable UUID documentId) {
        return Map.of("url", workers.documentLink(workerId, documentId));
    }

    @PostMapping("/{workerId}/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(DECIDE)
    @Operation(summary = "通过审核:标记为已认证,可以接单")
    void approve(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workerId) {
        workers.approve(workerId, operator(jwt));
    }

    record RejectionRequest(@NotNull @Size(max = 500) String reason) {
    }

    @PostMapping("/{workerId}/rejection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(DECIDE)
    @Operation(summary = "驳回申请并说明原因,家政人员可修改后重新提交")
    void reject(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workerId, @Valid @RequestBody RejectionRequest body) {
        workers.reject(workerId, body.reason(), operator(jwt));
    }

    /** {@code retrainingCourseId}: with a suspension, the published training course whose passing lifts it (then no end is needed). */
    record PenaltyRequest(@NotNull WorkerAdministration.PenaltyKind kind, @NotNull @Size(max = 500) String reason,
                          @NotNull @Size(max = 2000) String evidence, OffsetDateTime suspendedUntil, UUID retrainingCourseId) {
    }

    @PostMapping("/{workerId}/penalties")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(DECIDE)
    @Operation(summary = "处罚:警告、暂停接单(至指定时间,或至通过指定的复训课程)或清退,须附原因与依据")
    PenaltyView impose(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workerId, @Valid @RequestBody PenaltyRequest body) {
        Optional<java.time.Instant> until = Optional.ofNullable(body.suspendedUntil()).map(OffsetDateTime::toInstant);
        if (body.retrainingCourseId() != null) {
            if (body.kind() != WorkerAdministration.PenaltyKind.SUSPENSION) {
                throw org.shangmen.kernel.DomainException.invalid("worker.retraining-needs-suspension");
            }
            Retraining port = retraining.getIfAvailable();
            if (port == null) {
                throw org.shangmen.kernel.DomainException.conflict("worker.retraining-unavailable");
            }
            return port.suspendUntilPassed(workerId, body.retrainingCourseId(), body.reason(), body.evidence(), until, operator(jwt));
        }
        return workers.impose(workerId, body.kind(), body.reason(), body.evidence(), until, operator(jwt));
    }

    @GetMapping("/appeals")
    @PreAuthorize(READ)
    @Operation(summary = "待处理的申诉")
    Page<PenaltyView> appeals(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return workers.openAppeals(new PageRequest(page, size));
    }

    record AppealDecisionRequest(boolean overturn, @NotNull @Size(max = 500) String reason) {
    }

    @PostMapping("/penalties/{penaltyId}/appeal-decision")
    @PreAuthorize(DECIDE)
    @Operation(summary = "处理申诉:维持或撤销处罚")
    PenaltyView decideAppeal(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID penaltyId,
                             @Valid @RequestBody AppealDecisionRequest body) {
        return workers.decideAppeal(penaltyId, body.overturn(), body.reason(), operator(jwt));
    }
}
