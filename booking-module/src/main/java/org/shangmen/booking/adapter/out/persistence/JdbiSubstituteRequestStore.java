package org.shangmen.booking.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.persistence.TransactionMemo;
import org.shangmen.booking.application.port.out.placement.SubstituteRequestStore;
import org.shangmen.booking.domain.placement.SubstituteRequest;
import org.springframework.stereotype.Repository;

/** Substitutes sought through dispatch in {@code booking.placement_substitute_request}. */
@Repository
class JdbiSubstituteRequestStore implements SubstituteRequestStore {

    private static final String COLUMNS = "id, placement_id, customer_id, main_worker_id, first_day, end_day, reason, status, worker_id, "
            + "created_at, version";

    /**
     * The requests (and the ids that are none, as most ids dispatch asks about are orders) the current
     * transaction has looked up: dispatch asks for each of its calls on an order.
     */
    private final TransactionMemo<UUID, SubstituteRequest> read = new TransactionMemo<>();
    private final Jdbi jdbi;

    JdbiSubstituteRequestStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(SubstituteRequest r) {
        read.forget(r.id());
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO booking.placement_substitute_request (" + COLUMNS + ") VALUES (:id, :placement, "
                        + ":customer, :main, :first, :end, :reason, :status, :worker, :at, :version)")
                .bind("id", r.id()).bind("placement", r.placementId()).bind("customer", r.customerId()).bind("main", r.mainWorkerId())
                .bind("first", r.firstDay()).bind("end", r.endDay()).bind("reason", r.reason()).bind("status", r.status().name())
                .bind("worker", r.workerId().orElse(null)).bind("at", r.createdAt()).bind("version", r.version()).execute());
    }

    @Override
    public Optional<SubstituteRequest> find(UUID id) {
        return read.find(id, key -> jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.placement_substitute_request "
                + "WHERE id = :id").bind("id", key).map((rs, ctx) -> request(rs)).findOne()));
    }

    @Override
    public boolean update(SubstituteRequest r) {
        read.forget(r.id());
        return jdbi.withHandle(h -> h.createUpdate("UPDATE booking.placement_substitute_request SET status = :status, worker_id = :worker, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .bind("status", r.status().name()).bind("worker", r.workerId().orElse(null)).bind("id", r.id()).bind("version", r.version())
                .execute()) == 1;
    }

    @Override
    public List<SubstituteRequest> ofPlacement(UUID placementId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.placement_substitute_request "
                        + "WHERE placement_id = :id ORDER BY first_day, id").bind("id", placementId)
                .map((rs, ctx) -> request(rs)).list());
    }

    private static SubstituteRequest request(ResultSet rs) throws SQLException {
        return new SubstituteRequest(rs.getObject("id", UUID.class), rs.getObject("placement_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getObject("main_worker_id", UUID.class), rs.getObject("first_day", LocalDate.class),
                rs.getObject("end_day", LocalDate.class), rs.getString("reason"), SubstituteRequest.Status.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getObject("worker_id", UUID.class)), JdbiOrderStore.instant(rs, "created_at"), rs.getInt("version"));
    }
}
