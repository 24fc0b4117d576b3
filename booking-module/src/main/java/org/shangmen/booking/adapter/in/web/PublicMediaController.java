package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shangmen.booking.application.port.in.VisitOrder;
import org.shangmen.kernel.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** W3.1, C4.4: visit-record media and review photos behind the short-lived signed links the order views carry. */
@RestController
@RequestMapping(MediaLinks.PATH)
@Tag(name = "订单媒体 Order media", description = "服务记录照片/视频与评价照片的限时签名链接(可直接用于 <image>)")
class PublicMediaController {

    private final MediaLinks links;
    private final VisitOrder visits;

    PublicMediaController(MediaLinks links, VisitOrder visits) {
        this.links = links;
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "按签名链接读取照片或视频;链接过期或签名不符时 404")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "照片或视频 / the photo or video",
            content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "image/*",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "video/*",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> media(@RequestParam String key, @RequestParam long expires, @RequestParam String signature) {
        if (!links.valid(key, expires, signature)) {
            throw DomainException.notFound("booking.media-link-invalid");
        }
        VisitOrder.Media media = visits.stored(key);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(media.contentType()))
                .header("Cache-Control", "private, max-age=" + MediaLinks.LIFETIME.toSeconds()).body(media.content());
    }
}
