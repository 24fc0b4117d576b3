package org.shangmen.notification.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.notification.application.port.in.PrivateMessaging;
import org.shangmen.notification.application.port.out.MessageImages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** W3.2 private-message pictures behind the short-lived signed links the thread carries. */
@RestController
@RequestMapping(MessageImageLinks.PATH)
@Tag(name = "私信图片 Message pictures", description = "私信图片的限时签名链接(可直接用于 <image>)")
class PublicMessageImageController {

    private final MessageImageLinks links;
    private final PrivateMessaging messaging;

    PublicMessageImageController(MessageImageLinks links, PrivateMessaging messaging) {
        this.links = links;
        this.messaging = messaging;
    }

    @GetMapping
    @Operation(summary = "按签名链接读取私信图片;链接过期或签名不符时 404")
    @ApiResponse(responseCode = "200", description = "图片 / the picture",
            content = @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> image(@RequestParam String key, @RequestParam long expires, @RequestParam String signature) {
        if (!links.valid(key, expires, signature)) {
            throw DomainException.notFound("notification.image-link-invalid");
        }
        UUID messageId;
        try {
            messageId = UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("notification.image-link-invalid");
        }
        MessageImages.Image image = messaging.linkedImage(messageId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .header("Cache-Control", "private, max-age=" + MessageImageLinks.LIFETIME.toSeconds()).body(image.content());
    }
}
