package org.shangmen.notification.domain;

import java.util.List;
import java.util.UUID;

/** Notices of one fact are in the message centre; their other channels follow after the commit. Internal to the module. */
public record NoticesStored(List<UUID> noticeIds) {

    public NoticesStored {
        noticeIds = List.copyOf(noticeIds);
    }
}
