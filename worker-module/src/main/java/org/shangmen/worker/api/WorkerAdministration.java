package org.shangmen.worker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * Operators' work on workers (A2.1), for the admin module, which checks the operator's permission
 * first: the review queue, approving and rejecting applications, watching workers, and penalties.
 */
public interface WorkerAdministration {

    Page<ApplicationSummary> reviewQueue(PageRequest page);

    ApplicationView application(UUID workerId);

    void approve(UUID workerId, UUID operatorId);

    void reject(UUID workerId, String reason, UUID operatorId);

    /** A short-lived link to one of the worker's documents, for the reviewing operator. */
    String documentLink(UUID workerId, UUID documentId);

    PenaltyView impose(UUID workerId, PenaltyKind kind, String reason, String evidence, Optional<Instant> suspendedUntil,
                       UUID operatorId);

    PenaltyView decideAppeal(UUID penaltyId, boolean overturn, String reason, UUID operatorId);

    Page<PenaltyView> openAppeals(PageRequest page);

    enum PenaltyKind { WARNING, SUSPENSION, REMOVAL }

    record ApplicationSummary(UUID workerId, String realName, Set<Skill> skills, int experienceYears, Instant submittedAt) {
    }

    /**
     * Everything an operator needs to decide; the ID number only masked. {@code complaints} counts the
     * complaints upheld against the worker, {@code complaintRatePermille} per thousand completed orders.
     */
    record ApplicationView(UUID workerId, String certification, String standing, Optional<Instant> suspendedUntil,
                           Optional<String> realName, Optional<String> gender, Optional<Integer> birthYear,
                           Optional<String> maskedIdNumber, int experienceYears, List<String> formerEmployers,
                           Set<Skill> skills, Set<String> districts, Optional<UUID> photoDocumentId,
                           List<CertificateView> certificates, Optional<Instant> faceVerifiedAt, Optional<Integer> faceScore,
                           Optional<String> rejectionReason, List<DecisionView> history, List<PenaltyView> penalties,
                           int ratingTenths, int ratingCount, int complaints, int completedOrders, int complaintRatePermille) {
    }

    record CertificateView(UUID id, CertificateType type, String maskedNumber, String issuer, LocalDate validFrom,
                           Optional<LocalDate> validUntil, boolean valid, Optional<UUID> documentId) {
    }

    record DecisionView(String decision, Optional<String> reason, UUID decidedBy, Instant decidedAt) {
    }

    record PenaltyView(UUID id, UUID workerId, PenaltyKind kind, String reason, String evidence, Optional<Instant> suspendedUntil,
                       UUID imposedBy, Instant imposedAt, Optional<String> appealStatement, Optional<Instant> appealedAt,
                       Optional<String> appealOutcome, Optional<String> appealReason) {
    }
}
