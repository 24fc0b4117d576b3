package org.shangmen.training.api.event;

import java.time.LocalDate;
import java.util.UUID;

/** A worker's badge has ended: services requiring it are closed to the worker until it is renewed. */
public record BadgeExpired(UUID workerId, String badgeCode, String badgeLabel, LocalDate validUntil, UUID courseId) {
}
