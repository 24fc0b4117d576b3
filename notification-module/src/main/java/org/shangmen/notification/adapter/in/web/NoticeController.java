package org.shangmen.notification.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.in.ManageNoticeSettings;
import org.shangmen.notification.application.port.in.MessageCentre;
import org.shangmen.notification.domain.Channel;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** C5.2 the message centre of whoever is signed in (customer, worker or operator), and its live stream (C5.1). */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "消息中心 Message centre", description = "通知列表、详情、已读、实时推送与通知设置(C5.1, C5.2)")
class NoticeController {

    private final MessageCentre centre;
    private final ManageNoticeSettings settings;
    private final SseNoticeStream stream;
    private final org.shangmen.notification.application.port.in.ActOnNotice actions;
    private final NoticeMapper mapper;

    NoticeController(MessageCentre centre, ManageNoticeSettings settings, SseNoticeStream stream,
                     org.shangmen.notification.application.port.in.ActOnNotice actions, NoticeMapper mapper) {
        this.mapper = mapper;
        this.actions = actions;
        this.centre = centre;
        this.settings = settings;
        this.stream = stream;
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    @GetMapping("/notices")
    @Operation(summary = "我的通知:默认未读在前、新的在前,分页")
    Page<NoticeView> notices(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "true") boolean unreadFirst,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        return centre.notices(me(jwt), unreadFirst, new PageRequest(page, size)).map(n -> mapper.toView(n, locale));
    }

    @GetMapping("/notices/unread-count")
    @Operation(summary = "未读通知数")
    Map<String, Long> unreadCount(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("unread", centre.unreadCount(me(jwt)));
    }

    @GetMapping(path = "/notices/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "实时推送(Server-Sent Events):事件 ready(未读数)、notice、message;断线后重连并从消息中心补读")
    SseEmitter stream(@AuthenticationPrincipal Jwt jwt, Locale locale,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        UUID me = me(jwt);
        return stream.connect(me, locale, centre.unreadCount(me), missedSince(me, lastEventId));
    }

    /**
     * A reconnecting client names the last notice it got ({@code Last-Event-ID}, each notice's event id):
     * the notices made after it, oldest first, up to one page; an unknown or malformed id replays nothing
     * (the client reads the message centre).
     */
    private List<Notice> missedSince(UUID me, String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return List.of();
        }
        UUID last;
        try {
            last = UUID.fromString(lastEventId.strip());
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
        List<Notice> newer = new ArrayList<>();
        for (Notice n : centre.notices(me, false, new PageRequest(0, 50)).items()) {
            if (n.id().equals(last)) {
                Collections.reverse(newer);
                return newer;
            }
            newer.add(n);
        }
        return List.of();
    }

    @GetMapping("/notices/{noticeId}")
    @Operation(summary = "通知详情;打开即标记为已读")
    NoticeView open(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID noticeId, Locale locale) {
        return mapper.toView(centre.open(me(jwt), noticeId), locale);
    }

    record ActionRequest(Boolean accept) {
    }

    @PostMapping("/notices/{noticeId}/action")
    @Operation(summary = "处理通知中的待办(如确认服务时间变更):accept=true 同意,false 拒绝")
    NoticeView act(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID noticeId,
                   @org.springframework.web.bind.annotation.RequestBody(required = false) ActionRequest body, Locale locale) {
        if (body == null || body.accept() == null) {
            throw org.shangmen.kernel.DomainException.invalid("notification.action-answer-required");
        }
        return mapper.toView(actions.act(me(jwt), noticeId, body.accept()), locale);
    }

    @PostMapping("/notices/{noticeId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "标记一条通知为已读")
    void markRead(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID noticeId) {
        centre.markRead(me(jwt), noticeId);
    }

    @PostMapping("/notices/read-all")
    @Operation(summary = "全部标记为已读")
    Map<String, Integer> markAllRead(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("marked", centre.markAllRead(me(jwt)));
    }

    record SettingsView(Set<Channel> mutedChannels, boolean wechat, boolean sms) {
    }

    record SettingsRequest(@NotNull @Size(max = 4) Set<@NotNull Channel> mutedChannels) {
    }

    @GetMapping("/notice-settings")
    @Operation(summary = "通知渠道设置:站内通知与实时推送总是开启,微信订阅消息和短信可关闭")
    SettingsView noticeSettings(@AuthenticationPrincipal Jwt jwt) {
        return mapper.toView(settings.settings(me(jwt)));
    }

    @PutMapping("/notice-settings")
    @Operation(summary = "关闭或开启微信订阅消息(WECHAT)与短信(SMS)")
    SettingsView changeNoticeSettings(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody SettingsRequest body) {
        return mapper.toView(settings.mute(me(jwt), body.mutedChannels().isEmpty() ? EnumSet.noneOf(Channel.class)
                : EnumSet.copyOf(body.mutedChannels())));
    }
}
