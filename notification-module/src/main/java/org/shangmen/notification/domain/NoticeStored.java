package org.shangmen.notification.domain;

import java.util.UUID;

/** A notice is in the message centre; its other channels follow after the commit. Internal to the module. */
public record NoticeStored(UUID noticeId, UUID recipientId) {
}
