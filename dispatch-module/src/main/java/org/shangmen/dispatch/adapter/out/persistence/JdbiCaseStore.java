package org.shangmen.dispatch.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.shangmen.dispatch.domain.CaseState;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.OrderSnapshot;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.stereotype.Repository;

@Repository
class JdbiCaseStore implements CaseStore {

    private static final String CASE = "order_id, customer_id, mode, state, rung, deadline, worker_id, flagged_at, created_at, version";
    private static final String SNAPSHOT = "order_id, item_names, district_code, community_id, latitude, longitude, starts_at, ends_at, "
            + "requirements, total_fen";
    /** Item names are joined with a separator no catalogue name contains. */
    private static final String SEPARATOR = "\u001f";

    private final Jdbi jdbi;

    JdbiCaseStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(DispatchCase c, OrderSnapshot s) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO dispatch.dispatch_case (" + CASE + ", item_names, district_code, "
                        + "community_id, latitude, longitude, starts_at, ends_at, requirements, total_fen) VALUES (:order, :customer, :mode, "
                        + ":state, :rung, :deadline, :worker, :flagged, :created, :version, :items, :district, :community, :lat, :lng, "
                        + ":start, :end, :requirements, :total) ON CONFLICT DO NOTHING")
                .bind("order", c.orderId()).bind("customer", c.customerId()).bind("mode", c.mode().name()).bind("state", c.state().name())
                .bind("rung", c.rung()).bind("deadline", c.deadline().orElse(null)).bind("worker", c.workerId().orElse(null))
                .bind("flagged", c.flaggedAt().orElse(null)).bind("created", c.createdAt()).bind("version", c.version())
                .bind("items", String.join(SEPARATOR, s.itemNames())).bind("district", s.districtCode())
                .bind("community", s.communityId().orElse(null)).bind("lat", s.place().latitude()).bind("lng", s.place().longitude())
                .bind("start", s.startsAt()).bind("end", s.endsAt()).bind("requirements", s.requirements()).bind("total", s.totalFen())
                .execute()) == 1;
    }

    @Override
    public Optional<DispatchCase> find(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CASE + " FROM dispatch.dispatch_case WHERE order_id = :order")
                .bind("order", orderId).map((rs, ctx) -> dispatchCase(rs)).findOne());
    }

    @Override
    public Optional<DispatchCase> claim(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CASE + " FROM dispatch.dispatch_case WHERE order_id = :order "
                        + "FOR UPDATE SKIP LOCKED")
                .bind("order", orderId).map((rs, ctx) -> dispatchCase(rs)).findOne());
    }

    @Override
    public Optional<OrderSnapshot> snapshot(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SNAPSHOT + " FROM dispatch.dispatch_case WHERE order_id = :order")
                .bind("order", orderId).map((rs, ctx) -> snapshot(rs)).findOne());
    }

    @Override
    public Map<UUID, OrderSnapshot> snapshots(List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SNAPSHOT + " FROM dispatch.dispatch_case WHERE order_id IN (<ids>)")
                .bindList("ids", orderIds).map((rs, ctx) -> snapshot(rs))
                .collect(Collectors.toMap(OrderSnapshot::orderId, s -> s)));
    }

    @Override
    public boolean update(DispatchCase c) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE dispatch.dispatch_case SET state = :state, rung = :rung, deadline = :deadline, "
                        + "worker_id = :worker, flagged_at = :flagged, version = :version WHERE order_id = :order AND version = :previous")
                .bind("state", c.state().name()).bind("rung", c.rung()).bind("deadline", c.deadline().orElse(null))
                .bind("worker", c.workerId().orElse(null)).bind("flagged", c.flaggedAt().orElse(null)).bind("version", c.version())
                .bind("order", c.orderId()).bind("previous", c.version() - 1).execute()) == 1;
    }

    @Override
    public void overwrite(DispatchCase next) {
        overwrite(next.orderId(), current -> next);
    }

    @Override
    public void overwrite(UUID orderId, java.util.function.UnaryOperator<DispatchCase> change) {
        DispatchCase current = find(orderId).orElseThrow(() -> DomainException.notFound("dispatch.offer-not-found"));
        DispatchCase next = change.apply(current);
        DispatchCase rebased = new DispatchCase(next.orderId(), next.customerId(), next.mode(), next.state(), next.rung(), next.deadline(),
                next.workerId(), next.flaggedAt(), next.createdAt(), current.version() + 1);
        if (!update(rebased)) {
            throw DomainException.conflict("dispatch.case-busy");
        }
    }

    @Override
    public List<UUID> due(Instant now, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT order_id FROM dispatch.dispatch_case WHERE deadline <= :now "
                        + "ORDER BY deadline LIMIT :limit")
                .bind("now", now).bind("limit", limit).mapTo(UUID.class).list());
    }

    @Override
    public void moveTime(UUID orderId, Instant startsAt, Instant endsAt) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE dispatch.dispatch_case SET starts_at = :start, ends_at = :end WHERE order_id = :order")
                .bind("start", startsAt).bind("end", endsAt).bind("order", orderId).execute());
    }

    @Override
    public Page<DispatchCase> open(PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM dispatch.dispatch_case WHERE state IN ('OFFERING', 'AWAITING_OPERATOR')")
                    .mapTo(Long.class).one();
            List<DispatchCase> items = h.createQuery("SELECT " + CASE + " FROM dispatch.dispatch_case "
                            + "WHERE state IN ('OFFERING', 'AWAITING_OPERATOR') "
                            + "ORDER BY CASE WHEN state = 'AWAITING_OPERATOR' THEN 0 ELSE 1 END, created_at, order_id "
                            + "LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> dispatchCase(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CaseState state : CaseState.values()) {
            counts.put(state.name(), 0L);
        }
        jdbi.useHandle(h -> h.createQuery("SELECT state, COUNT(*) AS n FROM dispatch.dispatch_case GROUP BY state")
                .map((rs, ctx) -> Map.entry(rs.getString("state"), rs.getLong("n"))).forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    private static DispatchCase dispatchCase(ResultSet rs) throws SQLException {
        return new DispatchCase(rs.getObject("order_id", UUID.class), rs.getObject("customer_id", UUID.class),
                AssignmentMode.valueOf(rs.getString("mode")), CaseState.valueOf(rs.getString("state")), rs.getInt("rung"),
                instant(rs, "deadline"), Optional.ofNullable(rs.getObject("worker_id", UUID.class)), instant(rs, "flagged_at"),
                instant(rs, "created_at").orElseThrow(), rs.getLong("version"));
    }

    private static OrderSnapshot snapshot(ResultSet rs) throws SQLException {
        return new OrderSnapshot(rs.getObject("order_id", UUID.class), Arrays.asList(rs.getString("item_names").split(SEPARATOR)),
                rs.getString("district_code"), Optional.ofNullable(rs.getObject("community_id", UUID.class)),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")), instant(rs, "starts_at").orElseThrow(),
                instant(rs, "ends_at").orElseThrow(), rs.getString("requirements"), rs.getLong("total_fen"));
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
