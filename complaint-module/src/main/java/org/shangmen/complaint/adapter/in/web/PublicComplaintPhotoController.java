package org.shangmen.complaint.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.shangmen.complaint.application.port.in.CustomerComplaints;
import org.shangmen.complaint.application.port.out.ComplaintStore.Photo;
import org.shangmen.kernel.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A2.1 complaint photos behind the short-lived signed links a complaint's readers get. */
@RestController
@RequestMapping(ComplaintPhotoLinks.PATH)
@Tag(name = "投诉照片 Complaint photos", description = "投诉照片的限时签名链接(可直接用于 <image>)")
class PublicComplaintPhotoController {

    private final ComplaintPhotoLinks links;
    private final CustomerComplaints complaints;

    PublicComplaintPhotoController(ComplaintPhotoLinks links, CustomerComplaints complaints) {
        this.links = links;
        this.complaints = complaints;
    }

    @GetMapping
    @Operation(summary = "按签名链接读取投诉照片;链接过期或签名不符时 404")
    @ApiResponse(responseCode = "200", description = "照片 / the photo",
            content = @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> photo(@RequestParam String key, @RequestParam long expires, @RequestParam String signature) {
        if (!links.valid(key, expires, signature)) {
            throw DomainException.notFound("complaint.photo-link-invalid");
        }
        UUID photoId;
        try {
            photoId = UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("complaint.photo-link-invalid");
        }
        Photo photo = complaints.linkedPhoto(photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "private, max-age=" + ComplaintPhotoLinks.LIFETIME.toSeconds()).body(photo.content());
    }
}
