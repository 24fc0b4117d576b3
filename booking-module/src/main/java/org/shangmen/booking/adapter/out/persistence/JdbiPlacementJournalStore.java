package org.shangmen.booking.adapter.out.persistence;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.shangmen.booking.application.port.out.placement.PlacementJournalStore;
import org.shangmen.booking.domain.placement.DayRecord;
import org.shangmen.booking.domain.placement.PlacementReview;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Placements' daily records in {@code booking.placement_day_record} and reviews in {@code booking.placement_review}. */
@Repository
class JdbiPlacementJournalStore implements PlacementJournalStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Jdbi jdbi;

    JdbiPlacementJournalStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(DayRecord r) {
        return unique(() -> jdbi.withHandle(h -> h.createUpdate("INSERT INTO booking.placement_day_record (id, placement_id, worker_id, served_on, "
                        + "text, observations, created_at) VALUES (:id, :placement, :worker, :day, :text, :observations, :at) ON CONFLICT DO NOTHING")
                .bind("id", r.id()).bind("placement", r.placementId()).bind("worker", r.workerId()).bind("day", r.day())
                .bind("text", r.text().orElse(null))
                .bind("observations", r.observations().isEmpty() ? null : JSON.writeValueAsString(r.observations()))
                .bind("at", r.createdAt()).execute() == 1));
    }

    @Override
    public Page<DayRecord> records(UUID placementId, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM booking.placement_day_record WHERE placement_id = :id").bind("id", placementId)
                    .mapTo(Long.class).one();
            List<DayRecord> items = h.createQuery("SELECT id, placement_id, worker_id, served_on, text, observations, created_at "
                            + "FROM booking.placement_day_record WHERE placement_id = :id ORDER BY served_on DESC, created_at DESC, id "
                            + "LIMIT :limit OFFSET :offset")
                    .bind("id", placementId).bind("limit", page.size()).bind("offset", (long) page.page() * page.size())
                    .map((rs, ctx) -> {
                        String observations = rs.getString("observations");
                        return new DayRecord(rs.getObject("id", UUID.class), rs.getObject("placement_id", UUID.class),
                                rs.getObject("worker_id", UUID.class), rs.getObject("served_on", LocalDate.class),
                                Optional.ofNullable(rs.getString("text")),
                                observations == null ? Map.of() : JSON.readValue(observations, new TypeReference<Map<String, String>>() { }),
                                JdbiOrderStore.instant(rs, "created_at"));
                    }).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public boolean insert(PlacementReview r) {
        return unique(() -> jdbi.withHandle(h -> h.createUpdate("INSERT INTO booking.placement_review (id, placement_id, worker_id, period, "
                        + "rating, comment, created_at) VALUES (:id, :placement, :worker, :period, :rating, :comment, :at) ON CONFLICT DO NOTHING")
                .bind("id", r.id()).bind("placement", r.placementId()).bind("worker", r.workerId()).bind("period", r.period())
                .bind("rating", r.rating()).bind("comment", r.comment()).bind("at", r.createdAt()).execute() == 1));
    }

    @Override
    public List<PlacementReview> reviews(UUID placementId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, placement_id, worker_id, period, rating, comment, created_at "
                        + "FROM booking.placement_review WHERE placement_id = :id ORDER BY created_at, id").bind("id", placementId)
                .map((rs, ctx) -> new PlacementReview(rs.getObject("id", UUID.class), rs.getObject("placement_id", UUID.class),
                        rs.getObject("worker_id", UUID.class), rs.getInt("period"), rs.getInt("rating"), rs.getString("comment"),
                        JdbiOrderStore.instant(rs, "created_at")))
                .list());
    }

    /** A second insert of the same day or period writes nothing; a unique violation all the same is the same answer. */
    private static boolean unique(java.util.function.BooleanSupplier insert) {
        try {
            return insert.getAsBoolean();
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public long[] reviewStars(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(rating), 0) AS stars, COUNT(*) AS n FROM booking.placement_review "
                        + "WHERE worker_id = :worker")
                .bind("worker", workerId).map((rs, ctx) -> new long[] {rs.getLong("stars"), rs.getLong("n")}).one());
    }
}
