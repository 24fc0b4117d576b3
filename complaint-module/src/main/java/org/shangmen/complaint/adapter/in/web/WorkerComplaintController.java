package org.shangmen.complaint.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.shangmen.complaint.adapter.in.web.ComplaintViews.ComplaintSummary;
import org.shangmen.complaint.adapter.in.web.ComplaintViews.ComplaintView;
import org.shangmen.complaint.adapter.in.web.ComplaintViews.Reader;
import org.shangmen.complaint.application.port.in.WorkerComplaints;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A2.1 the worker sees resolved complaints against them and adds a statement. */
@RestController
@RequestMapping("/api/v1/worker/complaints")
@Tag(name = "投诉 Complaints", description = "A2.1 针对我的已处理投诉与我的说明")
class WorkerComplaintController {

    private final WorkerComplaints complaints;
    private final ComplaintViews views;

    WorkerComplaintController(WorkerComplaints complaints, ComplaintViews views) {
        this.complaints = complaints;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "针对我的已处理投诉(最新在前)")
    Page<ComplaintSummary> resolved(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size, Locale locale) {
        return complaints.resolvedAgainst(CustomerComplaintController.me(jwt), new PageRequest(page, size))
                .map(c -> views.summary(c, locale));
    }

    @GetMapping("/{complaintId}")
    @Operation(summary = "一宗针对我的已处理投诉")
    ComplaintView view(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID complaintId, Locale locale) {
        return views.view(complaints.view(CustomerComplaintController.me(jwt), complaintId), Reader.WORKER, locale);
    }

    record StatementRequest(String text) {
    }

    @PostMapping("/{complaintId}/statement")
    @Operation(summary = "对已处理的投诉补充我的说明(一次,最多 500 字)")
    ComplaintView statement(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID complaintId,
                            @RequestBody(required = false) StatementRequest body, Locale locale) {
        return views.view(complaints.statement(CustomerComplaintController.me(jwt), complaintId, body == null ? null : body.text()),
                Reader.WORKER, locale);
    }
}
