package org.shangmen.worker.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * Registration and certification rules operators set per skill (A1.1), for the admin module, which
 * checks the operator's permission first: versions with an effective time, the items certified workers
 * are asked for when a version is stricter, and the verification steps operators record.
 */
public interface CertificationRules {

    /** Per skill, the version in force now, and the next one when it is scheduled. */
    Page<RuleView> rules(PageRequest page);

    /** Every version of the skill, newest first. */
    Page<RuleView> versions(Skill skill, PageRequest page);

    /**
     * Publishes the next version of the skill's rules, in force from {@code draft.effectiveFrom} (now when
     * absent). Certified workers who do not meet it are asked for what they lack, with a deadline.
     */
    RuleView publish(Skill skill, RuleDraft draft, UUID operatorId);

    /** The versions the worker's last submission was checked against, one per skill. */
    Page<RuleView> submittedUnder(UUID workerId, PageRequest page);

    Page<MissingItemView> missingItems(UUID workerId, PageRequest page);

    /** Records a background or credit check, or an interview, with the reference an operator can show. */
    void recordStep(UUID workerId, VerificationStep step, String reference, UUID operatorId);

    /** Approves the items the worker supplied: the worker is eligible for the skill again. */
    Page<MissingItemView> approveSupplied(UUID workerId, UUID operatorId);

    enum VerificationStep {
        BACKGROUND_CHECK("背景与信用核查"), INTERVIEW("面试");

        private final String chineseName;

        VerificationStep(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    /**
     * @param faceCheck REQUIRED or MANUAL_ALLOWED
     * @param allowedRegions city or district codes; empty: any
     */
    record RuleDraft(Set<CertificateType> requiredDocuments, Set<CertificateType> optionalDocuments, int minValidCertificates,
                     Integer minAge, int minExperienceYears, Set<String> allowedRegions, String faceCheck,
                     boolean backgroundCheckRequired, boolean interviewRequired, int graceDays, String note, Instant effectiveFrom) {
    }

    record Labelled(String code, String label) {
    }

    /**
     * @param inForce      whether this is the version submissions are checked against now
     * @param workersAsked certified workers asked for missing items when this version was published
     */
    record RuleView(UUID id, Skill skill, String skillLabel, int version, boolean inForce, List<Labelled> requiredDocuments,
                    List<Labelled> optionalDocuments, int minValidCertificates, Optional<Integer> minAge, int minExperienceYears,
                    List<String> allowedRegions, String faceCheck, String faceCheckLabel, boolean backgroundCheckRequired,
                    boolean interviewRequired, int graceDays, String note, Instant effectiveFrom, Optional<UUID> createdBy,
                    Instant createdAt, Optional<Integer> workersAsked) {
    }

    /**
     * @param overdue past the deadline and not approved yet: no offers for the skill meanwhile
     */
    record MissingItemView(UUID id, Skill skill, String skillLabel, int ruleVersion, String item, String itemLabel, Instant dueAt,
                           String state, String stateLabel, boolean overdue, Optional<Instant> suppliedAt,
                           Optional<Instant> resolvedAt) {
    }
}
