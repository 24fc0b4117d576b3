package org.shangmen.training.api.event;

import java.time.Instant;
import java.util.UUID;

/** An offline session a worker holds a seat for starts within a day. */
public record SessionReminderDue(UUID partId, UUID workerId, String courseTitle, String sessionTitle, String place, Instant startsAt) {
}
