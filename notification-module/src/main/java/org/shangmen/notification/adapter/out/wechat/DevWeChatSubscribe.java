package org.shangmen.notification.adapter.out.wechat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.shangmen.notification.application.port.out.WeChatSubscribeMessages;
import org.shangmen.notification.domain.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sends nothing: remembers the last notices it would have sent over WeChat and logs their ids, so that the
 * platform runs offline. The default when {@code shangmen.notification.wechat.provider} is unset.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.notification.wechat", name = "provider", havingValue = WeChatProperties.DEV,
        matchIfMissing = true)
class DevWeChatSubscribe implements WeChatSubscribeMessages {

    private static final Logger log = LoggerFactory.getLogger(DevWeChatSubscribe.class);
    private static final int CAPACITY = 200;

    private final List<Notice> sent = new CopyOnWriteArrayList<>();

    @Override
    public Outcome send(Notice notice) {
        sent.addFirst(notice);
        while (sent.size() > CAPACITY) {
            sent.removeLast();
        }
        log.info("WeChat subscribe message for notice {} ({}) kept offline", notice.id(), notice.template());
        return Outcome.SENT;
    }

    List<Notice> sent() {
        return List.copyOf(sent);
    }
}
