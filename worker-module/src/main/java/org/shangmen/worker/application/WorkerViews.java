package org.shangmen.worker.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.application.port.in.WorkerView;
import org.shangmen.worker.application.port.in.WorkerView.CertificateSummary;
import org.shangmen.worker.application.port.out.BadgeStore;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.shangmen.worker.api.RetrainingSuspensions;
import org.shangmen.worker.domain.IdCardNumber;
import org.shangmen.worker.domain.Profile;
import org.shangmen.worker.domain.Worker;

/** The worker's own view of themselves, with their certificates and what is still missing for submission. */
public class WorkerViews {

    private final DocumentStore documents;
    private final FieldCipher cipher;
    private final RuleBook ruleBook;
    private final BadgeStore badges;
    private final RetrainingSuspensions retraining;
    private final Clock clock;

    public WorkerViews(DocumentStore documents, FieldCipher cipher, RuleBook ruleBook, BadgeStore badges, RetrainingSuspensions retraining,
                       Clock clock) {
        this.badges = badges;
        this.retraining = retraining;
        this.ruleBook = ruleBook;
        this.documents = documents;
        this.cipher = cipher;
        this.clock = clock;
    }

    WorkerView of(Worker w) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        Profile p = w.profile();
        List<CertificateSummary> certificates = documents.certificates(w.accountId()).stream()
                .map(c -> new CertificateSummary(c.id(), c.type(), WorkerReviewService.maskCertificate(cipher.decrypt(c.number())),
                        c.issuer(), c.validFrom(), c.validUntil(), c.isValidOn(today), c.documentId()))
                .toList();
        List<String> missing = new ArrayList<>(p.missingForSubmission());
        if (w.photoDocumentId().isEmpty()) {
            missing.add("photo");
        }
        missing.addAll(ruleGaps(w));
        return new WorkerView(w.accountId(), w.certification().name(), w.standing().name(), w.suspendedUntil(), p.realName(),
                p.gender(), p.birthYear(), p.idNumber().map(IdCardNumber::masked), p.experienceYears(), p.formerEmployers(),
                p.skills(), p.districts().stream().map(RegionCode::value).collect(Collectors.toSet()),
                p.home().map(GeoPoint::latitude), p.home().map(GeoPoint::longitude), p.serviceRadiusMetres(),
                p.hourlyRate().map(Money::fen), p.languages(), p.introduction(), w.photoDocumentId(), certificates,
                w.faceConsentAt().isPresent(), w.faceVerifiedAt(), w.workState(), w.rejectionReason(), missing,
                w.mayTakeOrders(clock.instant()),
                badges.badges(List.of(w.accountId())).getOrDefault(w.accountId(), List.of()).stream()
                        .map(b -> new WorkerView.BadgeSummary(b.code(), b.label(), b.validUntil(), b.certificateNumber(), b.validOn(today)))
                        .toList(),
                retraining.pending(w.accountId()));
    }

    /** What the certification rules in force for the worker's skills still ask for (all skills' rules, A1.1). */
    private List<String> ruleGaps(Worker w) {
        try {
            return ruleBook.submissionGaps(w, ruleBook.inForce(w.profile().skills(), clock.instant()), false);
        } catch (org.shangmen.kernel.DomainException noRules) {
            return List.of();
        }
    }
}
