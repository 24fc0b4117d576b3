package org.shangmen.notification.application.port.out;

import org.shangmen.notification.domain.Notice;

/**
 * WeChat mini-program subscribe messages (订阅消息). Implementations look up the recipient's openid,
 * time out, retry only on server or network errors, and answer a
 * {@link org.shangmen.kernel.DomainException} of kind UNAVAILABLE when WeChat cannot take the message.
 */
public interface WeChatSubscribeMessages {

    Outcome send(Notice notice);

    enum Outcome {
        SENT,
        /** No subscribe template is configured for this notice's template. */
        NOT_CONFIGURED,
        /** The recipient never signed in with the mini-program. */
        NO_OPENID,
        /** The recipient has not subscribed (or has used up the one-time subscription): errcode 43101. */
        NOT_SUBSCRIBED
    }
}
