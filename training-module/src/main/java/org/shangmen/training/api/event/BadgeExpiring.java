package org.shangmen.training.api.event;

import java.time.LocalDate;
import java.util.UUID;

/** A worker's badge ends within 30 days; {@code courseId} renews it. */
public record BadgeExpiring(UUID workerId, String badgeCode, String badgeLabel, LocalDate validUntil, UUID courseId, String courseTitle) {
}
