package org.shangmen.booking.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.ChangeRequestStore;
import org.shangmen.booking.domain.ChangeRequest;
import org.springframework.stereotype.Repository;

@Repository
class JdbiChangeRequestStore implements ChangeRequestStore {

    private static final String COLUMNS = "id, order_id, worker_id, proposed_start, reason, status, created_at, expires_at, reviewed_by, "
            + "review_note, decided_at";

    private final Jdbi jdbi;

    JdbiChangeRequestStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(ChangeRequest r) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO booking.change_request (" + COLUMNS + ") VALUES (:id, :order, :worker, :start, "
                        + ":reason, :status, :created, :expires, NULL, NULL, NULL)")
                .bind("id", r.id()).bind("order", r.orderId()).bind("worker", r.workerId()).bind("start", r.proposedStart())
                .bind("reason", r.reason()).bind("status", r.status().name()).bind("created", r.createdAt()).bind("expires", r.expiresAt())
                .execute());
    }

    @Override
    public Optional<ChangeRequest> find(UUID requestId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.change_request WHERE id = :id").bind("id", requestId)
                .map((rs, ctx) -> request(rs)).findOne());
    }

    @Override
    public List<ChangeRequest> ofOrder(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.change_request WHERE order_id = :order "
                + "ORDER BY created_at, id").bind("order", orderId).map((rs, ctx) -> request(rs)).list());
    }

    @Override
    public boolean move(UUID requestId, ChangeRequest.Status from, ChangeRequest.Status to, Optional<UUID> reviewer,
                        Optional<String> note, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE booking.change_request SET status = :to, "
                        + "reviewed_by = COALESCE(:reviewer, reviewed_by), review_note = COALESCE(:note, review_note), decided_at = :at "
                        + "WHERE id = :id AND status = :from")
                .bind("to", to.name()).bind("reviewer", reviewer.orElse(null)).bind("note", note.orElse(null)).bind("at", at)
                .bind("id", requestId).bind("from", from.name()).execute()) == 1;
    }

    @Override
    public List<ChangeRequest> awaitingReview(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.change_request WHERE status = 'AWAITING_REVIEW' "
                + "ORDER BY created_at, id LIMIT :limit").bind("limit", limit).map((rs, ctx) -> request(rs)).list());
    }

    private static ChangeRequest request(ResultSet rs) throws SQLException {
        return new ChangeRequest(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getObject("worker_id", UUID.class),
                JdbiOrderStore.instant(rs, "proposed_start"), rs.getString("reason"), ChangeRequest.Status.valueOf(rs.getString("status")),
                JdbiOrderStore.instant(rs, "created_at"), JdbiOrderStore.instant(rs, "expires_at"),
                Optional.ofNullable(rs.getObject("reviewed_by", UUID.class)), Optional.ofNullable(rs.getString("review_note")),
                JdbiOrderStore.optionalInstant(rs, "decided_at"));
    }
}
