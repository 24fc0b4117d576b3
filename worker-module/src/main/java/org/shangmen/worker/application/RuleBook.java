package org.shangmen.worker.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.out.CertificationRuleStore;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.shangmen.worker.domain.CertificationRule;
import org.shangmen.worker.domain.Worker;

/** The certification rules in force for a worker's skills, and what the worker lacks under them (A1.1). */
public class RuleBook {

    private final CertificationRuleStore rules;
    private final DocumentStore documents;
    private final Clock clock;

    public RuleBook(CertificationRuleStore rules, DocumentStore documents, Clock clock) {
        this.rules = rules;
        this.documents = documents;
        this.clock = clock;
    }

    /** The version in force at {@code at} for each skill; a skill without rules is refused. */
    public Map<Skill, CertificationRule> inForce(Set<Skill> skills, Instant at) {
        Map<Skill, CertificationRule> found = new EnumMap<>(Skill.class);
        for (Skill skill : skills) {
            found.put(skill, rules.inForce(skill, at).orElseThrow(() -> DomainException.conflict("worker.rule-missing", skill.name())));
        }
        return found;
    }

    public CertificationRule.Facts facts(Worker worker) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        List<DocumentStore.Certificate> valid = documents.certificates(worker.accountId()).stream()
                .filter(c -> c.isValidOn(today)).toList();
        Set<CertificateType> types = valid.stream().map(DocumentStore.Certificate::type).collect(Collectors.toSet());
        return new CertificationRule.Facts(types, valid.size(), worker.profile().birthYear(), worker.profile().experienceYears(),
                worker.profile().districts(), worker.faceVerifiedAt().isPresent(), rules.recordedSteps(worker.accountId()));
    }

    /** What the worker still lacks to submit under the rules in force now, in a stable order. */
    public List<String> submissionGaps(Worker worker, Map<Skill, CertificationRule> inForce, boolean manualIdentityCheck) {
        CertificationRule.Facts facts = facts(worker);
        int year = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
        Set<String> gaps = new LinkedHashSet<>();
        inForce.values().forEach(rule -> gaps.addAll(rule.gaps(facts, year, true, manualIdentityCheck)));
        if (inForce.isEmpty() && facts.validCertificates() == 0) {
            gaps.add(CertificationRule.CERTIFICATES);
        }
        if (inForce.isEmpty() && !facts.faceVerified() && !manualIdentityCheck) {
            gaps.add(CertificationRule.FACE_CHECK);
        }
        return List.copyOf(gaps);
    }

    public int currentYear() {
        return LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
    }

    /**
     * The verification steps the rules a worker's submission was checked against ask of an operator
     * (background check, interview) and nobody recorded yet, as Chinese labels.
     */
    public List<String> missingSteps(java.util.UUID workerId) {
        Set<String> recorded = rules.recordedSteps(workerId);
        Set<String> missing = new LinkedHashSet<>();
        for (CertificationRule rule : rules.snapshotRules(workerId).values()) {
            if (rule.backgroundCheckRequired() && !recorded.contains(CertificationRule.BACKGROUND_CHECK)) {
                missing.add(CertificationRuleService.itemLabel(CertificationRule.BACKGROUND_CHECK));
            }
            if (rule.interviewRequired() && !recorded.contains(CertificationRule.INTERVIEW)) {
                missing.add(CertificationRuleService.itemLabel(CertificationRule.INTERVIEW));
            }
        }
        return List.copyOf(missing);
    }
}
