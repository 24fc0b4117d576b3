package org.shangmen.billing.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.billing.application.port.out.CommissionRuleStore;
import org.shangmen.billing.domain.CommissionRule;
import org.shangmen.billing.domain.QualityTier;
import org.springframework.stereotype.Repository;

@Repository
class JdbiCommissionRuleStore implements CommissionRuleStore {

    private final Jdbi jdbi;

    JdbiCommissionRuleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(CommissionRule r, UUID createdBy) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO billing.commission_rule (id, item_code, tier, region_code, rate_bp, valid_from, "
                        + "valid_until, created_by, created_at) VALUES (:id, :item, :tier, :region, :rate, :from, :until, :by, :from)")
                .bind("id", r.id()).bind("item", r.itemCode().orElse(null)).bind("tier", r.tier().map(Enum::name).orElse(null))
                .bind("region", r.regionCode().orElse(null)).bind("rate", r.rateBp()).bind("from", r.validFrom())
                .bind("until", r.validUntil().orElse(null)).bind("by", createdBy).execute());
    }

    @Override
    public List<CommissionRule> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, item_code, tier, region_code, rate_bp, valid_from, valid_until "
                        + "FROM billing.commission_rule ORDER BY valid_from, id")
                .map((rs, ctx) -> new CommissionRule(rs.getObject("id", UUID.class), Optional.ofNullable(rs.getString("item_code")),
                        Optional.ofNullable(rs.getString("tier")).map(QualityTier::valueOf), Optional.ofNullable(rs.getString("region_code")),
                        rs.getInt("rate_bp"), Rows.instant(rs, "valid_from").orElseThrow(), Rows.instant(rs, "valid_until")))
                .list());
    }
}
