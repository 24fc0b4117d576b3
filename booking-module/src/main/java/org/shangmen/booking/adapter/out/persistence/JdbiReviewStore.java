package org.shangmen.booking.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.ReviewStore;
import org.shangmen.booking.domain.Review;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.stereotype.Repository;

@Repository
class JdbiReviewStore implements ReviewStore {

    private static final String COLUMNS = "order_id, customer_id, worker_id, attitude, skill, efficiency, punctuality, overall, text, "
            + "photos, created_at, updated_at, reply, replied_at, hidden, hidden_reason";

    private final Jdbi jdbi;

    JdbiReviewStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(Review r) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO booking.review (order_id, customer_id, worker_id, attitude, skill, "
                        + "efficiency, punctuality, overall, text, photos, created_at, updated_at, hidden) VALUES (:order, :customer, :worker, "
                        + ":attitude, :skill, :efficiency, :punctuality, :overall, :text, :photos, :created, :updated, FALSE) "
                        + "ON CONFLICT DO NOTHING")
                .bind("order", r.orderId()).bind("customer", r.customerId()).bind("worker", r.workerId()).bind("attitude", r.attitude())
                .bind("skill", r.skill()).bind("efficiency", r.efficiency()).bind("punctuality", r.punctuality())
                .bind("overall", r.overall()).bind("text", r.text()).bind("photos", String.join(",", r.photos()))
                .bind("created", r.createdAt()).bind("updated", r.updatedAt()).execute()) == 1;
    }

    @Override
    public void update(Review r) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE booking.review SET attitude = :attitude, skill = :skill, efficiency = :efficiency, "
                        + "punctuality = :punctuality, overall = :overall, text = :text, photos = :photos, updated_at = :updated, "
                        + "reply = :reply, replied_at = :replied WHERE order_id = :order")
                .bind("attitude", r.attitude()).bind("skill", r.skill()).bind("efficiency", r.efficiency())
                .bind("punctuality", r.punctuality()).bind("overall", r.overall()).bind("text", r.text())
                .bind("photos", String.join(",", r.photos())).bind("updated", r.updatedAt()).bind("reply", r.reply().orElse(null))
                .bind("replied", r.repliedAt().orElse(null)).bind("order", r.orderId()).execute());
    }

    @Override
    public Optional<Review> find(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.review WHERE order_id = :order")
                .bind("order", orderId).map((rs, ctx) -> review(rs)).findOne());
    }

    @Override
    public Page<Review> ofWorker(UUID workerId, boolean includeHidden, PageRequest page) {
        String where = "WHERE worker_id = :worker" + (includeHidden ? "" : " AND hidden = FALSE");
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM booking.review " + where).bind("worker", workerId).mapTo(Long.class).one();
            List<Review> items = h.createQuery("SELECT " + COLUMNS + " FROM booking.review " + where
                            + " ORDER BY created_at DESC, order_id LIMIT :limit OFFSET :offset")
                    .bind("worker", workerId).bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> review(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public long[] visibleStars(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(overall), 0) AS stars, COUNT(*) AS n FROM booking.review "
                        + "WHERE worker_id = :worker AND hidden = FALSE")
                .bind("worker", workerId).map((rs, ctx) -> new long[] {rs.getLong("stars"), rs.getLong("n")}).one());
    }

    @Override
    public Review.Sums visibleSums(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) AS n, COALESCE(SUM(attitude), 0) AS attitude, "
                        + "COALESCE(SUM(skill), 0) AS skill, COALESCE(SUM(efficiency), 0) AS efficiency, "
                        + "COALESCE(SUM(punctuality), 0) AS punctuality, COALESCE(SUM(overall), 0) AS overall FROM booking.review "
                        + "WHERE worker_id = :worker AND hidden = FALSE")
                .bind("worker", workerId).map((rs, ctx) -> new Review.Sums(rs.getLong("n"), rs.getLong("attitude"), rs.getLong("skill"),
                        rs.getLong("efficiency"), rs.getLong("punctuality"), rs.getLong("overall"))).one());
    }

    @Override
    public void hide(UUID orderId, String reason, UUID operatorId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE booking.review SET hidden = TRUE, hidden_reason = :reason, hidden_by = :operator, "
                        + "updated_at = :at WHERE order_id = :order")
                .bind("reason", reason).bind("operator", operatorId).bind("at", at).bind("order", orderId).execute());
    }

    private static Review review(ResultSet rs) throws SQLException {
        String photos = rs.getString("photos");
        return new Review(rs.getObject("order_id", UUID.class), rs.getObject("customer_id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getInt("attitude"), rs.getInt("skill"), rs.getInt("efficiency"), rs.getInt("punctuality"), rs.getInt("overall"),
                rs.getString("text"), photos == null || photos.isEmpty() ? List.of() : Arrays.asList(photos.split(",")),
                JdbiOrderStore.instant(rs, "created_at"), JdbiOrderStore.instant(rs, "updated_at"), Optional.ofNullable(rs.getString("reply")),
                JdbiOrderStore.optionalInstant(rs, "replied_at"), rs.getBoolean("hidden"), Optional.ofNullable(rs.getString("hidden_reason")));
    }
}
