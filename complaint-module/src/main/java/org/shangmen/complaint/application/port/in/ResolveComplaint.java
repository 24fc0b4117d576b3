package org.shangmen.complaint.application.port.in;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintOutcome;
import org.shangmen.kernel.DomainException;

/**
 * Operators resolve a complaint with an outcome (A2.1): a partial or full refund through billing (never
 * more than was paid and not yet refunded), a penalty through the worker's penalties with the complaint
 * as evidence, retraining through training, or no fault / an apology.
 */
public interface ResolveComplaint {

    ComplaintDetail resolve(ResolveCommand command);

    /** How long a penalty may suspend a worker at most. */
    int MAX_SUSPENSION_DAYS = 90;

    /**
     * @param refundFen      the amount of a partial refund (a full refund takes what remains refundable)
     * @param penaltyKind    WARNING or SUSPENSION for a worker penalty
     * @param suspensionDays for a suspension, 1 to {@link #MAX_SUSPENSION_DAYS}
     * @param courseId       the course of a retraining, or with a suspension the course whose passing lifts it
     */
    record ResolveCommand(UUID operatorId, UUID complaintId, ComplaintOutcome outcome, String note, Optional<Long> refundFen,
                          Optional<String> penaltyKind, Optional<Integer> suspensionDays, Optional<UUID> courseId) {

        public ResolveCommand {
            if (outcome == null) {
                throw DomainException.invalid("complaint.outcome-invalid", OUTCOMES);
            }
            note = note == null ? "" : note.strip();
            if (note.isEmpty() || note.length() > Complaint.MAX_NOTE) {
                throw DomainException.invalid("complaint.resolution-note-invalid", Complaint.MAX_NOTE);
            }
            if (outcome == ComplaintOutcome.PARTIAL_REFUND && refundFen.filter(f -> f > 0).isEmpty()) {
                throw DomainException.invalid("complaint.refund-amount-invalid");
            }
            if (outcome == ComplaintOutcome.WORKER_PENALTY) {
                String kind = penaltyKind.orElse("");
                if (!kind.equals("WARNING") && !kind.equals("SUSPENSION")) {
                    throw DomainException.invalid("complaint.penalty-kind-invalid");
                }
                if (kind.equals("SUSPENSION") && suspensionDays.filter(d -> d >= 1 && d <= MAX_SUSPENSION_DAYS).isEmpty()) {
                    throw DomainException.invalid("complaint.suspension-days-invalid", MAX_SUSPENSION_DAYS);
                }
            }
            if (outcome == ComplaintOutcome.RETRAINING && courseId.isEmpty()) {
                throw DomainException.invalid("complaint.course-required");
            }
        }

        public static ComplaintOutcome outcome(String code) {
            if (code == null) {
                return null;
            }
            try {
                return ComplaintOutcome.valueOf(code.strip());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("complaint.outcome-invalid", OUTCOMES);
            }
        }

        static final String OUTCOMES = String.join(", ", java.util.Arrays.stream(ComplaintOutcome.values()).map(Enum::name).toList());
    }
}
