package org.shangmen.complaint.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.complaint.adapter.in.web.ComplaintViews.ComplaintSummary;
import org.shangmen.complaint.adapter.in.web.ComplaintViews.ComplaintView;
import org.shangmen.complaint.adapter.in.web.ComplaintViews.Reader;
import org.shangmen.complaint.application.port.in.HandleComplaints;
import org.shangmen.complaint.application.port.in.ResolveComplaint;
import org.shangmen.complaint.application.port.in.ResolveComplaint.ResolveCommand;
import org.shangmen.complaint.domain.ComplaintStatus;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A2.1 operators' complaint handling: the queue with deadlines (first answer within 24 hours), taking a
 * complaint, answering the customer, resolving with an outcome. Acting needs {@code ops}; reading also
 * suits an {@code auditor}; a {@code superadmin} may do both. The order's records and private messages
 * are read through their own endpoints, the messages with the complaint's id (each read is logged).
 */
@RestController
@RequestMapping("/api/v1/admin/complaints")
@Tag(name = "投诉处理 Complaints", description = "A2.1 投诉队列(24 小时内首次答复)、分配、答复、处理结果(退款、处罚、培训)")
class AdminComplaintController {

    private static final String ACT = "hasAnyAuthority('PERM_ops', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_auditor', 'PERM_superadmin')";

    private final HandleComplaints handling;
    private final ResolveComplaint resolving;
    private final ComplaintViews views;

    AdminComplaintController(HandleComplaints handling, ResolveComplaint resolving, ComplaintViews views) {
        this.handling = handling;
        this.resolving = resolving;
        this.views = views;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "投诉队列:默认未结(待处理、处理中),最早到期在前;overdue=true 只看超时未答复的")
    Page<ComplaintSummary> queue(@RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean overdue,
                                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        return handling.queue(status(status), overdue, new PageRequest(page, size)).map(c -> views.summary(c, locale));
    }

    @GetMapping("/{complaintId}")
    @PreAuthorize(READ)
    @Operation(summary = "一宗投诉的全部内容与处理记录")
    ComplaintView detail(@PathVariable UUID complaintId, Locale locale) {
        return views.view(handling.detail(complaintId), Reader.OPERATOR, locale);
    }

    /** @param assigneeId the operator to take it; the caller when absent */
    record AssignRequest(UUID assigneeId) {
    }

    @PostMapping("/{complaintId}/assign")
    @PreAuthorize(ACT)
    @Operation(summary = "分配投诉给一位运营人员(不填则分配给自己)")
    ComplaintView assign(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID complaintId,
                         @RequestBody(required = false) AssignRequest body, Locale locale) {
        return views.view(handling.assign(CustomerComplaintController.me(jwt), complaintId,
                Optional.ofNullable(body).map(AssignRequest::assigneeId)), Reader.OPERATOR, locale);
    }

    record ReplyRequest(String text) {
    }

    @PostMapping("/{complaintId}/replies")
    @PreAuthorize(ACT)
    @Operation(summary = "答复客户(首次答复即满足 24 小时时限)")
    ComplaintView reply(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID complaintId, @RequestBody(required = false) ReplyRequest body,
                        Locale locale) {
        return views.view(handling.reply(CustomerComplaintController.me(jwt), complaintId, body == null ? null : body.text()),
                Reader.OPERATOR, locale);
    }

    /**
     * @param outcome        NO_FAULT, APOLOGY, PARTIAL_REFUND, FULL_REFUND, WORKER_PENALTY or RETRAINING
     * @param refundFen      the partial refund in fen
     * @param penaltyKind    WARNING or SUSPENSION
     * @param suspensionDays for a suspension
     * @param courseId       the retraining course
     */
    record ResolveRequest(String outcome, String note, Long refundFen, String penaltyKind, Integer suspensionDays, UUID courseId) {
    }

    @PostMapping("/{complaintId}/resolve")
    @PreAuthorize(ACT)
    @Operation(summary = "处理投诉:未发现过错、致歉、部分或全额退款(原路退回,不超过实付)、处罚服务人员(以投诉为证据)或回炉培训")
    ComplaintView resolve(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID complaintId,
                          @RequestBody(required = false) ResolveRequest body, Locale locale) {
        ResolveRequest r = body == null ? new ResolveRequest(null, null, null, null, null, null) : body;
        return views.view(resolving.resolve(new ResolveCommand(CustomerComplaintController.me(jwt), complaintId,
                ResolveCommand.outcome(r.outcome()), r.note(), Optional.ofNullable(r.refundFen()),
                Optional.ofNullable(r.penaltyKind()).map(String::strip), Optional.ofNullable(r.suspensionDays()),
                Optional.ofNullable(r.courseId()))), Reader.OPERATOR, locale);
    }

    private static Optional<ComplaintStatus> status(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ComplaintStatus.valueOf(code.strip()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("complaint.status-invalid");
        }
    }
}
