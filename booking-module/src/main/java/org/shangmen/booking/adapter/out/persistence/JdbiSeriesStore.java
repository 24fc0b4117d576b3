package org.shangmen.booking.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.series.SeriesStore;
import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.booking.domain.series.Cadence;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.booking.domain.series.SeriesVisit;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Series in {@code booking.series} with their visits; the door number and contact name encrypted with the field cipher. */
@Repository
class JdbiSeriesStore implements SeriesStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, customer_id, items, district, community_id, latitude, longitude, address_detail, "
            + "contact_name, requirements, preferred_worker_id, cadence, weekdays, first_date, start_minute, visits, status, created_at, version, "
            + "free_cancel_minutes, late_fee_bp, min_late_fee_fen, worker_change_minutes, payment_window_minutes, plan_from, plan_before, "
            + "plan_replaced";

    private final Jdbi jdbi;
    private final FieldCipher cipher;

    JdbiSeriesStore(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public void insert(Series s) {
        jdbi.useHandle(h -> {
            h.createUpdate("INSERT INTO booking.series (" + COLUMNS + ") VALUES (:id, :customer, :items, :district, :community, :lat, :lng, "
                            + ":address, :contact, :requirements, :worker, :cadence, :weekdays, :first, :minute, :visits, :status, :created, 0, "
                            + ":freeCancel, :lateFee, :minFee, :workerChange, :paymentWindow, :planFrom, :planBefore, :planReplaced)")
                    .bind("id", s.id()).bind("customer", s.customerId())
                    .bind("items", JSON.writeValueAsString(s.items().stream().map(l -> Map.of("itemId", l.itemId().toString(),
                            "options", l.options())).toList()))
                    .bind("district", s.district().value()).bind("community", s.communityId().orElse(null))
                    .bind("lat", s.point().map(GeoPoint::latitude).orElse(null)).bind("lng", s.point().map(GeoPoint::longitude).orElse(null))
                    .bind("address", cipher.encrypt(s.addressDetail())).bind("contact", cipher.encrypt(s.contactName()))
                    .bind("requirements", s.requirements()).bind("worker", s.preferredWorkerId().orElse(null))
                    .bind("cadence", s.cadence().kind().name())
                    .bind("weekdays", weekdays(s.cadence()))
                    .bind("first", s.firstDate()).bind("minute", s.startTime().getHour() * 60 + s.startTime().getMinute())
                    .bind("visits", s.visits().orElse(null)).bind("status", s.status().name()).bind("created", s.createdAt())
                    .bind("freeCancel", s.policy().map(p -> (int) p.freeCancelBefore().toMinutes()).orElse(null))
                    .bind("lateFee", s.policy().map(OrderPolicy::lateFeeBasisPoints).orElse(null))
                    .bind("minFee", s.policy().map(OrderPolicy::minimumLateFeeFen).orElse(null))
                    .bind("workerChange", s.policy().map(p -> (int) p.workerChangeBefore().toMinutes()).orElse(null))
                    .bind("paymentWindow", s.policy().map(p -> (int) p.paymentWindow().toMinutes()).orElse(null))
                    .bind("planFrom", s.plan().from()).bind("planBefore", s.plan().before()).bind("planReplaced", s.plan().replaced())
                    .execute();
            writeVisits(h, s);
        });
    }

    @Override
    public boolean update(Series s) {
        return jdbi.withHandle(h -> {
            int updated = h.createUpdate("UPDATE booking.series SET status = :status, preferred_worker_id = :worker, cadence = :cadence, "
                            + "weekdays = :weekdays, start_minute = :minute, plan_from = :planFrom, plan_before = :planBefore, "
                            + "plan_replaced = :planReplaced, version = version + 1 WHERE id = :id AND version = :v")
                    .bind("status", s.status().name()).bind("worker", s.preferredWorkerId().orElse(null))
                    .bind("cadence", s.cadence().kind().name()).bind("weekdays", weekdays(s.cadence()))
                    .bind("minute", s.startTime().getHour() * 60 + s.startTime().getMinute())
                    .bind("planFrom", s.plan().from()).bind("planBefore", s.plan().before()).bind("planReplaced", s.plan().replaced())
                    .bind("id", s.id()).bind("v", s.version()).execute();
            if (updated != 1) {
                return false;
            }
            writeVisits(h, s);
            return true;
        });
    }

    private static String weekdays(Cadence cadence) {
        return cadence.weekdays().stream().map(d -> Integer.toString(d.getValue())).sorted().collect(Collectors.joining(","));
    }

    private static void writeVisits(Handle h, Series s) {
        for (SeriesVisit v : s.planned()) {
            int changed = h.createUpdate("UPDATE booking.series_visit SET starts_at = :start, status = :status, order_id = :order "
                            + "WHERE series_id = :id AND seq = :seq")
                    .bind("start", v.start()).bind("status", v.status().name()).bind("order", v.orderId().orElse(null))
                    .bind("id", s.id()).bind("seq", v.seq()).execute();
            if (changed == 0) {
                h.createUpdate("INSERT INTO booking.series_visit (series_id, seq, starts_at, status, order_id) "
                                + "VALUES (:id, :seq, :start, :status, :order)")
                        .bind("id", s.id()).bind("seq", v.seq()).bind("start", v.start()).bind("status", v.status().name())
                        .bind("order", v.orderId().orElse(null)).execute();
            }
        }
    }

    @Override
    public Optional<Series> find(UUID seriesId) {
        return jdbi.withHandle(h -> load(h, h.createQuery("SELECT " + COLUMNS + " FROM booking.series WHERE id = :id").bind("id", seriesId)
                .map((rs, ctx) -> row(rs)).list()).stream().findFirst());
    }

    @Override
    public Optional<UUID> ofOrder(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT series_id FROM booking.series_visit WHERE order_id = :order")
                .bind("order", orderId).mapTo(UUID.class).findFirst());
    }

    @Override
    public Page<Series> ofCustomer(UUID customerId, PageRequest page) {
        return page("WHERE customer_id = :who", customerId, page);
    }

    @Override
    public Page<Series> ofWorker(UUID workerId, PageRequest page) {
        return page("WHERE preferred_worker_id = :who AND status <> 'CANCELLED'", workerId, page);
    }

    private Page<Series> page(String where, UUID who, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM booking.series " + where).bind("who", who).mapTo(Long.class).one();
            List<Series> items = load(h, h.createQuery("SELECT " + COLUMNS + " FROM booking.series " + where
                            + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset").bind("who", who).bind("limit", page.size())
                    .bind("offset", (long) page.page() * page.size()).map((rs, ctx) -> row(rs)).list());
            return Page.of(items, page, total);
        });
    }

    @Override
    public List<UUID> active(int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM booking.series WHERE status = 'ACTIVE' ORDER BY created_at, id "
                + "LIMIT :limit OFFSET :offset").bind("limit", limit).bind("offset", offset).mapTo(UUID.class).list());
    }

    private List<Series> load(Handle h, List<Series> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<SeriesVisit>> visits = new HashMap<>();
        h.createQuery("SELECT series_id, seq, starts_at, status, order_id FROM booking.series_visit WHERE series_id IN (<ids>) ORDER BY seq")
                .bindList("ids", rows.stream().map(Series::id).toList())
                .map((rs, ctx) -> visits.computeIfAbsent(rs.getObject("series_id", UUID.class), k -> new ArrayList<>())
                        .add(new SeriesVisit(rs.getInt("seq"), JdbiOrderStore.instant(rs, "starts_at"),
                                SeriesVisit.Status.valueOf(rs.getString("status")), Optional.ofNullable(rs.getObject("order_id", UUID.class)))))
                .list();
        return rows.stream().map(s -> new Series(s.id(), s.customerId(), s.items(), s.district(), s.communityId(), s.point(),
                s.addressDetail(), s.contactName(), s.requirements(), s.preferredWorkerId(), s.cadence(), s.firstDate(), s.startTime(),
                s.visits(), s.status(), visits.getOrDefault(s.id(), List.of()), s.createdAt(), s.version(), s.policy(), s.plan())).toList();
    }

    private Series row(ResultSet rs) throws SQLException {
        List<Map<String, Object>> lines = JSON.readValue(rs.getString("items"), new TypeReference<List<Map<String, Object>>>() { });
        @SuppressWarnings("unchecked")
        List<Series.Line> items = lines.stream().map(l -> new Series.Line(UUID.fromString((String) l.get("itemId")),
                (Map<String, Object>) l.getOrDefault("options", Map.of()))).toList();
        double lat = rs.getDouble("latitude");
        Optional<GeoPoint> point = rs.wasNull() ? Optional.empty() : Optional.of(new GeoPoint(lat, rs.getDouble("longitude")));
        String weekdays = rs.getString("weekdays");
        Cadence cadence = new Cadence(Cadence.Kind.valueOf(rs.getString("cadence")), weekdays.isEmpty() ? java.util.Set.of()
                : Arrays.stream(weekdays.split(",")).map(d -> DayOfWeek.of(Integer.parseInt(d))).collect(Collectors.toSet()));
        int minute = rs.getInt("start_minute");
        int visits = rs.getInt("visits");
        Optional<Integer> count = rs.wasNull() ? Optional.empty() : Optional.of(visits);
        return new Series(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class), items,
                new RegionCode(rs.getString("district")), Optional.ofNullable(rs.getObject("community_id", UUID.class)), point,
                cipher.decrypt(rs.getString("address_detail")), cipher.decrypt(rs.getString("contact_name")), rs.getString("requirements"),
                Optional.ofNullable(rs.getObject("preferred_worker_id", UUID.class)), cadence, rs.getObject("first_date", LocalDate.class),
                LocalTime.of(minute / 60, minute % 60), count, Series.Status.valueOf(rs.getString("status")), List.of(),
                JdbiOrderStore.instant(rs, "created_at"), rs.getInt("version"), policy(rs),
                new Series.Plan(rs.getObject("plan_from", LocalDate.class), rs.getInt("plan_before"), rs.getInt("plan_replaced")));
    }

    private static Optional<OrderPolicy> policy(ResultSet rs) throws SQLException {
        int freeCancel = rs.getInt("free_cancel_minutes");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new OrderPolicy(Duration.ofMinutes(freeCancel), rs.getInt("late_fee_bp"), rs.getLong("min_late_fee_fen"),
                Duration.ofMinutes(rs.getInt("worker_change_minutes")), Duration.ofMinutes(rs.getInt("payment_window_minutes"))));
    }
}
