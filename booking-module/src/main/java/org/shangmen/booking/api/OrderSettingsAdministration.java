package org.shangmen.booking.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * The order settings operators keep (A1.1), for the admin module, which checks the operator's permission
 * first: versions with an effective time, the configured defaults as version 0. New orders take the
 * version in force when they are placed and keep its policy.
 */
public interface OrderSettingsAdministration {

    SettingsView current();

    /** Every version, newest first, version 0 (the configured defaults) last. */
    Page<SettingsView> history(PageRequest page);

    /** Publishes the next version, in force from {@code draft.effectiveFrom} (now when absent). */
    SettingsView schedule(SettingsDraft draft, UUID operatorId);

    /** Durations in minutes, money in fen. */
    record SettingsDraft(int freeCancelBeforeMinutes, int lateFeeBasisPoints, long minimumLateFeeFen, int workerChangeBeforeMinutes,
                         int paymentWindowMinutes, int minimumNoticeMinutes, int asapNoticeMinutes, int asapHorizonMinutes,
                         int travelBufferMinutes, int maxJobsPerDay, String note, Instant effectiveFrom) {
    }

    /**
     * @param source  CONFIGURATION (version 0, the configured defaults) or OPERATOR
     * @param state   IN_FORCE, SCHEDULED (not in force yet) or SUPERSEDED
     */
    record SettingsView(Optional<UUID> id, int version, String source, String sourceLabel, String state, String stateLabel,
                        int freeCancelBeforeMinutes, int lateFeeBasisPoints, long minimumLateFeeFen, int workerChangeBeforeMinutes,
                        int paymentWindowMinutes, int minimumNoticeMinutes, int asapNoticeMinutes, int asapHorizonMinutes,
                        int travelBufferMinutes, int maxJobsPerDay, String note, Instant effectiveFrom, Optional<UUID> createdBy,
                        Instant createdAt) {
    }
}
