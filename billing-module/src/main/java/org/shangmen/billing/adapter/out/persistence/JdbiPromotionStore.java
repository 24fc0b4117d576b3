package org.shangmen.billing.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.shangmen.billing.application.port.out.PromotionStore;
import org.shangmen.billing.domain.Coupon;
import org.shangmen.billing.domain.DiscountRule;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.billing.domain.Redemption;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.stereotype.Repository;

@Repository
class JdbiPromotionStore implements PromotionStore {

    private static final String PROMOTION = "p.id, p.kind, p.name, p.rule_type, p.amount_fen, p.percent_bp, p.cap_fen, p.threshold_fen, "
            + "p.item_codes, p.region_code, p.starts_at, p.ends_at, p.per_customer_limit, p.budget_fen, p.spent_fen, p.quantity, p.issued, "
            + "p.coupon_valid_days, p.status, p.created_at";
    private static final String COUPON = "c.id AS coupon_id, c.promotion_id, c.customer_id, c.status AS coupon_status, c.claimed_at, "
            + "c.valid_until, c.order_id, c.used_at";
    private static final String REDEMPTION = "id, order_id, promotion_id, coupon_id, customer_id, kind, label, amount_fen, status, created_at";

    private final Jdbi jdbi;

    JdbiPromotionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Promotion p, UUID createdBy) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO billing.promotion (id, kind, name, rule_type, amount_fen, percent_bp, cap_fen, "
                        + "threshold_fen, item_codes, region_code, starts_at, ends_at, per_customer_limit, budget_fen, spent_fen, quantity, "
                        + "issued, coupon_valid_days, status, created_by, created_at) VALUES (:id, :kind, :name, :type, :amount, :percent, "
                        + ":cap, :threshold, :items, :region, :starts, :ends, :limit, :budget, :spent, :quantity, :issued, :days, :status, "
                        + ":by, :at)")
                .bind("id", p.id()).bind("kind", p.kind().name()).bind("name", p.name()).bind("type", p.rule().type().name())
                .bind("amount", p.rule().amountFen()).bind("percent", p.rule().percentBp()).bind("cap", p.rule().capFen().orElse(null))
                .bind("threshold", p.rule().thresholdFen()).bind("items", String.join(",", p.itemCodes().stream().sorted().toList()))
                .bind("region", p.regionCode().orElse(null)).bind("starts", p.startsAt()).bind("ends", p.endsAt())
                .bind("limit", p.perCustomerLimit()).bind("budget", p.budgetFen().orElse(null)).bind("spent", p.spentFen())
                .bind("quantity", p.quantity().orElse(null)).bind("issued", p.issued()).bind("days", p.couponValidDays().orElse(null))
                .bind("status", p.status().name()).bind("by", createdBy).bind("at", p.createdAt()).execute());
    }

    @Override
    public Optional<Promotion> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + PROMOTION + " FROM billing.promotion p WHERE p.id = :id").bind("id", id)
                .map((rs, ctx) -> promotion(rs)).findOne());
    }

    @Override
    public List<Promotion> running(Instant at, List<Promotion.Kind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + PROMOTION + " FROM billing.promotion p WHERE p.status = 'ACTIVE' "
                        + "AND p.ends_at > :at AND p.starts_at <= :at AND p.kind IN (<kinds>) ORDER BY p.starts_at, p.id")
                .bind("at", at).bindList("kinds", kinds.stream().map(Enum::name).toList())
                .map((rs, ctx) -> promotion(rs)).list());
    }

    @Override
    public Page<Promotion> list(PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM billing.promotion").mapTo(Long.class).one();
            List<Promotion> items = h.createQuery("SELECT " + PROMOTION + " FROM billing.promotion p ORDER BY p.created_at DESC, p.id "
                            + "LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> promotion(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public boolean setStatus(UUID id, Promotion.Status status) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.promotion SET status = :status WHERE id = :id")
                .bind("status", status.name()).bind("id", id).execute()) == 1;
    }

    @Override
    public boolean charge(UUID promotionId, long amountFen) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.promotion SET spent_fen = spent_fen + :amount WHERE id = :id "
                        + "AND status = 'ACTIVE' AND (budget_fen IS NULL OR spent_fen + :amount <= budget_fen)")
                .bind("amount", amountFen).bind("id", promotionId).execute()) == 1;
    }

    @Override
    public void uncharge(UUID promotionId, long amountFen) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE billing.promotion SET spent_fen = spent_fen - :amount WHERE id = :id")
                .bind("amount", amountFen).bind("id", promotionId).execute());
    }

    @Override
    public boolean issue(UUID promotionId) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.promotion SET issued = issued + 1 WHERE id = :id "
                        + "AND (quantity IS NULL OR issued < quantity)")
                .bind("id", promotionId).execute()) == 1;
    }

    @Override
    public void insertCoupon(Coupon c, int claimNumber) {
        unique(() -> jdbi.useHandle(h -> h.createUpdate("INSERT INTO billing.coupon (id, promotion_id, customer_id, claim_number, status, "
                        + "claimed_at, valid_until) VALUES (:id, :promotion, :customer, :number, :status, :at, :until)")
                .bind("id", c.id()).bind("promotion", c.promotionId()).bind("customer", c.customerId()).bind("number", claimNumber)
                .bind("status", c.status().name()).bind("at", c.claimedAt()).bind("until", c.validUntil()).execute()));
    }

    @Override
    public List<Integer> claimNumbers(UUID promotionId, UUID customerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT claim_number FROM billing.coupon WHERE promotion_id = :promotion "
                        + "AND customer_id = :customer ORDER BY claim_number")
                .bind("promotion", promotionId).bind("customer", customerId).mapTo(Integer.class).list());
    }

    @Override
    public Optional<Coupon> coupon(UUID couponId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COUPON + " FROM billing.coupon c WHERE c.id = :id").bind("id", couponId)
                .map((rs, ctx) -> coupon(rs)).findOne());
    }

    @Override
    public Page<Map.Entry<Coupon, Promotion>> couponsOf(UUID customerId, Optional<String> state, Instant now, PageRequest page) {
        String filter = state.map(s -> switch (s) {
            case "AVAILABLE" -> " AND c.status = 'AVAILABLE' AND c.valid_until > :now";
            case "EXPIRED" -> " AND c.status = 'AVAILABLE' AND c.valid_until <= :now";
            case "USED" -> " AND c.status = 'USED'";
            default -> throw new IllegalArgumentException(s);
        }).orElse("");
        return jdbi.withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM billing.coupon c WHERE c.customer_id = :customer" + filter)
                    .bind("customer", customerId);
            var query = h.createQuery("SELECT " + COUPON + ", " + PROMOTION + " FROM billing.coupon c "
                    + "JOIN billing.promotion p ON p.id = c.promotion_id WHERE c.customer_id = :customer" + filter
                    + " ORDER BY c.claimed_at DESC, c.id LIMIT :limit OFFSET :offset");
            if (filter.contains(":now")) {
                count.bind("now", now);
                query.bind("now", now);
            }
            long total = count.mapTo(Long.class).one();
            List<Map.Entry<Coupon, Promotion>> items = query
                    .bind("customer", customerId).bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> (Map.Entry<Coupon, Promotion>) new AbstractMap.SimpleImmutableEntry<>(coupon(rs), promotion(rs)))
                    .list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public boolean useCoupon(UUID couponId, UUID orderId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.coupon SET status = 'USED', order_id = :order, used_at = :at "
                        + "WHERE id = :id AND status = 'AVAILABLE'")
                .bind("order", orderId).bind("at", at).bind("id", couponId).execute()) == 1;
    }

    @Override
    public void returnCoupon(UUID couponId, UUID orderId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE billing.coupon SET status = 'AVAILABLE', order_id = NULL, used_at = NULL "
                        + "WHERE id = :id AND order_id = :order")
                .bind("id", couponId).bind("order", orderId).execute());
    }

    @Override
    public Map<UUID, List<Integer>> useNumbers(UUID customerId) {
        Map<UUID, List<Integer>> uses = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT promotion_id, use_number FROM billing.redemption WHERE customer_id = :customer "
                        + "AND use_number IS NOT NULL ORDER BY use_number")
                .bind("customer", customerId)
                .map((rs, ctx) -> new AbstractMap.SimpleImmutableEntry<>(rs.getObject("promotion_id", UUID.class), rs.getInt("use_number")))
                .forEach(e -> uses.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue())));
        return uses;
    }

    @Override
    public void insertRedemption(Redemption r, Optional<Integer> useNumber, String districtCode) {
        unique(() -> jdbi.useHandle(h -> h.createUpdate("INSERT INTO billing.redemption (id, order_id, promotion_id, coupon_id, customer_id, "
                        + "kind, label, amount_fen, use_number, status, district_code, created_at) VALUES (:id, :order, :promotion, :coupon, "
                        + ":customer, :kind, :label, :amount, :number, :status, :district, :at)")
                .bind("id", r.id()).bind("order", r.orderId()).bind("promotion", r.promotionId()).bind("coupon", r.couponId().orElse(null))
                .bind("customer", r.customerId()).bind("kind", r.kind()).bind("label", r.label()).bind("amount", r.amountFen())
                .bind("number", useNumber.orElse(null)).bind("status", r.status().name()).bind("district", districtCode).bind("at", r.at())
                .execute()));
    }

    @Override
    public List<Redemption> redemptionsOf(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + REDEMPTION + " FROM billing.redemption WHERE order_id = :order "
                        + "ORDER BY created_at, id")
                .bind("order", orderId)
                .map((rs, ctx) -> new Redemption(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                        rs.getObject("promotion_id", UUID.class), Optional.ofNullable(rs.getObject("coupon_id", UUID.class)),
                        rs.getObject("customer_id", UUID.class), rs.getString("kind"), rs.getString("label"), rs.getLong("amount_fen"),
                        Redemption.Status.valueOf(rs.getString("status")), Rows.instant(rs, "created_at").orElseThrow()))
                .list());
    }

    @Override
    public boolean release(UUID redemptionId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.redemption SET status = 'RELEASED', use_number = NULL, released_at = :at "
                        + "WHERE id = :id AND status = 'RESERVED'")
                .bind("at", at).bind("id", redemptionId).execute()) == 1;
    }

    @Override
    public boolean settle(UUID redemptionId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.redemption SET status = 'SETTLED', settled_at = :at "
                        + "WHERE id = :id AND status = 'RESERVED'")
                .bind("at", at).bind("id", redemptionId).execute()) == 1;
    }

    @Override
    public List<Cost> costs(Instant from, Instant to, Optional<String> region) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT p.id, p.name, p.kind, COUNT(*) AS uses, SUM(r.amount_fen) AS amount "
                    + "FROM billing.redemption r JOIN billing.promotion p ON p.id = r.promotion_id WHERE r.status = 'SETTLED' "
                    + "AND r.settled_at >= :from AND r.settled_at < :to"
                    + (region.isPresent() ? " AND " + Rows.regionClause("r.district_code") : "")
                    + " GROUP BY p.id, p.name, p.kind ORDER BY amount DESC, p.id")
                    .bind("from", from).bind("to", to);
            region.ifPresent(r -> query.bind("region", r).bind("cityPrefix", Rows.cityPrefix(r)));
            return query.map((rs, ctx) -> new Cost(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"), rs.getLong("uses"),
                        rs.getLong("amount")))
                    .list();
        });
    }

    @Override
    public Map<Redemption.Status, long[]> usage(UUID promotionId) {
        Map<Redemption.Status, long[]> usage = new EnumMap<>(Redemption.Status.class);
        for (Redemption.Status s : Redemption.Status.values()) {
            usage.put(s, new long[2]);
        }
        jdbi.useHandle(h -> h.createQuery("SELECT status, COUNT(*) AS n, SUM(amount_fen) AS amount FROM billing.redemption "
                        + "WHERE promotion_id = :id GROUP BY status")
                .bind("id", promotionId)
                .map((rs, ctx) -> {
                    long[] figures = usage.get(Redemption.Status.valueOf(rs.getString("status")));
                    figures[0] = rs.getLong("n");
                    figures[1] = rs.getLong("amount");
                    return figures;
                }).list());
        return usage;
    }

    private static void unique(Runnable insert) {
        try {
            insert.run();
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                throw new NumberTaken();
            }
            throw e;
        }
    }

    private static Promotion promotion(ResultSet rs) throws SQLException {
        DiscountRule.Type type = DiscountRule.Type.valueOf(rs.getString("rule_type"));
        long threshold = rs.getLong("threshold_fen");
        Optional<Long> cap = Optional.ofNullable(rs.getObject("cap_fen", Long.class));
        DiscountRule rule = type == DiscountRule.Type.FIXED ? DiscountRule.fixed(rs.getLong("amount_fen"), threshold)
                : DiscountRule.percent(rs.getInt("percent_bp"), cap, threshold);
        String items = rs.getString("item_codes");
        Set<String> codes = items.isEmpty() ? Set.of() : Arrays.stream(items.split(",")).collect(Collectors.toUnmodifiableSet());
        return new Promotion(rs.getObject("id", UUID.class), Promotion.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rule,
                codes, Optional.ofNullable(rs.getString("region_code")), Rows.instant(rs, "starts_at").orElseThrow(),
                Rows.instant(rs, "ends_at").orElseThrow(), rs.getInt("per_customer_limit"),
                Optional.ofNullable(rs.getObject("budget_fen", Long.class)), rs.getLong("spent_fen"),
                Optional.ofNullable(rs.getObject("quantity", Integer.class)), rs.getInt("issued"),
                Optional.ofNullable(rs.getObject("coupon_valid_days", Integer.class)), Promotion.Status.valueOf(rs.getString("status")),
                Rows.instant(rs, "created_at").orElseThrow());
    }

    private static Coupon coupon(ResultSet rs) throws SQLException {
        return new Coupon(rs.getObject("coupon_id", UUID.class), rs.getObject("promotion_id", UUID.class),
                rs.getObject("customer_id", UUID.class), Coupon.Status.valueOf(rs.getString("coupon_status")),
                Rows.instant(rs, "claimed_at").orElseThrow(), Rows.instant(rs, "valid_until").orElseThrow(),
                Optional.ofNullable(rs.getObject("order_id", UUID.class)), Rows.instant(rs, "used_at"));
    }
}
