package org.shangmen.billing.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.api.CommissionRules;
import org.shangmen.billing.application.port.out.CommissionRuleStore;
import org.shangmen.billing.domain.CommissionRule;
import org.shangmen.billing.domain.QualityTier;
import org.shangmen.kernel.AuditedChange;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A3.2: the commission rules operators keep. */
public class CommissionRuleService implements CommissionRules {

    private final CommissionRuleStore rules;
    private final Runnable changed;
    private final TransactionTemplate tx;
    private final Clock clock;

    /** @param changed told after a rule is stored (the pay estimates read the rules again) */
    public CommissionRuleService(CommissionRuleStore rules, PlatformTransactionManager transactions, Clock clock, Runnable changed) {
        this.changed = changed;
        this.rules = rules;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public RuleLine addRule(NewRule r, UUID operatorId) {
        Optional<QualityTier> tier;
        try {
            tier = r.tier().map(String::strip).filter(t -> !t.isEmpty()).map(QualityTier::valueOf);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("billing.tier-invalid");
        }
        Optional<String> region = r.regionCode().map(String::strip).filter(s -> !s.isEmpty());
        if (region.isPresent() && !region.get().matches("[1-9][0-9]{5}")) {
            throw DomainException.invalid("billing.region-invalid");
        }
        Optional<String> item = r.itemCode().map(String::strip).filter(s -> !s.isEmpty());
        if (item.isPresent() && item.get().length() > 64) {
            throw DomainException.invalid("billing.item-invalid");
        }
        if (r.rateBp() < 0 || r.rateBp() > 10_000) {
            throw DomainException.invalid("billing.rate-invalid");
        }
        if (r.validFrom() == null || (r.validUntil().isPresent() && !r.validUntil().get().isAfter(r.validFrom()))) {
            throw DomainException.invalid("billing.validity-invalid");
        }
        CommissionRule rule = new CommissionRule(Ids.newId(clock), item, tier, region, r.rateBp(), r.validFrom(), r.validUntil());
        // The audit log keeps the rules of the same scope as they stood before this one was added.
        AuditedChange.before("rules for item=" + item.orElse("*") + " tier=" + tier.map(Enum::name).orElse("*") + " region="
                + region.orElse("*") + ": " + rules.all().stream()
                .filter(o -> o.itemCode().equals(item) && o.tier().equals(tier) && o.regionCode().equals(region))
                .map(o -> o.rateBp() + "bp from " + o.validFrom() + o.validUntil().map(u -> " until " + u).orElse(""))
                .toList());
        tx.executeWithoutResult(s -> rules.insert(rule, operatorId));
        changed.run();
        return line(rule);
    }

    private static RuleLine line(CommissionRule r) {
        return new RuleLine(r.id(), r.itemCode(), r.tier().map(Enum::name), r.regionCode(), r.rateBp(), r.validFrom(), r.validUntil());
    }

    @Override
    public List<RuleLine> rules() {
        return rules.all().stream().map(CommissionRuleService::line).toList();
    }
}
