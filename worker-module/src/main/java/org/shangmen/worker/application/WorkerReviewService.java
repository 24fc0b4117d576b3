package org.shangmen.worker.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.WorkerAdministration;
import org.shangmen.worker.api.event.WorkerApplicationRejected;
import org.shangmen.worker.api.event.WorkerCertified;
import org.shangmen.worker.api.event.WorkerPenalized;
import org.shangmen.worker.application.port.out.DecisionLog;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.shangmen.worker.application.port.out.PenaltyStore;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.shangmen.worker.domain.IdCardNumber;
import org.shangmen.worker.domain.Penalty;
import org.shangmen.worker.domain.Worker;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** Operators' review of applications and penalties (A2.1); every decision is recorded with who and when. */
public class WorkerReviewService implements WorkerAdministration {

    private final WorkerStore workers;
    private final DocumentStore documents;
    private final DocumentStorage storage;
    private final DecisionLog decisions;
    private final PenaltyStore penalties;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final RuleBook ruleBook;
    private final Clock clock;

    public WorkerReviewService(WorkerStore workers, DocumentStore documents, DocumentStorage storage, DecisionLog decisions,
                               PenaltyStore penalties, FieldCipher cipher, ApplicationEventPublisher events, RuleBook ruleBook,
                               Clock clock) {
        this.ruleBook = ruleBook;
        this.workers = workers;
        this.documents = documents;
        this.storage = storage;
        this.decisions = decisions;
        this.penalties = penalties;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> reviewQueue(PageRequest page) {
        List<ApplicationSummary> items = workers.reviewQueue(page.size(), page.offset()).stream()
                .map(w -> new ApplicationSummary(w.accountId(), w.profile().realName().orElse(""), w.profile().skills(),
                        w.profile().experienceYears(), w.submittedAt().orElse(w.createdAt())))
                .toList();
        return Page.of(items, page, workers.reviewQueueSize());
    }

    /** A worker not found is an answer, not a failure: the caller's own transaction goes on (nothing was written). */
    @Override
    @Transactional(readOnly = true, noRollbackFor = DomainException.class)
    public ApplicationView application(UUID workerId) {
        Worker w = workers.find(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        List<CertificateView> certificates = documents.certificates(workerId).stream()
                .map(c -> new CertificateView(c.id(), c.type(), maskCertificate(cipher.decrypt(c.number())), c.issuer(), c.validFrom(),
                        c.validUntil(), c.isValidOn(today), c.documentId()))
                .toList();
        List<DecisionView> history = decisions.history(workerId).stream()
                .map(d -> new DecisionView(d.decision(), d.reason(), d.decidedBy(), d.decidedAt())).toList();
        List<PenaltyView> penaltyViews = penalties.ofWorker(workerId).stream().map(WorkerReviewService::penaltyView).toList();
        WorkerStore.Statistics stats = workers.statistics(workerId);
        return new ApplicationView(w.accountId(), w.certification().name(), w.standing().name(), w.suspendedUntil(),
                w.profile().realName(), w.profile().gender().map(Enum::name), w.profile().birthYear(),
                w.profile().idNumber().map(IdCardNumber::masked), w.profile().experienceYears(), w.profile().formerEmployers(),
                w.profile().skills(), w.profile().districts().stream().map(RegionCode::value).collect(Collectors.toSet()),
                w.photoDocumentId(), certificates, w.faceVerifiedAt(), w.faceScore(), w.rejectionReason(), history, penaltyViews,
                stats.ratingTenths(), stats.ratingCount(), stats.complaints(), stats.completedOrders(),
                org.shangmen.worker.api.WorkerComplaintRecord.Standing.of(stats.complaints(), stats.completedOrders()).ratePermille());
    }

    @Override
    @Transactional
    public void approve(UUID workerId, UUID operatorId) {
        Worker worker = workers.findForUpdate(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        Instant now = clock.instant();
        List<String> steps = ruleBook.missingSteps(workerId);
        if (!steps.isEmpty() && worker.certification() == org.shangmen.worker.domain.Certification.SUBMITTED) {
            throw DomainException.rejected("worker.verification-steps-missing", String.join("、", steps));
        }
        workers.update(worker.approve(now));
        decisions.append(new DecisionLog.Decision(Ids.newId(clock), workerId, "APPROVED", Optional.empty(), operatorId, now));
        events.publishEvent(new WorkerCertified(workerId, operatorId, now));
    }

    @Override
    @Transactional
    public void reject(UUID workerId, String reason, UUID operatorId) {
        Worker worker = workers.findForUpdate(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        Instant now = clock.instant();
        Worker rejected = worker.reject(reason);
        workers.update(rejected);
        decisions.append(new DecisionLog.Decision(Ids.newId(clock), workerId, "REJECTED", rejected.rejectionReason(), operatorId, now));
        events.publishEvent(new WorkerApplicationRejected(workerId, rejected.rejectionReason().orElseThrow(), operatorId, now));
    }

    @Override
    @Transactional(readOnly = true)
    public String documentLink(UUID workerId, UUID documentId) {
        DocumentStore.Document document = documents.document(documentId).filter(d -> d.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("worker.document-not-found"));
        return storage.signedLink(document.storageKey(), WorkerProfileService.LINK_VALIDITY);
    }

    @Override
    @Transactional
    public PenaltyView impose(UUID workerId, PenaltyKind kind, String reason, String evidence, Optional<Instant> suspendedUntil,
                              UUID operatorId) {
        if (kind == null) {
            throw DomainException.invalid("worker.penalty-kind-required");
        }
        Worker worker = workers.findForUpdate(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        org.shangmen.kernel.AuditedChange.before("standing=" + worker.standing() + " suspendedUntil="
                + worker.suspendedUntil().map(Instant::toString).orElse("-") + " workState=" + worker.workState());
        Instant now = clock.instant();
        Penalty penalty = Penalty.impose(Ids.newId(clock), workerId, Penalty.Kind.valueOf(kind.name()), reason, evidence,
                suspendedUntil, operatorId, now);
        Worker after = switch (penalty.kind()) {
            case WARNING -> worker;
            case SUSPENSION -> worker.suspend(penalty.suspendedUntil().orElseThrow());
            case REMOVAL -> worker.remove();
        };
        workers.update(after);
        penalties.insert(penalty);
        events.publishEvent(new WorkerPenalized(penalty.id(), workerId, penalty.kind().name(), penalty.suspendedUntil(), now));
        return penaltyView(penalty);
    }

    @Override
    @Transactional
    public PenaltyView decideAppeal(UUID penaltyId, boolean overturn, String reason, UUID operatorId) {
        Penalty penalty = penalties.find(penaltyId).orElseThrow(() -> DomainException.notFound("worker.penalty-not-found"));
        Penalty decided = penalty.decideAppeal(overturn ? Penalty.AppealOutcome.OVERTURNED : Penalty.AppealOutcome.UPHELD, reason,
                operatorId, clock.instant());
        penalties.update(decided);
        if (overturn && penalty.kind() != Penalty.Kind.WARNING) {
            Worker worker = workers.findForUpdate(penalty.workerId()).orElseThrow();
            workers.update(worker.reinstate());
        }
        return penaltyView(decided);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PenaltyView> openAppeals(PageRequest page) {
        return penalties.openAppeals(page).map(WorkerReviewService::penaltyView);
    }

    static PenaltyView penaltyView(Penalty p) {
        return new PenaltyView(p.id(), p.workerId(), PenaltyKind.valueOf(p.kind().name()), p.reason(), p.evidence(),
                p.suspendedUntil(), p.imposedBy(), p.imposedAt(), p.appealStatement(), p.appealedAt(),
                p.appealOutcome().map(Enum::name), p.appealReason());
    }

    /** Certificate numbers are shown with only their last four characters. */
    static String maskCertificate(String number) {
        return number.length() <= 4 ? "****" : "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }
}
