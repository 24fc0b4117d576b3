package org.shangmen.worker.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.RetrainingSuspensions;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.WorkState;

/** What the worker sees of themselves; the ID number masked even here. */
public record WorkerView(UUID workerId, String certification, String standing, Optional<Instant> suspendedUntil,
                         Optional<String> realName, Optional<Gender> gender, Optional<Integer> birthYear,
                         Optional<String> maskedIdNumber, int experienceYears, List<String> formerEmployers, Set<Skill> skills,
                         Set<String> districts, Optional<Double> homeLatitude, Optional<Double> homeLongitude,
                         int serviceRadiusMetres, Optional<Long> hourlyRateFen, Set<String> languages, String introduction,
                         Optional<UUID> photoDocumentId, List<CertificateSummary> certificates, boolean faceConsentGiven,
                         Optional<Instant> faceVerifiedAt, WorkState workState, Optional<String> rejectionReason,
                         List<String> missingForSubmission, boolean mayTakeOrders, List<BadgeSummary> badges,
                         List<RetrainingSuspensions.Pending> retrainingRequired) {

    /** W4.2 a skill badge with the training certificate (培训合格证) number that earned it; {@code valid} today. */
    public record BadgeSummary(String code, String label, LocalDate validUntil, String certificateNumber, boolean valid) {
    }

    public record CertificateSummary(UUID id, CertificateType type, String maskedNumber, String issuer, LocalDate validFrom,
                                     Optional<LocalDate> validUntil, boolean valid, Optional<UUID> documentId) {
    }
}
