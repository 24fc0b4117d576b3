package org.shangmen.worker.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.application.port.out.PenaltyStore;
import org.shangmen.worker.domain.Penalty;
import org.shangmen.worker.domain.RetrainingCondition;
import org.springframework.stereotype.Repository;

@Repository
class JdbiPenaltyStore implements PenaltyStore {

    private static final String COLUMNS = "id, worker_id, kind, reason, evidence, suspended_until, imposed_by, imposed_at, "
            + "appeal_statement, appealed_at, appeal_outcome, appeal_reason, appeal_decided_by, appeal_decided_at";
    private final Jdbi jdbi;

    JdbiPenaltyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Penalty p) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO worker.penalty (id, worker_id, kind, reason, evidence, suspended_until, "
                        + "imposed_by, imposed_at) VALUES (:id, :worker, :kind, :reason, :evidence, :until, :by, :at)")
                .bind("id", p.id()).bind("worker", p.workerId()).bind("kind", p.kind().name()).bind("reason", p.reason())
                .bind("evidence", p.evidence()).bind("until", utc(p.suspendedUntil())).bind("by", p.imposedBy())
                .bind("at", p.imposedAt()).execute());
    }

    @Override
    public void update(Penalty p) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE worker.penalty SET appeal_statement = :statement, appealed_at = :appealedAt, "
                        + "appeal_outcome = :outcome, appeal_reason = :appealReason, appeal_decided_by = :decidedBy, "
                        + "appeal_decided_at = :decidedAt WHERE id = :id")
                .bind("id", p.id()).bind("statement", p.appealStatement().orElse(null)).bind("appealedAt", utc(p.appealedAt()))
                .bind("outcome", p.appealOutcome().map(Enum::name).orElse(null)).bind("appealReason", p.appealReason().orElse(null))
                .bind("decidedBy", p.appealDecidedBy().orElse(null)).bind("decidedAt", utc(p.appealDecidedAt())).execute());
    }

    @Override
    public Optional<Penalty> find(UUID penaltyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM worker.penalty WHERE id = :id")
                .bind("id", penaltyId).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<Penalty> ofWorker(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM worker.penalty WHERE worker_id = :id ORDER BY imposed_at DESC, id")
                .bind("id", workerId).map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public Page<Penalty> openAppeals(PageRequest page) {
        String open = " FROM worker.penalty WHERE appealed_at IS NOT NULL AND appeal_outcome IS NULL";
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*)" + open).mapTo(Long.class).one();
            List<Penalty> items = h.createQuery("SELECT " + COLUMNS + open + " ORDER BY appealed_at, id LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> map(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public void addRetraining(RetrainingCondition c) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO worker.penalty_retraining (penalty_id, worker_id, course_id, course_title) "
                        + "VALUES (:penalty, :worker, :course, :title)")
                .bind("penalty", c.penaltyId()).bind("worker", c.workerId()).bind("course", c.courseId()).bind("title", c.courseTitle())
                .execute());
    }

    @Override
    public List<RetrainingCondition> retraining(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT penalty_id, worker_id, course_id, course_title, lifted_at "
                        + "FROM worker.penalty_retraining WHERE worker_id = :worker ORDER BY penalty_id")
                .bind("worker", workerId)
                .map((rs, ctx) -> new RetrainingCondition(rs.getObject("penalty_id", UUID.class), rs.getObject("worker_id", UUID.class),
                        rs.getObject("course_id", UUID.class), rs.getString("course_title"), instant(rs, "lifted_at")))
                .list());
    }

    @Override
    public boolean liftRetraining(UUID penaltyId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE worker.penalty_retraining SET lifted_at = :at "
                        + "WHERE penalty_id = :penalty AND lifted_at IS NULL")
                .bind("penalty", penaltyId).bind("at", at.atOffset(ZoneOffset.UTC)).execute()) == 1;
    }

    private static Penalty map(ResultSet rs) throws SQLException {
        return new Penalty(rs.getObject("id", UUID.class), rs.getObject("worker_id", UUID.class),
                Penalty.Kind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getString("evidence"),
                instant(rs, "suspended_until"), rs.getObject("imposed_by", UUID.class), instant(rs, "imposed_at").orElseThrow(),
                Optional.ofNullable(rs.getString("appeal_statement")), instant(rs, "appealed_at"),
                Optional.ofNullable(rs.getString("appeal_outcome")).map(Penalty.AppealOutcome::valueOf),
                Optional.ofNullable(rs.getString("appeal_reason")), Optional.ofNullable(rs.getObject("appeal_decided_by", UUID.class)),
                instant(rs, "appeal_decided_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Optional<Instant> instant) {
        return instant.map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
    }
}
