package org.shangmen.notification.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.in.PrivateMessaging;
import org.shangmen.notification.domain.MessageSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * W3.2 private messages about an order between its customer and its worker, and operators' reading of a
 * thread while handling a complaint ({@code ops} or {@code superadmin}; every read is recorded). Until a
 * module answers who takes part in an order, private messages are not configured and every route here
 * answers 404 like a route that does not exist.
 */
@RestController
@Tag(name = "私信 Private messages", description = "订单内用户与家政人员的私信(W3.2);联系方式自动打码")
class PrivateMessageController {

    private static final String HANDLE_COMPLAINTS = "hasAnyAuthority('PERM_ops', 'PERM_superadmin')";
    private final ObjectProvider<PrivateMessaging> messaging;
    private final NoticeMapper mapper;
    private final MessageSenders senders;

    PrivateMessageController(ObjectProvider<PrivateMessaging> messaging, NoticeMapper mapper, MessageSenders senders) {
        this.messaging = messaging;
        this.mapper = mapper;
        this.senders = senders;
    }

    private PrivateMessaging messaging() {
        PrivateMessaging available = messaging.getIfAvailable();
        if (available == null) {
            throw DomainException.notFound("common.not-found");
        }
        return available;
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    record SendRequest(@NotNull @Size(min = 1, max = 2000) String text) {
    }

    @GetMapping("/api/v1/me/orders/{orderId}/messages")
    @Operation(summary = "订单私信,新的在前,分页")
    Page<MessageView> thread(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                             Locale locale) {
        Page<org.shangmen.notification.domain.PrivateMessage> found = messaging().thread(me(jwt), orderId, new PageRequest(page, size));
        java.util.Set<UUID> pictures = messaging().withImages(found.items().stream().map(org.shangmen.notification.domain.PrivateMessage::id)
                .toList());
        Map<UUID, MessageSender> writers = messaging().senders(orderId);
        return found.map(m -> senders.view(m, pictures.contains(m.id()), writers, locale));
    }

    @PostMapping("/api/v1/me/orders/{orderId}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发送私信(最多 500 字);手机号、微信号、QQ 号等联系方式会被打码")
    MessageView send(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId, @Valid @RequestBody SendRequest body,
                     Locale locale) {
        return senders.view(messaging().send(me(jwt), orderId, body.text()), false, messaging().senders(orderId), locale);
    }

    @PostMapping(path = "/api/v1/me/orders/{orderId}/messages/images", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发送图片私信(JPEG/PNG,5MB 以内,自动去除位置等元数据)")
    MessageView sendImage(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId,
                          @org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file,
                          Locale locale)
            throws java.io.IOException {
        return senders.view(messaging().sendImage(me(jwt), orderId, file.getBytes()), true, messaging().senders(orderId), locale);
    }

    @GetMapping("/api/v1/me/orders/{orderId}/messages/{messageId}/image")
    @Operation(summary = "图片私信的图片")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "图片 / the picture", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "image/*",
            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    org.springframework.http.ResponseEntity<byte[]> image(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId,
                                                         @PathVariable UUID messageId) {
        var image = messaging().image(me(jwt), orderId, messageId);
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(image.contentType()))
                .header("Cache-Control", "private, no-store").body(image.content());
    }

    @PostMapping("/api/v1/me/orders/{orderId}/messages/read")
    @Operation(summary = "把这笔订单中发给我的私信标记为已读")
    Map<String, Integer> markRead(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId) {
        return Map.of("marked", messaging().markRead(me(jwt), orderId));
    }

    @GetMapping("/api/v1/admin/orders/{orderId}/messages")
    @PreAuthorize(HANDLE_COMPLAINTS)
    @Operation(summary = "处理投诉时查看订单私信(需注明投诉编号,每次查看都会记录)")
    Page<MessageView> threadForComplaint(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID orderId,
                                         @RequestParam UUID complaintId,
                                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                         Locale locale) {
        Page<org.shangmen.notification.domain.PrivateMessage> found = messaging().threadForComplaint(me(jwt), orderId, complaintId,
                new PageRequest(page, size));
        Map<UUID, MessageSender> writers = messaging().senders(orderId);
        return found.map(m -> senders.view(m, false, writers, locale));
    }
}
