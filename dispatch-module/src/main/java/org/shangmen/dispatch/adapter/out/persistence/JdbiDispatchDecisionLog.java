package org.shangmen.dispatch.adapter.out.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.dispatch.api.DispatchBoard.DecisionView;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.kernel.Ids;
import org.springframework.stereotype.Repository;

@Repository
class JdbiDispatchDecisionLog implements DecisionLog {

    private final Jdbi jdbi;
    private final Clock clock;

    JdbiDispatchDecisionLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void record(UUID orderId, String kind, Optional<UUID> workerId, Optional<UUID> operatorId, String detail, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO dispatch.decision (id, order_id, kind, worker_id, operator_id, detail, at) "
                        + "VALUES (:id, :order, :kind, :worker, :operator, :detail, :at)")
                .bind("id", Ids.newId(clock)).bind("order", orderId).bind("kind", kind).bind("worker", workerId.orElse(null))
                .bind("operator", operatorId.orElse(null)).bind("detail", detail.length() > 300 ? detail.substring(0, 300) : detail)
                .bind("at", at).execute());
    }

    @Override
    public List<DecisionView> of(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT kind, worker_id, operator_id, detail, at FROM dispatch.decision "
                        + "WHERE order_id = :order ORDER BY at, id")
                .bind("order", orderId)
                .map((rs, ctx) -> new DecisionView(rs.getString("kind"), Optional.ofNullable(rs.getObject("worker_id", UUID.class)),
                        Optional.ofNullable(rs.getObject("operator_id", UUID.class)), rs.getString("detail"),
                        JdbiCaseStore.instant(rs, "at").orElseThrow()))
                .list());
    }
}
