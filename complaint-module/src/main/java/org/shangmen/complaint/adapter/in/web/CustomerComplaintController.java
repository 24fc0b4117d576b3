package org.shangmen.complaint.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.complaint.adapter.in.web.ComplaintViews.ComplaintSummary;
import org.shangmen.complaint.adapter.in.web.ComplaintViews.ComplaintView;
import org.shangmen.complaint.adapter.in.web.ComplaintViews.Reader;
import org.shangmen.complaint.application.port.in.CustomerComplaints;
import org.shangmen.complaint.application.port.in.FileComplaint;
import org.shangmen.complaint.application.port.in.FileComplaint.FileCommand;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A2.1 the customer files a complaint on their order, adds photos, follows it and rates its handling. */
@RestController
@RequestMapping("/api/v1/customer/complaints")
@Tag(name = "投诉 Complaints", description = "A2.1 对自己的订单投诉(服务中或完成后 30 天内)、补充照片、查看进度与结果、评价处理")
class CustomerComplaintController {

    private final FileComplaint filing;
    private final CustomerComplaints complaints;
    private final ComplaintViews views;

    CustomerComplaintController(FileComplaint filing, CustomerComplaints complaints, ComplaintViews views) {
        this.filing = filing;
        this.complaints = complaints;
        this.views = views;
    }

    /** @param category SERVICE_QUALITY, LATE_OR_NO_SHOW, ATTITUDE, PROPERTY_DAMAGE, SAFETY, CHARGES or OTHER */
    record FileRequest(UUID orderId, String category, String text) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "投诉一笔自己的订单:类别(服务质量、迟到/爽约、态度、财物损坏、安全、收费问题、其他)与说明;照片另行上传")
    ComplaintView file(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) FileRequest body, Locale locale) {
        if (body == null) {
            throw DomainException.invalid("complaint.order-required");
        }
        Complaint filed = filing.file(new FileCommand(me(jwt), body.orderId(), FileCommand.category(body.category()), body.text()));
        return views.view(complaints.view(me(jwt), filed.id()), Reader.CUSTOMER, locale);
    }

    @PostMapping(path = "/{complaintId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "为未结投诉添加一张照片(JPEG/PNG,最多 9 张;去除位置等元数据)")
    ComplaintView photo(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID complaintId, @RequestPart("file") MultipartFile file,
                        Locale locale) throws IOException {
        return views.view(filing.addPhoto(me(jwt), complaintId, file.getBytes()), Reader.CUSTOMER, locale);
    }

    @GetMapping
    @Operation(summary = "我的投诉(最新在前)")
    Page<ComplaintSummary> mine(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size, Locale locale) {
        return complaints.mine(me(jwt), new PageRequest(page, size)).map(c -> views.summary(c, locale));
    }

    @GetMapping("/{complaintId}")
    @Operation(summary = "投诉的进度与处理结果")
    ComplaintView view(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID complaintId, Locale locale) {
        return views.view(complaints.view(me(jwt), complaintId), Reader.CUSTOMER, locale);
    }

    /** @param stars 1 to 5 */
    record RatingRequest(Integer stars, String comment) {
    }

    @PostMapping("/{complaintId}/rating")
    @Operation(summary = "评价投诉的处理(1–5 星,处理完成后一次)")
    ComplaintView rate(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID complaintId, @RequestBody(required = false) RatingRequest body,
                       Locale locale) {
        if (body == null || body.stars() == null) {
            throw DomainException.invalid("complaint.rating-invalid");
        }
        return views.view(complaints.rate(me(jwt), complaintId, body.stars(), Optional.ofNullable(body.comment())), Reader.CUSTOMER,
                locale);
    }

    static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
