package org.shangmen.training.api.event;

import java.time.LocalDate;
import java.util.UUID;

/** A worker earned or renewed a skill badge, valid until the day named; it counts for eligibility at once. */
public record BadgeEarned(UUID workerId, String badgeCode, String badgeLabel, LocalDate validUntil, String certificateNumber) {
}
