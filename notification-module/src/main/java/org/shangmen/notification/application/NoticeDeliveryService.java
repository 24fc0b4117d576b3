package org.shangmen.notification.application;

import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.notification.application.port.in.DeliverNotice;
import org.shangmen.notification.application.port.out.LivePush;
import org.shangmen.notification.application.port.out.NoticeSettingsStore;
import org.shangmen.notification.application.port.out.NoticeStore;
import org.shangmen.notification.application.port.out.TextMessages;
import org.shangmen.notification.application.port.out.WeChatSubscribeMessages;
import org.shangmen.notification.domain.Channel;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channels after the message centre, each on its own: a channel that fails is logged (notice id,
 * template and the failure's code, never a phone number or an openid) and the others still go out. The
 * stored notice is already committed and stays whatever happens here.
 */
public class NoticeDeliveryService implements DeliverNotice {

    private static final Logger log = LoggerFactory.getLogger(NoticeDeliveryService.class);

    private final NoticeStore notices;
    private final NoticeSettingsStore settings;
    private final LivePush live;
    private final WeChatSubscribeMessages weChat;
    private final TextMessages texts;

    public NoticeDeliveryService(NoticeStore notices, NoticeSettingsStore settings, LivePush live, WeChatSubscribeMessages weChat,
                                 TextMessages texts) {
        this.notices = notices;
        this.settings = settings;
        this.live = live;
        this.weChat = weChat;
        this.texts = texts;
    }

    @Override
    public void deliver(UUID noticeId) {
        Notice notice = notices.find(noticeId).orElse(null);
        if (notice == null) {
            return;
        }
        deliver(notice, settings.find(notice.recipientId()).orElseGet(() -> NoticeSettings.defaults(notice.recipientId())));
    }

    /** The notices and their recipients' settings in two statements, whatever their number. */
    @Override
    public void deliverAll(java.util.List<UUID> noticeIds) {
        java.util.List<Notice> found = notices.findAll(noticeIds);
        java.util.Map<UUID, NoticeSettings> chosen = settings.findAll(found.stream().map(Notice::recipientId).distinct().toList());
        found.stream().sorted(java.util.Comparator.comparing(n -> noticeIds.indexOf(n.id())))
                .forEach(n -> deliver(n, chosen.getOrDefault(n.recipientId(), NoticeSettings.defaults(n.recipientId()))));
    }

    private void deliver(Notice notice, NoticeSettings chosen) {
        attempt(Channel.LIVE, notice, () -> live.notice(notice));
        if (chosen.allows(Channel.WECHAT)) {
            attempt(Channel.WECHAT, notice, () -> {
                WeChatSubscribeMessages.Outcome outcome = weChat.send(notice);
                log.debug("WeChat subscribe message for notice {}: {}", notice.id(), outcome);
            });
        }
        if (notice.template().byText() && chosen.allows(Channel.SMS)) {
            attempt(Channel.SMS, notice, () -> texts.send(notice));
        }
    }

    private static void attempt(Channel channel, Notice notice, Runnable send) {
        try {
            send.run();
        } catch (DomainException refused) {
            log.warn("{} did not carry notice {} ({}): {}", channel, notice.id(), notice.template(), refused.code());
        } catch (RuntimeException failed) {
            log.warn("{} did not carry notice {} ({}): {}", channel, notice.id(), notice.template(), failed.getClass().getSimpleName());
        }
    }
}
