package org.shangmen.booking.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderDiscounts;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching.Need;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.RejectionReason;
import org.shangmen.booking.application.port.in.QuoteBasket.BasketLine;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.booking.domain.Progress;
import org.shangmen.booking.domain.Order.Transition;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.persistence.TransactionMemo;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders in {@code booking.customer_order}; the door number and contact name are encrypted with the field cipher.
 * Within one transaction an order is read once ({@link #READ}), however many ports ask for it.
 */
@Repository
class JdbiOrderStore implements OrderStore {

    /** The orders the current transaction has read; every write to an order's row here or in {@link JdbiOrderPrivacyStore} forgets it. */
    static final TransactionMemo<UUID, Order> READ = new TransactionMemo<>();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, customer_id, status, district_code, community_id, latitude, longitude, address_detail, "
            + "contact_name, starts_at, ends_at, asap, lines_json, needs_json, subtotal_fen, discount_fen, total_fen, estimated_minutes, "
            + "requirements, preferred_worker_id, worker_id, cancel_reason, created_at, version, free_cancel_minutes, late_fee_bp, "
            + "min_late_fee_fen, worker_change_minutes, payment_window_minutes, service_code, payment_deadline, paid_fen, add_ons_fen, "
            + "checked_in_at, checked_out_at, check_in_distance";

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final Clock clock;

    JdbiOrderStore(Jdbi jdbi, FieldCipher cipher, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public void insert(Order order, List<BasketLine> basket, Optional<String> idempotencyKey, String requestHash) {
        READ.forget(order.id());
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO booking.customer_order (" + COLUMNS + ", basket_json, idempotency_key, "
                            + "request_hash, updated_at) VALUES (:id, :customer, :status, :district, :community, :lat, :lng, :address, "
                            + ":contact, :start, :end, :asap, :lines, :needs, :subtotal, :discount, :total, :minutes, :requirements, "
                            + ":preferred, :worker, :cancel, :created, :version, :freeCancel, :lateFee, :minFee, :workerChange, :paymentWindow, "
                            + ":code, :deadline, :paid, :addOns, :checkedIn, :checkedOut, :distance, :basket, :key, :hash, :created)")
                    .bindMap(lifecycle(order))
                    .bind("id", order.id()).bind("customer", order.customerId()).bind("status", order.status().name())
                    .bind("district", order.district().value()).bind("community", order.communityId().orElse(null))
                    .bind("lat", order.place().latitude()).bind("lng", order.place().longitude())
                    .bind("address", cipher.encrypt(order.addressDetail())).bind("contact", cipher.encrypt(order.contactName()))
                    .bind("start", order.time().start()).bind("end", order.time().end()).bind("asap", order.asap())
                    .bind("lines", JSON.writeValueAsString(order.lines())).bind("needs", JSON.writeValueAsString(order.needs()))
                    .bind("subtotal", order.subtotalFen()).bind("discount", order.discountFen()).bind("total", order.totalFen())
                    .bind("minutes", order.estimatedMinutes()).bind("requirements", order.requirements())
                    .bind("preferred", order.preferredWorkerId().orElse(null)).bind("worker", order.workerId().orElse(null))
                    .bind("cancel", order.cancelReason().orElse(null)).bind("created", order.createdAt()).bind("version", order.version())
                    .bind("basket", JSON.writeValueAsString(basket)).bind("key", idempotencyKey.orElse(null)).bind("hash", requestHash)
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState()) && idempotencyKey.isPresent()) {
                throw new DuplicateSubmission();
            }
            throw e;
        }
    }

    @Override
    public Optional<Order> find(UUID orderId) {
        return READ.find(orderId, id -> jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.customer_order WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> order(rs)).findOne()));
    }

    @Override
    public List<Order> findAll(java.util.Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        List<Order> found = jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM booking.customer_order WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(orderIds)).map((rs, ctx) -> order(rs)).list());
        found.forEach(o -> READ.remember(o.id(), o));
        return found;
    }

    @Override
    public Optional<Submission> findByKey(UUID customerId, String idempotencyKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, request_hash FROM booking.customer_order "
                        + "WHERE customer_id = :customer AND idempotency_key = :key")
                .bind("customer", customerId).bind("key", idempotencyKey)
                .map((rs, ctx) -> new Submission(rs.getObject("id", UUID.class), rs.getString("request_hash"))).findOne());
    }

    @Override
    public boolean update(Order next) {
        READ.forget(next.id());
        return jdbi.withHandle(h -> h.createUpdate("UPDATE booking.customer_order SET status = :status, worker_id = :worker, "
                        + "cancel_reason = :cancel, starts_at = :start, ends_at = :end, updated_at = :now, version = :version, "
                        + "payment_deadline = :deadline, paid_fen = :paid, add_ons_fen = :addOns, checked_in_at = :checkedIn, "
                        + "checked_out_at = :checkedOut, check_in_distance = :distance WHERE id = :id AND version = :previous")
                .bindMap(progress(next))
                .bind("status", next.status().name()).bind("worker", next.workerId().orElse(null))
                .bind("cancel", next.cancelReason().orElse(null)).bind("start", next.time().start()).bind("end", next.time().end())
                .bind("now", clock.instant()).bind("version", next.version()).bind("id", next.id()).bind("previous", next.version() - 1)
                .execute()) == 1;
    }

    @Override
    public void record(Transition t) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO booking.order_transition (id, order_id, from_status, to_status, actor_kind, "
                        + "actor_id, reason, at) VALUES (:id, :order, :from, :to, :kind, :actor, :reason, :at)")
                .bind("id", Ids.newId(clock)).bind("order", t.orderId()).bind("from", t.from().map(Enum::name).orElse(null))
                .bind("to", t.to().name()).bind("kind", t.actor().kind().name()).bind("actor", t.actor().id().orElse(null))
                .bind("reason", t.reason().length() > 200 ? t.reason().substring(0, 200) : t.reason()).bind("at", t.at()).execute());
    }

    @Override
    public List<Transition> history(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT order_id, from_status, to_status, actor_kind, actor_id, reason, at "
                        + "FROM booking.order_transition WHERE order_id = :order ORDER BY at, id")
                .bind("order", orderId)
                .map((rs, ctx) -> new Transition(rs.getObject("order_id", UUID.class),
                        Optional.ofNullable(rs.getString("from_status")).map(OrderStatus::valueOf), OrderStatus.valueOf(rs.getString("to_status")),
                        new Actor(Actor.Kind.valueOf(rs.getString("actor_kind")), Optional.ofNullable(rs.getObject("actor_id", UUID.class))),
                        rs.getString("reason"), instant(rs, "at")))
                .list());
    }

    @Override
    public void insertDiscounts(UUID orderId, List<OrderDiscounts.Discount> discounts) {
        if (discounts.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            var batch = h.prepareBatch("INSERT INTO booking.order_discount (order_id, position, kind, source_id, label, amount_fen) "
                    + "VALUES (:order, :position, :kind, :source, :label, :amount)");
            for (int i = 0; i < discounts.size(); i++) {
                OrderDiscounts.Discount d = discounts.get(i);
                batch.bind("order", orderId).bind("position", i).bind("kind", d.kind()).bind("source", d.sourceId())
                        .bind("label", d.label()).bind("amount", d.amountFen()).add();
            }
            batch.execute();
        });
    }

    @Override
    public List<OrderDiscounts.Discount> discounts(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT kind, source_id, label, amount_fen FROM booking.order_discount "
                        + "WHERE order_id = :order ORDER BY position")
                .bind("order", orderId)
                .map((rs, ctx) -> new OrderDiscounts.Discount(rs.getString("kind"), rs.getObject("source_id", UUID.class),
                        rs.getString("label"), rs.getLong("amount_fen")))
                .list());
    }

    @Override
    public boolean hasOrders(UUID customerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 1 FROM booking.customer_order WHERE customer_id = :customer "
                        + "AND status <> 'CANCELLED' LIMIT 1")
                .bind("customer", customerId).mapTo(Integer.class).findOne()).isPresent();
    }

    @Override
    public List<BasketLine> basket(UUID orderId) {
        String json = jdbi.withHandle(h -> h.createQuery("SELECT basket_json FROM booking.customer_order WHERE id = :id")
                .bind("id", orderId).mapTo(String.class).one());
        return JSON.readValue(json, new TypeReference<List<BasketLine>>() { });
    }

    @Override
    public void noteRejection(UUID orderId, UUID workerId, RejectionReason reason, Optional<String> note, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO booking.order_rejection (order_id, worker_id, reason, note, at) "
                        + "VALUES (:order, :worker, :reason, :note, :at) ON CONFLICT DO NOTHING")
                .bind("order", orderId).bind("worker", workerId).bind("reason", reason.name()).bind("note", note.orElse(null))
                .bind("at", at).execute());
    }

    @Override
    public List<Rejection> rejections(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT worker_id, reason, note, at FROM booking.order_rejection "
                        + "WHERE order_id = :order ORDER BY at, worker_id")
                .bind("order", orderId)
                .map((rs, ctx) -> new Rejection(rs.getObject("worker_id", UUID.class), RejectionReason.valueOf(rs.getString("reason")),
                        Optional.ofNullable(rs.getString("note")), instant(rs, "at")))
                .list());
    }

    @Override
    public void saveAlternatives(UUID orderId, List<Instant> starts) {
        READ.forget(orderId);
        jdbi.useHandle(h -> h.createUpdate("UPDATE booking.customer_order SET alternatives = :alternatives WHERE id = :id")
                .bind("alternatives", String.join(",", starts.stream().map(Instant::toString).toList())).bind("id", orderId).execute());
    }

    @Override
    public List<Instant> alternatives(UUID orderId) {
        String stored = jdbi.withHandle(h -> h.createQuery("SELECT alternatives FROM booking.customer_order WHERE id = :id")
                .bind("id", orderId).mapTo(String.class).findOne().orElse(null));
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(Instant::parse).toList();
    }

    /**
     * One {@code UNION ALL} over the four tables, each part tagged: T transitions (by time, then id), R
     * refusals (by time, then worker), D discounts (by position), A the other start times.
     */
    @Override
    public OrderRecord detailOf(UUID orderId) {
        String none = "CAST(NULL AS VARCHAR(200))";
        String noTime = "CAST(NULL AS TIMESTAMP WITH TIME ZONE)";
        String sql = "SELECT 'T' AS k, t.from_status AS s1, t.to_status AS s2, t.actor_kind AS s3, t.reason AS s4, t.actor_id AS u, "
                + "t.at AS at, CAST(NULL AS BIGINT) AS n, CAST(NULL AS INT) AS p, t.id AS sk FROM booking.order_transition t "
                + "WHERE t.order_id = :order "
                + "UNION ALL SELECT 'R', r.reason, r.note, " + none + ", " + none + ", r.worker_id, r.at, CAST(NULL AS BIGINT), CAST(NULL AS INT), r.worker_id "
                + "FROM booking.order_rejection r WHERE r.order_id = :order "
                + "UNION ALL SELECT 'D', d.kind, d.label, " + none + ", " + none + ", d.source_id, " + noTime + ", d.amount_fen, "
                + "d.position, CAST(NULL AS UUID) FROM booking.order_discount d WHERE d.order_id = :order "
                + "UNION ALL SELECT 'A', CAST(o.alternatives AS VARCHAR(2000)), " + none + ", " + none + ", " + none + ", CAST(NULL AS UUID), "
                + noTime + ", CAST(NULL AS BIGINT), CAST(NULL AS INT), CAST(NULL AS UUID) FROM booking.customer_order o WHERE o.id = :order "
                + "ORDER BY k, at, p, sk";
        List<Rejection> rejections = new ArrayList<>();
        List<Transition> history = new ArrayList<>();
        List<Instant> alternatives = new ArrayList<>();
        List<OrderDiscounts.Discount> discounts = new ArrayList<>();
        jdbi.useHandle(h -> h.createQuery(sql).bind("order", orderId).map((rs, ctx) -> {
            switch (rs.getString("k")) {
                case "T" -> history.add(new Transition(orderId, Optional.ofNullable(rs.getString("s1")).map(OrderStatus::valueOf),
                        OrderStatus.valueOf(rs.getString("s2")),
                        new Actor(Actor.Kind.valueOf(rs.getString("s3")), Optional.ofNullable(rs.getObject("u", UUID.class))),
                        rs.getString("s4"), instant(rs, "at")));
                case "R" -> rejections.add(new Rejection(rs.getObject("u", UUID.class), RejectionReason.valueOf(rs.getString("s1")),
                        Optional.ofNullable(rs.getString("s2")), instant(rs, "at")));
                case "D" -> discounts.add(new OrderDiscounts.Discount(rs.getString("s1"), rs.getObject("u", UUID.class), rs.getString("s2"),
                        rs.getLong("n")));
                default -> {
                    String stored = rs.getString("s1");
                    if (stored != null && !stored.isBlank()) {
                        Arrays.stream(stored.split(",")).map(Instant::parse).forEach(alternatives::add);
                    }
                }
            }
            return 0;
        }).forEach(x -> { }));
        return new OrderRecord(rejections, history, alternatives, discounts);
    }

    @Override
    public Page<Order> ofCustomer(UUID customerId, Optional<OrderStatus> status, PageRequest page) {
        String where = "WHERE customer_id = :customer" + (status.isPresent() ? " AND status = :status" : "");
        return jdbi.withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM booking.customer_order " + where).bind("customer", customerId);
            var rows = h.createQuery("SELECT " + COLUMNS + " FROM booking.customer_order " + where
                            + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                    .bind("customer", customerId).bind("limit", page.size()).bind("offset", page.offset());
            status.ifPresent(s -> {
                count.bind("status", s.name());
                rows.bind("status", s.name());
            });
            long total = count.mapTo(Long.class).one();
            return Page.of(rows.map((rs, ctx) -> order(rs)).list(), page, total);
        });
    }

    @Override
    public Optional<UUID> previousWorker(UUID customerId, UUID excludingOrder) {
        return jdbi.withHandle(h -> h.createQuery("SELECT worker_id FROM booking.customer_order WHERE customer_id = :customer "
                        + "AND id <> :order AND worker_id IS NOT NULL AND status IN ('PAID', 'IN_SERVICE', 'COMPLETED') "
                        + "ORDER BY starts_at DESC LIMIT 1")
                .bind("customer", customerId).bind("order", excludingOrder).mapTo(UUID.class).findOne());
    }

    @Override
    public java.util.Map<OrderStatus, Long> counts() {
        java.util.Map<OrderStatus, Long> counts = new java.util.EnumMap<>(OrderStatus.class);
        for (OrderStatus s : OrderStatus.values()) {
            counts.put(s, 0L);
        }
        jdbi.useHandle(h -> h.createQuery("SELECT status, COUNT(*) AS n FROM booking.customer_order GROUP BY status")
                .map((rs, ctx) -> java.util.Map.entry(OrderStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    @Override
    public Page<Order> byStatus(java.util.Set<OrderStatus> statuses, Optional<Instant> startedBefore, PageRequest page) {
        String where = "WHERE status IN (<statuses>)" + (startedBefore.isPresent() ? " AND starts_at < :before" : "");
        List<String> names = statuses.stream().map(Enum::name).sorted().toList();
        return jdbi.withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM booking.customer_order " + where).bindList("statuses", names);
            var rows = h.createQuery("SELECT " + COLUMNS + " FROM booking.customer_order " + where
                            + " ORDER BY starts_at, id LIMIT :limit OFFSET :offset")
                    .bindList("statuses", names).bind("limit", page.size()).bind("offset", page.offset());
            startedBefore.ifPresent(b -> {
                count.bind("before", b);
                rows.bind("before", b);
            });
            return Page.of(rows.map((rs, ctx) -> order(rs)).list(), page, count.mapTo(Long.class).one());
        });
    }

    @Override
    public boolean recordPayment(String reference, UUID orderId, long amountFen, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO booking.order_payment (reference, order_id, amount_fen, at) "
                        + "VALUES (:reference, :order, :amount, :at) ON CONFLICT DO NOTHING")
                .bind("reference", reference).bind("order", orderId).bind("amount", amountFen).bind("at", at).execute()) == 1;
    }

    @Override
    public List<UUID> overdue(Instant now, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM booking.customer_order WHERE status = 'AWAITING_PAYMENT' "
                        + "AND payment_deadline <= :now ORDER BY payment_deadline LIMIT :limit")
                .bind("now", now).bind("limit", limit).mapTo(UUID.class).list());
    }

    @Override
    public Page<Order> ofWorker(UUID workerId, Optional<OrderStatus> status, PageRequest page) {
        String where = "WHERE worker_id = :worker" + (status.isPresent() ? " AND status = :status" : "");
        return jdbi.withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM booking.customer_order " + where).bind("worker", workerId);
            var rows = h.createQuery("SELECT " + COLUMNS + " FROM booking.customer_order " + where
                            + " ORDER BY starts_at DESC, id DESC LIMIT :limit OFFSET :offset")
                    .bind("worker", workerId).bind("limit", page.size()).bind("offset", page.offset());
            status.ifPresent(s -> {
                count.bind("status", s.name());
                rows.bind("status", s.name());
            });
            return Page.of(rows.map((rs, ctx) -> order(rs)).list(), page, count.mapTo(Long.class).one());
        });
    }

    private static java.util.Map<String, Object> lifecycle(Order o) {
        java.util.Map<String, Object> values = progress(o);
        values.put("freeCancel", (int) o.policy().freeCancelBefore().toMinutes());
        values.put("lateFee", o.policy().lateFeeBasisPoints());
        values.put("minFee", o.policy().minimumLateFeeFen());
        values.put("workerChange", (int) o.policy().workerChangeBefore().toMinutes());
        values.put("paymentWindow", (int) o.policy().paymentWindow().toMinutes());
        values.put("code", o.serviceCode());
        return values;
    }

    private static java.util.Map<String, Object> progress(Order o) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("deadline", o.progress().paymentDeadline().map(JdbiOrderStore::utc).orElse(null));
        values.put("paid", o.progress().paidFen());
        values.put("addOns", o.progress().addOnsFen());
        values.put("checkedIn", o.progress().checkedInAt().map(JdbiOrderStore::utc).orElse(null));
        values.put("checkedOut", o.progress().checkedOutAt().map(JdbiOrderStore::utc).orElse(null));
        values.put("distance", o.progress().checkInDistanceMetres().orElse(null));
        return values;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private Order order(ResultSet rs) throws SQLException {
        return new Order(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class), OrderStatus.valueOf(rs.getString("status")),
                RegionCode.of(rs.getString("district_code")), Optional.ofNullable(rs.getObject("community_id", UUID.class)),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")), cipher.decrypt(rs.getString("address_detail")),
                cipher.decrypt(rs.getString("contact_name")), new TimeRange(instant(rs, "starts_at"), instant(rs, "ends_at")),
                rs.getBoolean("asap"), JSON.readValue(rs.getString("lines_json"), new TypeReference<List<QuotedItem>>() { }),
                JSON.readValue(rs.getString("needs_json"), new TypeReference<List<Need>>() { }), rs.getLong("subtotal_fen"),
                rs.getLong("discount_fen"), rs.getLong("total_fen"), rs.getInt("estimated_minutes"), rs.getString("requirements"),
                Optional.ofNullable(rs.getObject("preferred_worker_id", UUID.class)), Optional.ofNullable(rs.getObject("worker_id", UUID.class)),
                Optional.ofNullable(rs.getString("cancel_reason")),
                new OrderPolicy(java.time.Duration.ofMinutes(rs.getInt("free_cancel_minutes")), rs.getInt("late_fee_bp"),
                        rs.getLong("min_late_fee_fen"), java.time.Duration.ofMinutes(rs.getInt("worker_change_minutes")),
                        java.time.Duration.ofMinutes(rs.getInt("payment_window_minutes"))),
                rs.getString("service_code"),
                new Progress(optionalInstant(rs, "payment_deadline"), rs.getLong("paid_fen"), rs.getLong("add_ons_fen"),
                        optionalInstant(rs, "checked_in_at"), optionalInstant(rs, "checked_out_at"),
                        Optional.ofNullable(rs.getObject("check_in_distance", Long.class))),
                instant(rs, "created_at"), rs.getLong("version"));
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
