package org.shangmen.dispatch.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.dispatch.domain.Step;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.stereotype.Repository;

@Repository
class JdbiOfferStore implements OfferStore {

    private static final String COLUMNS = "id, order_id, worker_id, step, status, score, distance_metres, offered_at, answered_at, "
            + "decline_until, reason, note";

    private final Jdbi jdbi;

    JdbiOfferStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Offer o) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO dispatch.offer (" + COLUMNS + ") VALUES (:id, :order, :worker, :step, :status, "
                        + ":score, :distance, :offered, :answered, :declineUntil, :reason, :note)")
                .bind("id", o.id()).bind("order", o.orderId()).bind("worker", o.workerId()).bind("step", o.step().name())
                .bind("status", o.status().name()).bind("score", o.score()).bind("distance", o.distanceMetres())
                .bind("offered", o.offeredAt()).bind("answered", o.answeredAt().orElse(null))
                .bind("declineUntil", o.declineUntil().orElse(null)).bind("reason", o.reason().orElse(null))
                .bind("note", o.note().orElse(null)).execute());
    }

    @Override
    public void insertAll(List<Offer> offers) {
        if (offers.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO dispatch.offer (" + COLUMNS + ") VALUES ");
        for (int i = 0; i < offers.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:id{0}, :order{0}, :worker{0}, :step{0}, :status{0}, :score{0}, :distance{0}, "
                    .replace("{0}", String.valueOf(i))).append(":offered{0}, :answered{0}, :declineUntil{0}, :reason{0}, :note{0})"
                    .replace("{0}", String.valueOf(i)));
        }
        jdbi.useHandle(h -> {
            var update = h.createUpdate(sql.toString());
            for (int i = 0; i < offers.size(); i++) {
                Offer o = offers.get(i);
                update.bind("id" + i, o.id()).bind("order" + i, o.orderId()).bind("worker" + i, o.workerId())
                        .bind("step" + i, o.step().name()).bind("status" + i, o.status().name()).bind("score" + i, o.score())
                        .bind("distance" + i, o.distanceMetres()).bind("offered" + i, o.offeredAt())
                        .bind("answered" + i, o.answeredAt().orElse(null)).bind("declineUntil" + i, o.declineUntil().orElse(null))
                        .bind("reason" + i, o.reason().orElse(null)).bind("note" + i, o.note().orElse(null));
            }
            update.execute();
        });
    }

    @Override
    public Optional<Offer> find(UUID offerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM dispatch.offer WHERE id = :id").bind("id", offerId)
                .map((rs, ctx) -> offer(rs)).findOne());
    }

    @Override
    public Set<UUID> workersOf(UUID orderId) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT worker_id FROM dispatch.offer WHERE order_id = :order")
                .bind("order", orderId).mapTo(UUID.class).list()));
    }

    @Override
    public List<Offer> ofOrder(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM dispatch.offer WHERE order_id = :order ORDER BY offered_at, id")
                .bind("order", orderId).map((rs, ctx) -> offer(rs)).list());
    }

    @Override
    public Page<Offer> ofWorker(UUID workerId, boolean openOnly, PageRequest page) {
        String where = "WHERE worker_id = :worker" + (openOnly ? " AND status IN ('OPEN', 'ASSIGNED')" : "");
        return jdbi.withHandle(h -> {
            List<Offer> items = h.createQuery("SELECT " + COLUMNS + " FROM dispatch.offer " + where
                            + " ORDER BY offered_at DESC, id DESC LIMIT :limit OFFSET :offset")
                    .bind("worker", workerId).bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> offer(rs)).list();
            // A first page that is not full is all there is: no count needed (the usual case of a worker's open offers).
            long total = page.offset() == 0 && items.size() < page.size() ? items.size()
                    : h.createQuery("SELECT COUNT(*) FROM dispatch.offer " + where).bind("worker", workerId).mapTo(Long.class).one();
            return Page.of(items, page, total);
        });
    }

    @Override
    public boolean answer(UUID offerId, OfferStatus from, OfferStatus to, Instant at, Optional<String> reason, Optional<String> note) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE dispatch.offer SET status = :to, answered_at = :at, reason = :reason, note = :note "
                        + "WHERE id = :id AND status = :from")
                .bind("to", to.name()).bind("at", at).bind("reason", reason.orElse(null)).bind("note", note.orElse(null))
                .bind("id", offerId).bind("from", from.name()).execute()) == 1;
    }

    @Override
    public List<UUID> closeOpen(UUID orderId, OfferStatus to, Optional<UUID> except, Instant at) {
        return jdbi.withHandle(h -> {
            String others = except.isPresent() ? " AND id <> :except" : "";
            var select = h.createQuery("SELECT worker_id FROM dispatch.offer WHERE order_id = :order AND status = 'OPEN'" + others
                    + " ORDER BY worker_id").bind("order", orderId);
            var update = h.createUpdate("UPDATE dispatch.offer SET status = :to, answered_at = :at WHERE order_id = :order "
                    + "AND status = 'OPEN'" + others).bind("to", to.name()).bind("at", at).bind("order", orderId);
            except.ifPresent(id -> {
                select.bind("except", id);
                update.bind("except", id);
            });
            List<UUID> holders = select.mapTo(UUID.class).list();
            update.execute();
            return holders;
        });
    }

    @Override
    public void withdrawHeldBy(UUID orderId, UUID workerId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE dispatch.offer SET status = 'WITHDRAWN', answered_at = :at, reason = NULL, note = NULL "
                        + "WHERE order_id = :order AND worker_id = :worker AND status IN ('ACCEPTED', 'ASSIGNED')")
                .bind("at", at).bind("order", orderId).bind("worker", workerId).execute());
    }

    /**
     * Orders each worker accepted or was assigned since a time, as two index ranges (one per status, each
     * index holding every column read) rather than an {@code OR} that neither database serves by an index.
     */
    static final String RECENT_LOAD = "SELECT worker_id, COUNT(*) AS n FROM ("
            + "SELECT worker_id FROM dispatch.offer WHERE status = 'ACCEPTED' AND answered_at >= :since "
            + "UNION ALL SELECT worker_id FROM dispatch.offer WHERE status = 'ASSIGNED' AND offered_at >= :since) o GROUP BY worker_id";

    @Override
    public Map<UUID, Integer> recentLoad(Collection<UUID> workerIds, Instant since) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        Set<UUID> wanted = workerIds instanceof Set<UUID> set ? set : new HashSet<>(workerIds);
        Map<UUID, Integer> load = new HashMap<>();
        // One statement for the window, filtered in memory, so that it never carries thousands of ids.
        jdbi.useHandle(h -> h.createQuery(RECENT_LOAD)
                .bind("since", since)
                .map((rs, ctx) -> Map.entry(rs.getObject("worker_id", UUID.class), rs.getInt("n")))
                .forEach(e -> {
                    if (wanted.contains(e.getKey())) {
                        load.merge(e.getKey(), e.getValue(), Integer::sum);
                    }
                }));
        return load;
    }

    private static Offer offer(ResultSet rs) throws SQLException {
        return new Offer(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getObject("worker_id", UUID.class),
                Step.valueOf(rs.getString("step")), OfferStatus.valueOf(rs.getString("status")), rs.getInt("score"),
                rs.getLong("distance_metres"), JdbiCaseStore.instant(rs, "offered_at").orElseThrow(), JdbiCaseStore.instant(rs, "answered_at"),
                JdbiCaseStore.instant(rs, "decline_until"), Optional.ofNullable(rs.getString("reason")), Optional.ofNullable(rs.getString("note")));
    }
}
