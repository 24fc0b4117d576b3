package org.shangmen.worker.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.api.WorkerAdministration.PenaltyView;
import org.shangmen.worker.application.port.in.ManageWorkerProfile;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.shangmen.worker.application.port.out.DocumentStore.Certificate;
import org.shangmen.worker.application.port.out.DocumentStore.Document;
import org.shangmen.worker.application.port.out.DecisionLog;
import org.shangmen.worker.application.port.out.FaceVerification;
import org.shangmen.worker.application.port.out.ImageSanitizer;
import org.shangmen.worker.application.port.out.PenaltyStore;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.shangmen.worker.domain.IdCardNumber;
import org.shangmen.worker.domain.Penalty;
import org.shangmen.worker.domain.Profile;
import org.shangmen.worker.domain.WorkState;
import org.shangmen.worker.domain.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** A worker's own side of certification (W1.2): profile, documents, face check, submission, appeals. */
public class WorkerProfileService implements ManageWorkerProfile {

    public static final Duration LINK_VALIDITY = Duration.ofMinutes(5);
    public static final int MAX_DOCUMENTS = 30;
    private static final Logger log = LoggerFactory.getLogger(WorkerProfileService.class);

    private final WorkerStore workers;
    private final DocumentStore documents;
    private final DocumentStorage storage;
    private final ImageSanitizer images;
    private final FaceVerification faces;
    private final DecisionLog decisions;
    private final PenaltyStore penalties;
    private final ServiceAreaDirectory areas;
    private final FieldCipher cipher;
    private final Clock clock;

