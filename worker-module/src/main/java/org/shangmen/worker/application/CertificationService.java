package org.shangmen.worker.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.Ids;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.out.CertificationRuleStore;
import org.shangmen.worker.domain.CertificationRule;
import org.shangmen.worker.application.port.in.CertifyWorker;
import org.shangmen.worker.application.port.in.WorkerView;
import org.shangmen.worker.application.port.out.DecisionLog;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.shangmen.worker.application.port.out.DocumentStore.Certificate;
import org.shangmen.worker.application.port.out.DocumentStore.Document;
import org.shangmen.worker.application.port.out.FaceVerification;
import org.shangmen.worker.application.port.out.ImageSanitizer;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.shangmen.worker.domain.Certification;
import org.shangmen.worker.domain.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** A worker's way to certification (W1.2): certificates, face check and submission for review. */
public class CertificationService implements CertifyWorker {

    private static final Logger log = LoggerFactory.getLogger(CertificationService.class);
    private static final int MAX_CERTIFICATES = 12;

    private final WorkerStore workers;
    private final DocumentStore documents;
    private final DocumentStorage storage;
    private final WorkerUploads uploads;
    private final ImageSanitizer images;
    private final FaceVerification faces;
    private final DecisionLog decisions;
    private final WorkerViews views;
    private final FieldCipher cipher;
    private final RuleBook ruleBook;
    private final CertificationRuleStore rules;
    private final Clock clock;

    public CertificationService(WorkerStore workers, DocumentStore documents, DocumentStorage storage, WorkerUploads uploads,
                                ImageSanitizer images, FaceVerification faces, DecisionLog decisions, WorkerViews views,
                                FieldCipher cipher, RuleBook ruleBook, CertificationRuleStore rules, Clock clock) {
        this.ruleBook = ruleBook;
        this.rules = rules;
        this.workers = workers;
        this.documents = documents;
        this.storage = storage;
        this.uploads = uploads;
        this.images = images;
        this.faces = faces;
        this.decisions = decisions;
        this.views = views;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public WorkerView addCertificate(UUID workerId, CertificateCommand c, byte[] scan) {
        Worker worker = workers.findOrRegisterForUpdate(workerId, clock.instant());
        if (worker.certification() == Certification.SUBMITTED) {
            throw DomainException.conflict("worker.under-review");
        }
        if (c.type() == null || c.validFrom() == null) {
            throw DomainException.invalid("worker.certificate-incomplete");
        }
        String number = c.number() == null ? "" : c.number().strip();
        String issuer = c.issuer() == null ? "" : c.issuer().strip();
        if (!number.matches("[A-Za-z0-9-]{4,40}")) {
            throw DomainException.invalid("worker.certificate-number-invalid");
        }
        if (issuer.length() < 2 || issuer.length() > 100) {
            throw DomainException.invalid("worker.certificate-issuer-invalid");
        }
        if (c.validUntil().isPresent() && c.validUntil().get().isBefore(c.validFrom())) {
            throw DomainException.invalid("worker.certificate-dates-invalid");
        }
        if (documents.certificates(workerId).size() >= MAX_CERTIFICATES) {
            throw DomainException.rejected("worker.too-many-certificates", MAX_CERTIFICATES);
        }
        Document document = uploads.store(worker, "CERTIFICATE", scan);
        documents.insertCertificate(new Certificate(Ids.newId(clock), workerId, c.type(), cipher.encrypt(number), issuer,
                c.validFrom(), c.validUntil(), Optional.of(document.id()), clock.instant()));
        return views.of(worker);
    }

    @Override
    @Transactional
    public WorkerView removeCertificate(UUID workerId, UUID certificateId) {
        Worker worker = workers.findOrRegisterForUpdate(workerId, clock.instant());
        if (worker.certification() == Certification.SUBMITTED) {
            throw DomainException.conflict("worker.under-review");
        }
        if (!documents.deleteCertificate(workerId, certificateId)) {
            throw DomainException.notFound("worker.certificate-not-found");
        }
        return views.of(worker);
    }

    @Override
    @Transactional
    public WorkerView consentToFaceCheck(UUID workerId) {
        Worker updated = workers.findOrRegisterForUpdate(workerId, clock.instant()).consentToFaceCheck(clock.instant());
        workers.update(updated);
        return views.of(updated);
    }

    @Override
    @Transactional
    public WorkerView checkFace(UUID workerId, byte[] livePhoto) {
        Worker worker = workers.findOrRegisterForUpdate(workerId, clock.instant());
        worker.ensureMayCheckFace();
        ImageSanitizer.SanitizedImage photo = images.sanitize(livePhoto);
        FaceVerification.FaceMatch match = faces.verify(worker.profile().realName().orElseThrow(),
                worker.profile().idNumber().orElseThrow().value(), photo.content());
        log.info("face check for worker {}: score={} passed={}", workerId, match.score(), match.passed());
        if (!match.passed()) {
            throw DomainException.rejected("worker.face-identity-mismatch");
        }
        Worker updated = worker.faceVerified(match.score(), clock.instant());
        workers.update(updated);
        return views.of(updated);
    }

    @Override
    @Transactional
    public WorkerView submit(UUID workerId, boolean manualIdentityCheck) {
        Worker worker = workers.findOrRegisterForUpdate(workerId, clock.instant());
        Instant now = clock.instant();
        // Checked against the rules in force now; the versions are kept with the submission (A1.1).
        Map<Skill, CertificationRule> inForce = ruleBook.inForce(worker.profile().skills(), now);
        Worker submitted = worker.submitChecked(ruleBook.submissionGaps(worker, inForce, manualIdentityCheck), now);
        workers.update(submitted);
        rules.snapshot(workerId, inForce.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().id())), now);
        decisions.append(new DecisionLog.Decision(Ids.newId(clock), workerId, "SUBMITTED",
                manualIdentityCheck && worker.faceVerifiedAt().isEmpty() ? Optional.of("需人工核验身份") : Optional.empty(),
                workerId, clock.instant()));
        return views.of(submitted);
    }

    @Override
    @Transactional(readOnly = true)
    public String documentLink(UUID workerId, UUID documentId) {
        Document document = documents.document(documentId).filter(d -> d.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("worker.document-not-found"));
        return storage.signedLink(document.storageKey(), WorkerProfileService.LINK_VALIDITY);
    }
}
