package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of the operators' order settings (A1.1): the policy new orders are placed under and the
 * slot rules bookings obey, in force from {@code effectiveFrom}. Version 0 is the configured default.
 */
public record OrderSettings(UUID id, int version, OrderPolicy policy, SlotRules slotRules, String note, Instant effectiveFrom,
                            Optional<UUID> createdBy, Instant createdAt) {

    public OrderSettings {
        note = note == null ? "" : note.strip();
    }

    public boolean inForceAt(Instant at) {
        return !effectiveFrom.isAfter(at);
    }

    /** A one-line account of the version, for the audit log's "before" state. */
    public String summary() {
        return "v" + version + ": freeCancelBefore=" + policy.freeCancelBefore() + " lateFeeBasisPoints=" + policy.lateFeeBasisPoints()
                + " minimumLateFeeFen=" + policy.minimumLateFeeFen() + " workerChangeBefore=" + policy.workerChangeBefore()
                + " paymentWindow=" + policy.paymentWindow() + " minimumNotice=" + slotRules.minimumNotice() + " asapNotice="
                + slotRules.asapNotice() + " asapHorizon=" + slotRules.asapHorizon() + " travelBuffer=" + slotRules.travelBuffer()
                + " maxJobsPerDay=" + slotRules.maxJobsPerDay() + " effectiveFrom=" + effectiveFrom;
    }
}