    public WorkerProfileService(WorkerStore workers, DocumentStore documents, DocumentStorage storage, ImageSanitizer images,
                                FaceVerification faces, DecisionLog decisions, PenaltyStore penalties,
                                ServiceAreaDirectory areas, FieldCipher cipher, Clock clock) {
        this.workers = workers;
        this.documents = documents;
        this.storage = storage;
        this.images = images;
        this.faces = faces;
        this.decisions = decisions;
        this.penalties = penalties;
        this.areas = areas;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Creates the draft worker behind a worker account; idempotent. */
    @Transactional
    public void open(UUID accountId) {
        workers.insert(Worker.register(accountId, clock.instant()));
    }

    private Worker current(UUID workerId) {
        Optional<Worker> found = workers.findForUpdate(workerId);
        if (found.isPresent()) {
            return found.get();
        }
        workers.insert(Worker.register(workerId, clock.instant()));
        return workers.findForUpdate(workerId).orElseThrow();
    }

    @Override
    @Transactional
    public WorkerView view(UUID workerId) {
        return view(current(workerId));
    }

    @Override
    @Transactional
    public WorkerView updateProfile(UUID workerId, ProfileCommand c) {
        Worker worker = current(workerId);
        Set<RegionCode> districts = new HashSet<>();
        for (String code : c.districts()) {
            if (!RegionCode.isValid(code)) {
                throw DomainException.invalid("worker.region-code-invalid");
            }
            RegionCode district = RegionCode.of(code);
            if (district.level() != RegionCode.Level.DISTRICT || areas.servedRegion(district).isEmpty()) {
                throw DomainException.rejected("worker.district-not-served", code);
            }
            districts.add(district);
        }
        Optional<GeoPoint> home = Optional.empty();
        if (c.homeLatitude().isPresent() != c.homeLongitude().isPresent()) {
            throw DomainException.invalid("worker.home-incomplete");
        }
        if (c.homeLatitude().isPresent()) {
            home = Optional.of(new GeoPoint(c.homeLatitude().get(), c.homeLongitude().get()));
        }
        Optional<IdCardNumber> id = c.idNumber().filter(s -> !s.isBlank()).map(IdCardNumber::parse)
                .or(() -> worker.profile().idNumber());
        Profile profile = new Profile(c.realName(), c.gender(), c.birthYear(), id, c.experienceYears(), c.formerEmployers(),
                c.skills(), districts, home, c.serviceRadiusMetres(), c.hourlyRateFen().map(Money::ofFen), c.languages(),
                c.introduction());
        Worker updated = worker.withProfile(profile);
        if (!workers.update(updated)) {
            throw DomainException.conflict("worker.id-number-taken");
        }
        return view(updated);
    }

    @Override
    @Transactional
    public WorkerView uploadPhoto(UUID workerId, byte[] upload) {
        Worker worker = current(workerId);
        Document photo = store(worker, "PHOTO", upload);
        Worker updated = worker.withPhoto(photo.id());
        workers.update(updated);
        return view(updated);
    }

    @Override
    @Transactional
    public WorkerView addCertificate(UUID workerId, CertificateCommand c, byte[] scan) {
        Worker worker = current(workerId);
        if (worker.certification() == org.shangmen.worker.domain.Certification.SUBMITTED) {
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
        if (documents.certificates(workerId).size() >= 12) {
            throw DomainException.rejected("worker.too-many-certificates", 12);
        }
        Document document = store(worker, "CERTIFICATE", scan);
        documents.insertCertificate(new Certificate(Ids.newId(clock), workerId, c.type(), cipher.encrypt(number), issuer,
                c.validFrom(), c.validUntil(), Optional.of(document.id()), clock.instant()));
        return view(worker);
    }

    @Override
    @Transactional
    public WorkerView removeCertificate(UUID workerId, UUID certificateId) {
        Worker worker = current(workerId);
        if (worker.certification() == org.shangmen.worker.domain.Certification.SUBMITTED) {
            throw DomainException.conflict("worker.under-review");
        }
        if (!documents.deleteCertificate(workerId, certificateId)) {
            throw DomainException.notFound("worker.certificate-not-found");
        }
        return view(worker);
    }

    @Override
    @Transactional
    public WorkerView consentToFaceCheck(UUID workerId) {
        Worker updated = current(workerId).consentToFaceCheck(clock.instant());
        workers.update(updated);
        return view(updated);
    }

    @Override
    @Transactional
    public WorkerView checkFace(UUID workerId, byte[] livePhoto) {
        Worker worker = current(workerId);
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
        return view(updated);
    }

    @Override
    @Transactional
    public WorkerView submit(UUID workerId, boolean manualIdentityCheck) {
        Worker worker = current(workerId);
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        int valid = (int) documents.certificates(workerId).stream().filter(cert -> cert.isValidOn(today)).count();
        Worker submitted = worker.submit(valid, manualIdentityCheck, clock.instant());
        workers.update(submitted);
        decisions.append(new DecisionLog.Decision(Ids.newId(clock), workerId, "SUBMITTED",
                manualIdentityCheck && worker.faceVerifiedAt().isEmpty() ? Optional.of("需人工核验身份") : Optional.empty(),
                workerId, clock.instant()));
        return view(submitted);
    }

    @Override
    @Transactional
    public WorkerView setWorkState(UUID workerId, WorkState state) {
        Worker updated = current(workerId).withWorkState(state, clock.instant());
        workers.update(updated);
        return view(updated);
    }

    @Override
    @Transactional(readOnly = true)
    public String documentLink(UUID workerId, UUID documentId) {
        Document document = documents.document(documentId).filter(d -> d.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("worker.document-not-found"));
        return storage.signedLink(document.storageKey(), LINK_VALIDITY);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PenaltyView> penalties(UUID workerId) {
        return penalties.ofWorker(workerId).stream().map(WorkerReviewService::penaltyView).toList();
    }

    @Override
    @Transactional
    public PenaltyView appeal(UUID workerId, UUID penaltyId, String statement) {
        Penalty penalty = penalties.find(penaltyId).filter(p -> p.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("worker.penalty-not-found"));
        Penalty appealed = penalty.appeal(statement, clock.instant());
        penalties.update(appealed);
        return WorkerReviewService.penaltyView(appealed);
    }

    private Document store(Worker worker, String kind, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw DomainException.invalid("worker.upload-empty");
        }
        if (documents.documentCount(worker.accountId()) >= MAX_DOCUMENTS) {
            throw DomainException.rejected("worker.upload-quota", MAX_DOCUMENTS);
        }
        ImageSanitizer.SanitizedImage image = images.sanitize(upload);
        UUID id = Ids.newId(clock);
        String extension = switch (image.contentType()) {
            case "image/png" -> "png";
            case "image/heic" -> "heic";
            default -> "jpg";
        };
        String key = "workers/" + worker.accountId() + "/" + id + "-" + extension;
        storage.put(key, image.content(), image.contentType());
        Document document = new Document(id, worker.accountId(), kind, key, image.contentType(), image.content().length,
                image.width(), image.height(), clock.instant());
        documents.insertDocument(document);
        return document;
    }

    WorkerView view(Worker w) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        Profile p = w.profile();
        List<CertificateSummary> certificates = documents.certificates(w.accountId()).stream()
                .map(c -> new CertificateSummary(c.id(), c.type(), WorkerReviewService.maskCertificate(cipher.decrypt(c.number())),
                        c.issuer(), c.validFrom(), c.validUntil(), c.isValidOn(today), c.documentId()))
                .toList();
        List<String> missing = new java.util.ArrayList<>(p.missingForSubmission());
        if (w.photoDocumentId().isEmpty()) {
            missing.add("photo");
        }
        if (certificates.stream().noneMatch(CertificateSummary::valid)) {
            missing.add("certificates");
        }
        if (w.faceVerifiedAt().isEmpty()) {
            missing.add("faceCheck");
        }
        return new WorkerView(w.accountId(), w.certification().name(), w.standing().name(), w.suspendedUntil(), p.realName(),
                p.gender(), p.birthYear(), p.idNumber().map(IdCardNumber::masked), p.experienceYears(), p.formerEmployers(),
                p.skills(), p.districts().stream().map(RegionCode::value).collect(java.util.stream.Collectors.toSet()),
                p.home().map(GeoPoint::latitude), p.home().map(GeoPoint::longitude), p.serviceRadiusMetres(),
                p.hourlyRate().map(Money::fen), p.languages(), p.introduction(), w.photoDocumentId(), certificates,
                w.faceConsentAt().isPresent(), w.faceVerifiedAt(), w.workState(), w.rejectionReason(), missing,
                w.mayTakeOrders(clock.instant()));
    }
}
