package org.shangmen.worker.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.worker.application.port.out.DecisionLog;
import org.springframework.stereotype.Repository;

@Repository
class JdbiDecisionLog implements DecisionLog {

    private final Jdbi jdbi;

    JdbiDecisionLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(Decision d) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO worker.certification_decision (id, worker_id, decision, reason, decided_by, decided_at) "
                        + "VALUES (:id, :worker, :decision, :reason, :by, :at)")
                .bind("id", d.id()).bind("worker", d.workerId()).bind("decision", d.decision()).bind("reason", d.reason().orElse(null))
                .bind("by", d.decidedBy()).bind("at", d.decidedAt()).execute());
    }

    @Override
    public List<Decision> history(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, worker_id, decision, reason, decided_by, decided_at "
                        + "FROM worker.certification_decision WHERE worker_id = :id ORDER BY decided_at, id")
                .bind("id", workerId)
                .map((rs, ctx) -> new Decision(rs.getObject("id", UUID.class), rs.getObject("worker_id", UUID.class),
                        rs.getString("decision"), Optional.ofNullable(rs.getString("reason")), rs.getObject("decided_by", UUID.class),
                        rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
                .list());
    }
}
