package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.CertificationRules;
import org.shangmen.worker.api.CertificationRules.MissingItemView;
import org.shangmen.worker.api.CertificationRules.RuleDraft;
import org.shangmen.worker.api.CertificationRules.RuleView;
import org.shangmen.worker.api.Skill;
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
 * A1.1: registration and certification rules per skill in versions with an effective time; the items
 * certified workers are asked for when a version is stricter; the verification steps operators record.
 * Changing needs {@code ops} or {@code superadmin}; an {@code auditor} may read.
 */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "认证规则 Certification rules", description = "A1.1")
class CertificationRuleController {

    private static final String CHANGE = "hasAnyAuthority('PERM_ops', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_auditor', 'PERM_superadmin')";

    private final CertificationRules rules;

    CertificationRuleController(CertificationRules rules) {
        this.rules = rules;
    }

    private static UUID operator(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    @GetMapping("/certification-rules")
    @PreAuthorize(READ)
    @Operation(summary = "各技能现行的认证规则,以及已排期、尚未生效的下一版")
    Page<RuleView> rules(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return rules.rules(new PageRequest(page, size));
    }

    @GetMapping("/certification-rules/{skill}/versions")
    @PreAuthorize(READ)
    @Operation(summary = "某技能认证规则的全部版本,新版在前")
    Page<RuleView> versions(@PathVariable Skill skill, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        return rules.versions(skill, new PageRequest(page, size));
    }

    /**
     * @param faceCheck      REQUIRED(必须通过人脸核验)或 MANUAL_ALLOWED(可改为人工核验)
     * @param allowedRegions 城市或区县代码;为空表示不限
     * @param effectiveFrom  生效时间;不填为立即生效
     */
    record RuleRequest(@Size(max = 6) Set<@NotNull CertificateType> requiredDocuments,
                       @Size(max = 6) Set<@NotNull CertificateType> optionalDocuments, int minValidCertificates, Integer minAge,
                       int minExperienceYears, @Size(max = 50) Set<@NotNull @Size(max = 6) String> allowedRegions,
                       @NotNull @Size(max = 16) String faceCheck, boolean backgroundCheckRequired, boolean interviewRequired,
                       int graceDays, @Size(max = 500) String note, OffsetDateTime effectiveFrom) {
    }

    @PostMapping("/certification-rules/{skill}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CHANGE)
    @Operation(summary = "发布新版认证规则:必需与可选证书、年龄/从业年限/区域要求、核验步骤、生效时间;"
            + "已认证的家政人员若不满足新规则,将收到补充通知,逾期未补充则暂停该技能的派单")
    RuleView publish(@AuthenticationPrincipal Jwt jwt, @PathVariable Skill skill, @Valid @RequestBody RuleRequest body) {
        return rules.publish(skill, new RuleDraft(body.requiredDocuments(), body.optionalDocuments(), body.minValidCertificates(),
                body.minAge(), body.minExperienceYears(), body.allowedRegions(), body.faceCheck(), body.backgroundCheckRequired(),
                body.interviewRequired(), body.graceDays(), body.note(),
                body.effectiveFrom() == null ? null : body.effectiveFrom().toInstant()), operator(jwt));
    }

    @GetMapping("/workers/{workerId}/certification-rules")
    @PreAuthorize(READ)
    @Operation(summary = "该家政人员最近一次提交时适用的认证规则版本")
    Page<RuleView> submittedUnder(@PathVariable UUID workerId, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        return rules.submittedUnder(workerId, new PageRequest(page, size));
    }

    @GetMapping("/workers/{workerId}/missing-items")
    @PreAuthorize(READ)
    @Operation(summary = "该家政人员因规则更新需补充的材料")
    Page<MissingItemView> missingItems(@PathVariable UUID workerId, @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        return rules.missingItems(workerId, new PageRequest(page, size));
    }

    @PostMapping("/workers/{workerId}/missing-items/approval")
    @PreAuthorize(CHANGE)
    @Operation(summary = "审核通过已补充的材料,恢复该技能的派单")
    Page<MissingItemView> approveSupplied(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workerId) {
        return rules.approveSupplied(workerId, operator(jwt));
    }

    record StepRequest(@NotNull CertificationRules.VerificationStep step, @NotNull @Size(max = 200) String reference) {
    }

    @PostMapping("/workers/{workerId}/verification-steps")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(CHANGE)
    @Operation(summary = "记录核验步骤:背景与信用核查(如家政信用查询)或面试,附记录编号或说明")
    void recordStep(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID workerId, @Valid @RequestBody StepRequest body) {
        rules.recordStep(workerId, body.step(), body.reference(), operator(jwt));
    }
}
