package org.shangmen.notification.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** An account's choice of optional channels: the muted ones carry none of its notices. */
public record NoticeSettings(UUID accountId, Set<Channel> muted) {

    public NoticeSettings {
        java.util.Objects.requireNonNull(accountId, "accountId");
        for (Channel channel : muted) {
            if (!channel.optional()) {
                throw new IllegalArgumentException(channel + " cannot be muted");
            }
        }
        muted = muted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(muted));
    }

    public static NoticeSettings defaults(UUID accountId) {
        return new NoticeSettings(accountId, Set.of());
    }

    public boolean allows(Channel channel) {
        return !muted.contains(channel);
    }
}
