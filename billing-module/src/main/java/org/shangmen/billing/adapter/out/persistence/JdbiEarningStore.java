package org.shangmen.billing.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.billing.application.port.out.EarningStore;
import org.shangmen.billing.domain.Earning;
import org.shangmen.billing.domain.QualityTier;
import org.shangmen.billing.domain.Statement;
import org.shangmen.billing.domain.StatementAdjustment;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.stereotype.Repository;

@Repository
class JdbiEarningStore implements EarningStore {

    private static final String EARNING = "order_id, worker_id, total_fen, commission_fen, payable_fen, rate_bp, rule_id, tier, item_codes, "
            + "district_code, completed_at, statement_id";
    private static final String STATEMENT = "id, worker_id, week_start, orders, total_fen, commission_fen, adjustments_fen, payable_fen, "
            + "status, batch_id, created_at, paid_at";

    private final Jdbi jdbi;

    JdbiEarningStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(Earning e) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO billing.earning (" + EARNING + ") VALUES (:order, :worker, :total, "
                        + ":commission, :payable, :rate, :rule, :tier, :items, :district, :at, NULL) ON CONFLICT DO NOTHING")
                .bind("order", e.orderId()).bind("worker", e.workerId()).bind("total", e.totalFen()).bind("commission", e.commissionFen())
                .bind("payable", e.payableFen()).bind("rate", e.rateBp()).bind("rule", e.ruleId().orElse(null))
                .bind("tier", e.tier().name()).bind("items", String.join(",", e.itemCodes())).bind("district", e.districtCode())
                .bind("at", e.completedAt()).execute()) == 1;
    }

    @Override
    public Optional<Earning> ofOrder(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + EARNING + " FROM billing.earning WHERE order_id = :order")
                .bind("order", orderId).map((rs, ctx) -> earning(rs)).findOne());
    }

    @Override
    public Page<Earning> ofWorker(UUID workerId, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM billing.earning WHERE worker_id = :worker").bind("worker", workerId)
                    .mapTo(Long.class).one();
            List<Earning> items = h.createQuery("SELECT " + EARNING + " FROM billing.earning WHERE worker_id = :worker "
                            + "ORDER BY completed_at DESC, order_id LIMIT :limit OFFSET :offset")
                    .bind("worker", workerId).bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> earning(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public List<Earning> unsettled(Instant completedBefore) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + EARNING + " FROM billing.earning WHERE statement_id IS NULL "
                        + "AND completed_at < :before ORDER BY worker_id, completed_at, order_id")
                .bind("before", completedBefore).map((rs, ctx) -> earning(rs)).list());
    }

    @Override
    public boolean insertStatement(Statement s, List<UUID> orderIds) {
        return jdbi.withHandle(h -> {
            int inserted = h.createUpdate("INSERT INTO billing.statement (" + STATEMENT + ") VALUES (:id, :worker, :week, :orders, :total, "
                            + ":commission, :adjustments, :payable, :status, NULL, :created, NULL) ON CONFLICT DO NOTHING")
                    .bind("id", s.id()).bind("worker", s.workerId()).bind("week", s.weekStart()).bind("orders", s.orders())
                    .bind("total", s.totalFen()).bind("commission", s.commissionFen()).bind("adjustments", s.adjustmentsFen())
                    .bind("payable", s.payableFen()).bind("status", s.status()).bind("created", s.createdAt()).execute();
            if (inserted == 0) {
                return false;
            }
            h.createUpdate("UPDATE billing.earning SET statement_id = :statement WHERE order_id IN (<orders>) AND statement_id IS NULL")
                    .bind("statement", s.id()).bindList("orders", orderIds).execute();
            return true;
        });
    }

    @Override
    public List<Statement> statementsOfWeek(LocalDate weekStart) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + STATEMENT + " FROM billing.statement WHERE week_start = :week "
                + "ORDER BY worker_id").bind("week", weekStart).map((rs, ctx) -> statement(rs)).list());
    }

    @Override
    public Page<Statement> statementsOfWeek(LocalDate weekStart, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM billing.statement WHERE week_start = :week").bind("week", weekStart)
                    .mapTo(Long.class).one();
            List<Statement> items = h.createQuery("SELECT " + STATEMENT + " FROM billing.statement WHERE week_start = :week "
                            + "ORDER BY worker_id LIMIT :limit OFFSET :offset")
                    .bind("week", weekStart).bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> statement(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public Page<Statement> statementsOfWorker(UUID workerId, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM billing.statement WHERE worker_id = :worker").bind("worker", workerId)
                    .mapTo(Long.class).one();
            List<Statement> items = h.createQuery("SELECT " + STATEMENT + " FROM billing.statement WHERE worker_id = :worker "
                            + "ORDER BY week_start DESC LIMIT :limit OFFSET :offset")
                    .bind("worker", workerId).bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> statement(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public Optional<Statement> statement(UUID statementId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + STATEMENT + " FROM billing.statement WHERE id = :id").bind("id", statementId)
                .map((rs, ctx) -> statement(rs)).findOne());
    }

    @Override
    public boolean insertAdjustment(StatementAdjustment a) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO billing.statement_adjustment (id, statement_id, amount_fen, reason, "
                        + "operator_id, request_key, created_at) VALUES (:id, :statement, :amount, :reason, :operator, :key, :at) "
                        + "ON CONFLICT DO NOTHING")
                .bind("id", a.id()).bind("statement", a.statementId()).bind("amount", a.amountFen()).bind("reason", a.reason())
                .bind("operator", a.operatorId()).bind("key", a.requestKey()).bind("at", a.at()).execute()) == 1;
    }

    @Override
    public Optional<StatementAdjustment> adjustmentByKey(UUID statementId, String requestKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ADJUSTMENT + " FROM billing.statement_adjustment "
                        + "WHERE statement_id = :statement AND request_key = :key")
                .bind("statement", statementId).bind("key", requestKey).map((rs, ctx) -> adjustment(rs)).findOne());
    }

    @Override
    public boolean applyAdjustment(UUID statementId, long amountFen) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.statement SET adjustments_fen = adjustments_fen + :amount, "
                        + "payable_fen = payable_fen + :amount WHERE id = :id AND status = 'OPEN' AND payable_fen + :amount >= 0")
                .bind("amount", amountFen).bind("id", statementId).execute()) == 1;
    }

    @Override
    public List<StatementAdjustment> adjustmentsOf(UUID statementId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ADJUSTMENT + " FROM billing.statement_adjustment "
                        + "WHERE statement_id = :statement ORDER BY created_at, id")
                .bind("statement", statementId).map((rs, ctx) -> adjustment(rs)).list());
    }

    private static final String ADJUSTMENT = "id, statement_id, amount_fen, reason, operator_id, request_key, created_at";

    private static StatementAdjustment adjustment(ResultSet rs) throws SQLException {
        return new StatementAdjustment(rs.getObject("id", UUID.class), rs.getObject("statement_id", UUID.class), rs.getLong("amount_fen"),
                rs.getString("reason"), rs.getObject("operator_id", UUID.class), rs.getString("request_key"),
                Rows.instant(rs, "created_at").orElseThrow());
    }

    @Override
    public boolean insertBatch(UUID batchId, LocalDate weekStart, int statements, long totalFen, UUID approvedBy, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO billing.payout_batch (id, week_start, statements, total_fen, approved_by, "
                        + "approved_at) VALUES (:id, :week, :statements, :total, :by, :at) ON CONFLICT DO NOTHING")
                .bind("id", batchId).bind("week", weekStart).bind("statements", statements).bind("total", totalFen).bind("by", approvedBy)
                .bind("at", at).execute()) == 1;
    }

    @Override
    public boolean markPaid(UUID statementId, UUID batchId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.statement SET status = 'PAID', batch_id = :batch, paid_at = :at "
                + "WHERE id = :id AND status = 'OPEN'").bind("batch", batchId).bind("at", at).bind("id", statementId).execute()) == 1;
    }

    private static Earning earning(ResultSet rs) throws SQLException {
        String items = rs.getString("item_codes");
        return new Earning(rs.getObject("order_id", UUID.class), rs.getObject("worker_id", UUID.class), rs.getLong("total_fen"),
                rs.getLong("commission_fen"), rs.getLong("payable_fen"), rs.getInt("rate_bp"), Optional.ofNullable(rs.getObject("rule_id",
                UUID.class)), QualityTier.valueOf(rs.getString("tier")), items.isEmpty() ? List.of() : Arrays.asList(items.split(",")),
                rs.getString("district_code"), Rows.instant(rs, "completed_at").orElseThrow(),
                Optional.ofNullable(rs.getObject("statement_id", UUID.class)));
    }

    private static Statement statement(ResultSet rs) throws SQLException {
        return new Statement(rs.getObject("id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getObject("week_start", LocalDate.class), rs.getInt("orders"), rs.getLong("total_fen"), rs.getLong("commission_fen"),
                rs.getLong("adjustments_fen"), rs.getLong("payable_fen"), rs.getString("status"),
                Optional.ofNullable(rs.getObject("batch_id", UUID.class)), Rows.instant(rs, "created_at").orElseThrow(),
                Rows.instant(rs, "paid_at"));
    }
}
