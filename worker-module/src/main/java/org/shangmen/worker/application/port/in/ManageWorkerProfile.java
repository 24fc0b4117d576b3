package org.shangmen.worker.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerAdministration.PenaltyView;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.WorkState;

/** W1.2: a worker's own profile, documents, face check, submission, work state and penalties. */
public interface ManageWorkerProfile {

    WorkerView view(UUID workerId);

    /** {@code idNumber} empty keeps the stored one (which the worker only ever sees masked). */
    WorkerView updateProfile(UUID workerId, ProfileCommand command);

    WorkerView uploadPhoto(UUID workerId, byte[] upload);

    WorkerView addCertificate(UUID workerId, CertificateCommand command, byte[] scan);

    WorkerView removeCertificate(UUID workerId, UUID certificateId);

    WorkerView consentToFaceCheck(UUID workerId);

    WorkerView checkFace(UUID workerId, byte[] livePhoto);

    WorkerView submit(UUID workerId, boolean manualIdentityCheck);

    WorkerView setWorkState(UUID workerId, WorkState state);

    /** A short-lived link to one of the worker's own documents. */
    String documentLink(UUID workerId, UUID documentId);

    List<PenaltyView> penalties(UUID workerId);

    PenaltyView appeal(UUID workerId, UUID penaltyId, String statement);

    record ProfileCommand(Optional<String> realName, Optional<Gender> gender, Optional<Integer> birthYear,
                          Optional<String> idNumber, int experienceYears, List<String> formerEmployers, Set<Skill> skills,
                          Set<String> districts, Optional<Double> homeLatitude, Optional<Double> homeLongitude,
                          int serviceRadiusMetres, Optional<Long> hourlyRateFen, Set<String> languages, String introduction) {
    }

    record CertificateCommand(CertificateType type, String number, String issuer, LocalDate validFrom,
                              Optional<LocalDate> validUntil) {
    }

    /** What the worker sees of themselves; the ID number masked even here. */
    record WorkerView(UUID workerId, String certification, String standing, Optional<Instant> suspendedUntil,
                      Optional<String> realName, Optional<Gender> gender, Optional<Integer> birthYear,
                      Optional<String> maskedIdNumber, int experienceYears, List<String> formerEmployers, Set<Skill> skills,
                      Set<String> districts, Optional<Double> homeLatitude, Optional<Double> homeLongitude,
                      int serviceRadiusMetres, Optional<Long> hourlyRateFen, Set<String> languages, String introduction,
                      Optional<UUID> photoDocumentId, List<CertificateSummary> certificates, boolean faceConsentGiven,
                      Optional<Instant> faceVerifiedAt, WorkState workState, Optional<String> rejectionReason,
                      List<String> missingForSubmission, boolean mayTakeOrders) {
    }

    record CertificateSummary(UUID id, CertificateType type, String maskedNumber, String issuer, LocalDate validFrom,
                              Optional<LocalDate> validUntil, boolean valid, Optional<UUID> documentId) {
    }
}
