package org.shangmen.notification.domain;

/**
 * Where a notice reaches its recipient. The message centre and the live stream always carry it; WeChat
 * subscribe messages and text messages are optional, and each account may mute them.
 */
public enum Channel {
    IN_APP(false),
    LIVE(false),
    WECHAT(true),
    SMS(true);

    private final boolean optional;

    Channel(boolean optional) {
        this.optional = optional;
    }

    public boolean optional() {
        return optional;
    }
}
