package org.shangmen.worker.adapter.out.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.worker.api.WorkerDirectory.WorkerCard;
import org.shangmen.worker.application.port.out.WorkerCards;
import org.shangmen.worker.application.port.out.WorkerCards.StoredCard;
import org.springframework.stereotype.Repository;

@Repository
class JdbiWorkerCards implements WorkerCards {

    private final Jdbi jdbi;

    JdbiWorkerCards(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<UUID, StoredCard> cards(Collection<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, real_name, home_latitude, home_longitude, rating_tenths, "
                        + "rating_count, experience_years, "
                        + "(SELECT d.storage_key FROM worker.document d WHERE d.id = w.photo_document_id) AS photo_key "
                        + "FROM worker.worker w WHERE account_id IN (<ids>)")
                .bindList("ids", List.copyOf(workerIds))
                .map((rs, ctx) -> {
                    double lat = rs.getDouble("home_latitude");
                    boolean noLat = rs.wasNull();
                    double lng = rs.getDouble("home_longitude");
                    boolean noLng = rs.wasNull();
                    String name = rs.getString("real_name");
                    return new StoredCard(new WorkerCard(rs.getObject("account_id", UUID.class), name == null ? "" : name,
                            noLat || noLng ? Optional.empty() : Optional.of(new GeoPoint(lat, lng)),
                            rs.getInt("rating_tenths"), rs.getInt("rating_count"), rs.getInt("experience_years"),
                            Optional.empty()), Optional.ofNullable(rs.getString("photo_key")));
                })
                .collect(Collectors.toMap(c -> c.card().workerId(), c -> c)));
    }

    @Override
    public void rate(UUID workerId, int ratingTenths, int ratingCount) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE worker.worker SET rating_tenths = :tenths, rating_count = :count WHERE account_id = :id")
                    .bind("tenths", ratingTenths).bind("count", ratingCount).bind("id", workerId).execute();
            // Search reads its own table: the new rating shows in the next search.
            SearchEntries.refresh(h, workerId);
        });
    }

    @Override
    public boolean countCompleted(UUID workerId, UUID orderId, Instant completedAt) {
        return jdbi.withHandle(h -> {
            int added = h.createUpdate("INSERT INTO worker.completed_order (order_id, worker_id, completed_at) "
                            + "VALUES (:order, :worker, :at) ON CONFLICT DO NOTHING")
                    .bind("order", orderId).bind("worker", workerId).bind("at", completedAt.truncatedTo(ChronoUnit.MICROS))
                    .execute();
            if (added == 0) {
                return false;
            }
            // Search lists read the count from the worker's row, so the next search shows it.
            h.createUpdate("UPDATE worker.worker SET completed_orders = completed_orders + 1 WHERE account_id = :worker")
                    .bind("worker", workerId).execute();
            return true;
        });
    }

    @Override
    public void countComplaint(UUID workerId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE worker.worker SET complaint_count = complaint_count + 1 WHERE account_id = :worker")
                .bind("worker", workerId).execute());
    }

    @Override
    public org.shangmen.worker.api.WorkerComplaintRecord.Standing standing(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT complaint_count, completed_orders FROM worker.worker WHERE account_id = :worker")
                .bind("worker", workerId)
                .map((rs, ctx) -> org.shangmen.worker.api.WorkerComplaintRecord.Standing.of(rs.getInt("complaint_count"),
                        rs.getInt("completed_orders")))
                .findOne().orElse(org.shangmen.worker.api.WorkerComplaintRecord.Standing.of(0, 0)));
    }
}
