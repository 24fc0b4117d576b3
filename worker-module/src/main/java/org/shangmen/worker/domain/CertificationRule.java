package org.shangmen.worker.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;

/**
 * One version of the registration and certification rules of a skill (A1.1), set by operators: the
 * documents a worker must hold, the fields' limits and the verification steps. A submission is checked
 * against the version in force when it was submitted; a worker certified earlier who does not meet a
 * newer version is asked for the missing items.
 *
 * @param requiredDocuments       certificates every worker with the skill holds, valid
 * @param optionalDocuments       certificates shown as welcome, never required
 * @param minValidCertificates    how many valid certificates of any type a worker holds at least
 * @param minAge                  the youngest age, in years reached this calendar year
 * @param minExperienceYears      the fewest years of experience
 * @param allowedRegions          city or district codes the worker's districts must lie in; empty: anywhere
 * @param faceCheck               whether a passed face check is required or a manual identity check suffices
 * @param backgroundCheckRequired a background or credit check (such as 家政信用 check) recorded by an operator
 * @param interviewRequired       an interview recorded by an operator
 * @param graceDays               days certified workers have to supply what a stricter version asks for
 */
public record CertificationRule(UUID id, Skill skill, int version, Set<CertificateType> requiredDocuments,
                                Set<CertificateType> optionalDocuments, int minValidCertificates, Optional<Integer> minAge,
                                int minExperienceYears, Set<RegionCode> allowedRegions, FaceCheckRule faceCheck,
                                boolean backgroundCheckRequired, boolean interviewRequired, int graceDays, String note,
                                Instant effectiveFrom, Optional<UUID> createdBy, Instant createdAt) {

    public static final int MAX_REGIONS = 50;

    public enum FaceCheckRule { REQUIRED, MANUAL_ALLOWED }

    /** An item a rule asks for, named like the worker's profile and verification steps. */
    public static final String FACE_CHECK = "faceCheck";
    public static final String CERTIFICATES = "certificates";
    public static final String MIN_AGE = "minAge";
    public static final String EXPERIENCE = "experienceYears";
    public static final String DISTRICTS = "districts";
    public static final String BACKGROUND_CHECK = "backgroundCheck";
    public static final String INTERVIEW = "interview";
    public static final String DOCUMENT_PREFIX = "document:";

    public CertificationRule {
        requiredDocuments = requiredDocuments.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredDocuments));
        optionalDocuments = Set.copyOf(optionalDocuments);
        allowedRegions = Set.copyOf(allowedRegions);
        note = note == null ? "" : note.strip();
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
        if (optionalDocuments.stream().anyMatch(requiredDocuments::contains)) {
            throw DomainException.invalid("worker.rule-document-twice");
        }
        if (minValidCertificates < 0 || minValidCertificates > 12) {
            throw DomainException.invalid("worker.rule-certificates-out-of-range", 0, 12);
        }
        if (minAge.isPresent() && (minAge.get() < 16 || minAge.get() > 70)) {
            throw DomainException.invalid("worker.rule-age-out-of-range", 16, 70);
        }
        if (minExperienceYears < 0 || minExperienceYears > 40) {
            throw DomainException.invalid("worker.rule-experience-out-of-range", 0, 40);
        }
        if (allowedRegions.size() > MAX_REGIONS || allowedRegions.stream().anyMatch(r -> r.level() == RegionCode.Level.PROVINCE)) {
            throw DomainException.invalid("worker.rule-regions-invalid", MAX_REGIONS);
        }
        if (graceDays < 1 || graceDays > 365) {
            throw DomainException.invalid("worker.rule-grace-out-of-range", 1, 365);
        }
        if (note.length() > 500) {
            throw DomainException.invalid("worker.rule-note-too-long", 500);
        }
    }

    /** What the platform knows of a worker that the rules look at. */
    public record Facts(Set<CertificateType> validTypes, int validCertificates, Optional<Integer> birthYear, int experienceYears,
                        Set<RegionCode> districts, boolean faceVerified, Set<String> recordedSteps) {
    }

    /**
     * What the worker lacks under this rule, as item names. At submission a manual identity check may stand
     * in for a face check where the rule allows it, and the operator's steps are checked at approval instead.
     */
    public List<String> gaps(Facts facts, int currentYear, boolean atSubmission, boolean manualIdentityCheck) {
        List<String> gaps = new ArrayList<>();
        for (CertificateType type : EnumSet.allOf(CertificateType.class)) {
            if (requiredDocuments.contains(type) && !facts.validTypes().contains(type)) {
                gaps.add(DOCUMENT_PREFIX + type.name());
            }
        }
        if (facts.validCertificates() < minValidCertificates) {
            gaps.add(CERTIFICATES);
        }
        if (minAge.isPresent() && facts.birthYear().isPresent() && currentYear - facts.birthYear().get() < minAge.get()) {
            gaps.add(MIN_AGE);
        }
        if (facts.experienceYears() < minExperienceYears) {
            gaps.add(EXPERIENCE);
        }
        if (!allowedRegions.isEmpty() && !facts.districts().stream().allMatch(d -> allowedRegions.stream().anyMatch(d::isWithin))) {
            gaps.add(DISTRICTS);
        }
        boolean manualAllowed = faceCheck == FaceCheckRule.MANUAL_ALLOWED;
        if (!facts.faceVerified() && !(manualAllowed && (manualIdentityCheck || !atSubmission))) {
            gaps.add(FACE_CHECK);
        }
        if (!atSubmission) {
            if (backgroundCheckRequired && !facts.recordedSteps().contains(BACKGROUND_CHECK)) {
                gaps.add(BACKGROUND_CHECK);
            }
            if (interviewRequired && !facts.recordedSteps().contains(INTERVIEW)) {
                gaps.add(INTERVIEW);
            }
        }
        return gaps;
    }

    /** A one-line account of the version, for the audit log's "before" state. */
    public String summary() {
        return skill + " v" + version + ": required=" + requiredDocuments.stream().map(Enum::name).sorted().toList()
                + " optional=" + optionalDocuments.stream().map(Enum::name).sorted().toList() + " minValidCertificates=" + minValidCertificates
                + " minAge=" + minAge.map(String::valueOf).orElse("-") + " minExperienceYears=" + minExperienceYears
                + " regions=" + allowedRegions.stream().map(RegionCode::value).sorted().toList() + " faceCheck=" + faceCheck
                + " backgroundCheck=" + backgroundCheckRequired + " interview=" + interviewRequired + " graceDays=" + graceDays
                + " effectiveFrom=" + effectiveFrom;
    }
}
