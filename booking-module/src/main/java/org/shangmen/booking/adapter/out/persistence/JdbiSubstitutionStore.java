package org.shangmen.booking.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.placement.SubstitutionStore;
import org.shangmen.booking.domain.placement.Substitution;
import org.springframework.stereotype.Repository;

/** Substitutions in {@code booking.placement_substitute}. */
@Repository
class JdbiSubstitutionStore implements SubstitutionStore {

    private final Jdbi jdbi;

    JdbiSubstitutionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Substitution s) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO booking.placement_substitute (id, placement_id, main_worker_id, worker_id, first_day, "
                        + "end_day, reason, created_at) VALUES (:id, :placement, :main, :worker, :first, :end, :reason, :at)")
                .bind("id", s.id()).bind("placement", s.placementId()).bind("main", s.mainWorkerId()).bind("worker", s.workerId())
                .bind("first", s.firstDay()).bind("end", s.endDay()).bind("reason", s.reason()).bind("at", s.createdAt()).execute());
    }

    @Override
    public List<Substitution> ofPlacement(UUID placementId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, placement_id, main_worker_id, worker_id, first_day, end_day, reason, created_at "
                        + "FROM booking.placement_substitute WHERE placement_id = :id ORDER BY first_day, id").bind("id", placementId)
                .map((rs, ctx) -> new Substitution(rs.getObject("id", UUID.class), rs.getObject("placement_id", UUID.class),
                        rs.getObject("main_worker_id", UUID.class), rs.getObject("worker_id", UUID.class),
                        rs.getObject("first_day", LocalDate.class), rs.getObject("end_day", LocalDate.class), rs.getString("reason"),
                        JdbiOrderStore.instant(rs, "created_at")))
                .list());
    }
}
