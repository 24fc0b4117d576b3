package org.shangmen.worker.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

/**
 * A worker (家政人员): a worker account's profile, its certification by the platform and its standing.
 * Only an approved worker whose standing is active (or whose suspension has ended) takes orders.
 */
public record Worker(
        UUID accountId,
        Certification certification,
        Standing standing,
        Optional<Instant> suspendedUntil,
        Profile profile,
        Optional<UUID> photoDocumentId,
        Optional<Instant> faceConsentAt,
        Optional<Instant> faceVerifiedAt,
        Optional<Integer> faceScore,
        WorkState workState,
        Optional<String> rejectionReason,
        Optional<Instant> submittedAt,
        Optional<Instant> approvedAt,
        Instant createdAt) {

    public static Worker register(UUID accountId, Instant now) {
        return new Worker(accountId, Certification.DRAFT, Standing.ACTIVE, Optional.empty(), Profile.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), WorkState.RESTING, Optional.empty(), Optional.empty(),
                Optional.empty(), now);
    }

    private Worker with(Certification c, Standing s, Optional<Instant> until, Profile p, Optional<UUID> photo,
                        Optional<Instant> consent, Optional<Instant> verified, Optional<Integer> score, WorkState state,
                        Optional<String> rejection, Optional<Instant> submitted, Optional<Instant> approved) {
        return new Worker(accountId, c, s, until, p, photo, consent, verified, score, state, rejection, submitted, approved, createdAt);
    }

    private void ensureNotRemoved() {
        if (standing == Standing.REMOVED) {
            throw DomainException.forbidden("worker.removed");
        }
    }

    /** A new profile: free while a draft or rejected; frozen under review; identity locked once certified. */
    public Worker withProfile(Profile newProfile) {
        ensureNotRemoved();
        if (certification == Certification.SUBMITTED) {
            throw DomainException.conflict("worker.under-review");
        }
        if (certification == Certification.APPROVED && !profile.sameIdentityAs(newProfile)) {
            throw DomainException.conflict("worker.identity-locked");
        }
        boolean identityChanged = !profile.sameIdentityAs(newProfile);
        // A face check proves a name and ID number: changing them asks for a new check.
        Optional<Instant> verified = identityChanged ? Optional.empty() : faceVerifiedAt;
        Optional<Integer> score = identityChanged ? Optional.empty() : faceScore;
        return with(certification, standing, suspendedUntil, newProfile, photoDocumentId, faceConsentAt, verified, score,
                workState, rejectionReason, submittedAt, approvedAt);
    }

    public Worker withPhoto(UUID documentId) {
        ensureNotRemoved();
        if (certification == Certification.SUBMITTED) {
            throw DomainException.conflict("worker.under-review");
        }
        return with(certification, standing, suspendedUntil, profile, Optional.of(documentId), faceConsentAt, faceVerifiedAt,
                faceScore, workState, rejectionReason, submittedAt, approvedAt);
    }

    /** The separate, explicit consent face verification needs (PIPL art. 29). */
    public Worker consentToFaceCheck(Instant now) {
        return with(certification, standing, suspendedUntil, profile, photoDocumentId, Optional.of(now), faceVerifiedAt, faceScore,
                workState, rejectionReason, submittedAt, approvedAt);
    }

    public void ensureMayCheckFace() {
        ensureNotRemoved();
        if (faceConsentAt.isEmpty()) {
            throw DomainException.rejected("worker.face-consent-required");
        }
        if (profile.realName().isEmpty() || profile.idNumber().isEmpty()) {
            throw DomainException.rejected("worker.face-needs-identity");
        }
    }

    public Worker faceVerified(int score, Instant now) {
        return with(certification, standing, suspendedUntil, profile, photoDocumentId, faceConsentAt, Optional.of(now),
                Optional.of(score), workState, rejectionReason, submittedAt, approvedAt);
    }

    /**
     * Sends the application for review. Everything must be there: the profile, a photo, at least one
     * valid certificate, and either a passed face check or a request for a manual identity check.
     */
    public Worker submit(int validCertificates, boolean manualIdentityCheck, Instant now) {
        List<String> gaps = new java.util.ArrayList<>();
        if (validCertificates == 0) {
            gaps.add("certificates");
        }
        if (faceVerifiedAt.isEmpty() && !manualIdentityCheck) {
            gaps.add("faceCheck");
        }
        return submitChecked(gaps, now);
    }

    /**
     * Sends the application for review once the profile and photo are there and nothing is missing under
     * the certification rules in force ({@code ruleGaps}, named like the profile's fields and steps).
     */
    public Worker submitChecked(List<String> ruleGaps, Instant now) {
        ensureNotRemoved();
        if (certification != Certification.DRAFT && certification != Certification.REJECTED) {
            throw DomainException.conflict("worker.not-submittable", certification.name());
        }
        List<String> missing = new java.util.ArrayList<>(profile.missingForSubmission());
        if (photoDocumentId.isEmpty()) {
            missing.add("photo");
        }
        missing.addAll(ruleGaps);
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "worker.profile-incomplete", String.join(", ", missing));
        }
        return with(Certification.SUBMITTED, standing, suspendedUntil, profile, photoDocumentId, faceConsentAt, faceVerifiedAt,
                faceScore, workState, Optional.empty(), Optional.of(now), approvedAt);
    }

    public Worker approve(Instant now) {
        requireUnderReview();
        return with(Certification.APPROVED, standing, suspendedUntil, profile, photoDocumentId, faceConsentAt, faceVerifiedAt,
                faceScore, WorkState.WORKING, Optional.empty(), submittedAt, Optional.of(now));
    }

    public Worker reject(String reason) {
        requireUnderReview();
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw DomainException.invalid("worker.reason-required");
        }
        return with(Certification.REJECTED, standing, suspendedUntil, profile, photoDocumentId, faceConsentAt, faceVerifiedAt,
                faceScore, workState, Optional.of(why), submittedAt, approvedAt);
    }

    private void requireUnderReview() {
        if (certification != Certification.SUBMITTED) {
            throw DomainException.conflict("worker.not-under-review");
        }
    }

    public Worker suspend(Instant until) {
        ensureNotRemoved();
        return with(certification, Standing.SUSPENDED, Optional.of(until), profile, photoDocumentId, faceConsentAt, faceVerifiedAt,
                faceScore, WorkState.RESTING, rejectionReason, submittedAt, approvedAt);
    }

    /** Suspended until a training course is passed: without an end, or until {@code until} at the latest. */
    public Worker suspendUntilRetrained(Optional<Instant> until) {
        ensureNotRemoved();
        return with(certification, Standing.SUSPENDED, until, profile, photoDocumentId, faceConsentAt, faceVerifiedAt,
                faceScore, WorkState.RESTING, rejectionReason, submittedAt, approvedAt);
    }

    /**
     * Passing the course that lifts the last suspension: active again and back to taking orders (接单中), since the
     * suspension alone had set the worker resting. A worker not suspended stays as they are.
     */
    public Worker reinstateAfterRetraining() {
        if (standing != Standing.SUSPENDED) {
            return this;
        }
        return with(certification, Standing.ACTIVE, Optional.empty(), profile, photoDocumentId, faceConsentAt, faceVerifiedAt,
                faceScore, workState == WorkState.RESTING ? WorkState.WORKING : workState, rejectionReason, submittedAt, approvedAt);
    }

    public Worker remove() {
        return with(certification, Standing.REMOVED, Optional.empty(), profile, photoDocumentId, faceConsentAt, faceVerifiedAt,
                faceScore, WorkState.RESTING, rejectionReason, submittedAt, approvedAt);
    }

    /** After an appeal is granted: back to active. */
    public Worker reinstate() {
        return with(certification, Standing.ACTIVE, Optional.empty(), profile, photoDocumentId, faceConsentAt, faceVerifiedAt,
                faceScore, workState, rejectionReason, submittedAt, approvedAt);
    }

    public Worker withWorkState(WorkState state, Instant now) {
        if (state == WorkState.WORKING && !mayTakeOrders(now)) {
            throw DomainException.rejected("worker.not-eligible");
        }
        return with(certification, standing, suspendedUntil, profile, photoDocumentId, faceConsentAt, faceVerifiedAt, faceScore,
                state, rejectionReason, submittedAt, approvedAt);
    }

    /** Certified, not suspended or removed, and not resting: offers, slots, grabbing and assignment count this worker. */
    public boolean takesNewOrders(Instant now) {
        return bookingStanding().takesNewOrders(now);
    }

    public boolean mayTakeOrders(Instant now) {
        return bookingStanding().mayTakeOrders(now);
    }

    public BookingStanding bookingStanding() {
        return new BookingStanding(certification, standing, suspendedUntil, workState);
    }
}
