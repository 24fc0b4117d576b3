package org.shangmen.worker.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.kernel.AuditedChange;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.CertificationRules;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.event.CertificationItemsRequested;
import org.shangmen.worker.application.port.in.AnswerMissingItems;
import org.shangmen.worker.application.port.out.CertificationRuleStore;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.shangmen.worker.domain.Certification;
import org.shangmen.worker.domain.CertificationRule;
import org.shangmen.worker.domain.CertificationRule.FaceCheckRule;
import org.shangmen.worker.domain.MissingItem;
import org.shangmen.worker.domain.Worker;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' versioned certification rules (A1.1): publishing a version, and the items certified
 * workers are asked for when it is stricter than what they hold, with the worker's and the operator's
 * steps to close them.
 */
public class CertificationRuleService implements CertificationRules, AnswerMissingItems {

    private final CertificationRuleStore rules;
    private final WorkerStore workers;
    private final RuleBook book;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CertificationRuleService(CertificationRuleStore rules, WorkerStore workers, RuleBook book, ApplicationEventPublisher events,
                                    Clock clock) {
        this.rules = rules;
        this.workers = workers;
        this.book = book;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RuleView> rules(PageRequest page) {
        Instant now = clock.instant();
        List<RuleView> views = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            Optional<CertificationRule> current = rules.inForce(skill, now);
            current.ifPresent(rule -> views.add(view(rule, true, Optional.empty())));
            rules.latest(skill).filter(next -> current.map(c -> next.version() > c.version()).orElse(true))
                    .ifPresent(next -> views.add(view(next, false, Optional.empty())));
        }
        return Page.slice(views, page);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RuleView> versions(Skill skill, PageRequest page) {
        Instant now = clock.instant();
        Optional<Integer> current = rules.inForce(skill, now).map(CertificationRule::version);
        List<RuleView> views = rules.versions(skill).stream()
                .map(rule -> view(rule, current.map(v -> v == rule.version()).orElse(false), Optional.empty())).toList();
        return Page.slice(views, page);
    }

    @Override
    @Transactional
    public RuleView publish(Skill skill, RuleDraft draft, UUID operatorId) {
        if (skill == null || draft == null) {
            throw DomainException.invalid("worker.rule-incomplete");
        }
        Instant now = clock.instant();
        Instant effectiveFrom = draft.effectiveFrom() == null ? now : draft.effectiveFrom();
        if (effectiveFrom.isBefore(now.minus(Duration.ofMinutes(1)))) {
            throw DomainException.invalid("worker.rule-effective-in-past");
        }
        Optional<CertificationRule> latest = rules.latest(skill);
        AuditedChange.before(rules.inForce(skill, now).map(CertificationRule::summary).orElse(skill + ": no rules"));
        CertificationRule rule = new CertificationRule(Ids.newId(clock), skill, latest.map(CertificationRule::version).orElse(0) + 1,
                documents(draft.requiredDocuments()), documents(draft.optionalDocuments()), draft.minValidCertificates(),
                Optional.ofNullable(draft.minAge()), draft.minExperienceYears(), regions(draft.allowedRegions()),
                faceCheck(draft.faceCheck()), draft.backgroundCheckRequired(), draft.interviewRequired(), draft.graceDays(),
                draft.note(), effectiveFrom, Optional.ofNullable(operatorId), now);
        if (!rules.insert(rule)) {
            throw DomainException.conflict("worker.rule-version-taken", rule.version());
        }
        int asked = askCertifiedWorkers(rule, now);
        return view(rule, !effectiveFrom.isAfter(now), Optional.of(asked));
    }

    /** Certified workers who lack something under the new version get it as missing items, and a notice. */
    private int askCertifiedWorkers(CertificationRule rule, Instant now) {
        Instant due = (rule.effectiveFrom().isAfter(now) ? rule.effectiveFrom() : now).plus(Duration.ofDays(rule.graceDays()));
        int asked = 0;
        for (UUID workerId : rules.approvedWithSkill(rule.skill())) {
            Optional<Worker> worker = workers.find(workerId);
            if (worker.isEmpty() || worker.get().certification() != Certification.APPROVED) {
                continue;
            }
            Set<String> already = rules.pendingItems(workerId).stream().filter(i -> i.skill() == rule.skill())
                    .map(MissingItem::item).collect(Collectors.toSet());
            List<String> gaps = rule.gaps(book.facts(worker.get()), book.currentYear(), false, false).stream()
                    .filter(g -> !already.contains(g)).toList();
            if (gaps.isEmpty()) {
                continue;
            }
            rules.insertItems(gaps.stream().map(item -> new MissingItem(Ids.newId(clock), workerId, rule.skill(), rule.version(), item,
                    due, MissingItem.State.OPEN, now, Optional.empty(), Optional.empty(), Optional.empty())).toList());
            events.publishEvent(new CertificationItemsRequested(workerId, rule.skill().name(), rule.skill().chineseName(), rule.version(),
                    gaps.stream().map(CertificationRuleService::itemLabel).toList(), due));
            asked++;
        }
        return asked;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RuleView> submittedUnder(UUID workerId, PageRequest page) {
        workers.find(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        return Page.slice(rules.snapshotRules(workerId).values().stream().map(rule -> view(rule, false, Optional.empty())).toList(),
                page);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<MissingItemView> missingItems(UUID workerId, PageRequest page) {
        Instant now = clock.instant();
        List<MissingItemView> items = rules.items(workerId, page.size(), page.offset()).stream().map(i -> view(i, now)).toList();
        return Page.of(items, page, rules.itemCount(workerId));
    }

    @Override
    @Transactional
    public Page<MissingItemView> supply(UUID workerId) {
        Worker worker = workers.findForUpdate(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        List<MissingItem> open = rules.pendingItems(workerId).stream().filter(i -> i.state() == MissingItem.State.OPEN).toList();
        if (open.isEmpty()) {
            throw DomainException.conflict("worker.no-missing-items");
        }
        Instant now = clock.instant();
        CertificationRule.Facts facts = book.facts(worker);
        List<String> unmet = new ArrayList<>();
        for (MissingItem item : open) {
            CertificationRule rule = rules.inForce(item.skill(), now).orElseThrow();
            if (rule.gaps(facts, book.currentYear(), false, false).contains(item.item())) {
                unmet.add(itemLabel(item.item()));
            }
        }
        if (unmet.size() == open.size()) {
            throw DomainException.rejected("worker.missing-items-unmet", String.join("、", unmet));
        }
        rules.markSupplied(workerId, now, open.stream().filter(i -> !unmet.contains(itemLabel(i.item()))).map(MissingItem::id).toList());
        return missingItems(workerId, PageRequest.first());
    }

    @Override
    @Transactional
    public void recordStep(UUID workerId, VerificationStep step, String reference, UUID operatorId) {
        String ref = reference == null ? "" : reference.strip();
        if (step == null || ref.length() < 2 || ref.length() > 200) {
            throw DomainException.invalid("worker.step-reference-required");
        }
        workers.find(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        String name = step == VerificationStep.BACKGROUND_CHECK ? CertificationRule.BACKGROUND_CHECK : CertificationRule.INTERVIEW;
        Instant now = clock.instant();
        rules.recordStep(workerId, name, ref, operatorId, now);
        rules.markSupplied(workerId, now, rules.pendingItems(workerId).stream()
                .filter(i -> i.state() == MissingItem.State.OPEN && i.item().equals(name)).map(MissingItem::id).toList());
    }

    @Override
    @Transactional
    public Page<MissingItemView> approveSupplied(UUID workerId, UUID operatorId) {
        workers.findForUpdate(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        if (rules.resolveSupplied(workerId, operatorId, clock.instant()) == 0) {
            throw DomainException.conflict("worker.no-supplied-items");
        }
        return missingItems(workerId, PageRequest.first());
    }

    private static Set<CertificateType> documents(Set<CertificateType> types) {
        if (types == null) {
            return Set.of();
        }
        if (types.contains(null)) {
            throw DomainException.invalid("worker.rule-document-unknown");
        }
        return types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
    }

    private static Set<RegionCode> regions(Set<String> codes) {
        if (codes == null) {
            return Set.of();
        }
        if (codes.stream().anyMatch(c -> !RegionCode.isValid(c))) {
            throw DomainException.invalid("worker.rule-regions-invalid", CertificationRule.MAX_REGIONS);
        }
        return codes.stream().map(RegionCode::of).collect(Collectors.toSet());
    }

    private static FaceCheckRule faceCheck(String value) {
        try {
            return FaceCheckRule.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("worker.rule-face-check-invalid");
        }
    }

    static String itemLabel(String item) {
        if (item.startsWith(CertificationRule.DOCUMENT_PREFIX)) {
            return CertificateType.valueOf(item.substring(CertificationRule.DOCUMENT_PREFIX.length())).chineseName();
        }
        return switch (item) {
            case CertificationRule.CERTIFICATES -> "有效证书";
            case CertificationRule.MIN_AGE -> "年龄要求";
            case CertificationRule.EXPERIENCE -> "从业年限";
            case CertificationRule.DISTRICTS -> "服务区域";
            case CertificationRule.FACE_CHECK -> "人脸核验";
            case CertificationRule.BACKGROUND_CHECK -> VerificationStep.BACKGROUND_CHECK.chineseName();
            case CertificationRule.INTERVIEW -> VerificationStep.INTERVIEW.chineseName();
            default -> item;
        };
    }

    private static List<Labelled> labelled(Set<CertificateType> types) {
        return types.stream().sorted(Comparator.comparing(Enum::ordinal)).map(t -> new Labelled(t.name(), t.chineseName())).toList();
    }

    static RuleView view(CertificationRule r, boolean inForce, Optional<Integer> asked) {
        return new RuleView(r.id(), r.skill(), r.skill().chineseName(), r.version(), inForce, labelled(r.requiredDocuments()),
                labelled(r.optionalDocuments()), r.minValidCertificates(), r.minAge(), r.minExperienceYears(),
                r.allowedRegions().stream().map(RegionCode::value).sorted().toList(), r.faceCheck().name(),
                r.faceCheck() == FaceCheckRule.REQUIRED ? "必须通过人脸核验" : "可改为人工核验身份", r.backgroundCheckRequired(),
                r.interviewRequired(), r.graceDays(), r.note(), r.effectiveFrom(), r.createdBy(), r.createdAt(), asked);
    }

    private static MissingItemView view(MissingItem i, Instant now) {
        String stateLabel = switch (i.state()) {
            case OPEN -> "待补充";
            case SUPPLIED -> "已补充,待审核";
            case RESOLVED -> "已通过";
        };
        return new MissingItemView(i.id(), i.skill(), i.skill().chineseName(), i.ruleVersion(), i.item(), itemLabel(i.item()), i.dueAt(),
                i.state().name(), stateLabel, i.isOverdue(now), i.suppliedAt(), i.resolvedAt());
    }
}
