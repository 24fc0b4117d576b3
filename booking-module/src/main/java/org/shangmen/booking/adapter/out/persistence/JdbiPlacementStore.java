package org.shangmen.booking.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.persistence.TransactionMemo;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.booking.domain.placement.Candidate;
import org.shangmen.booking.domain.placement.Contract;
import org.shangmen.booking.domain.placement.Instalment;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.booking.domain.placement.PlacementStatus;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Placements in three tables: the placement with its contract columns, its shortlist, its instalments. */
@Repository
class JdbiPlacementStore implements PlacementStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, customer_id, item_id, item_code, item_name, options, district, latitude, longitude, "
            + "starts_on, ends_on, live_in, status, worker_id, daily_price_fen, deposit_fen, payment_plan, rest_days_per_month, included, "
            + "trial_days, notice_days, early_end_fee_days, contracted_at, end_reason, created_at, version";

    /** The placements (and ids that are none) the current transaction has looked up; insert and update forget theirs. */
    private final TransactionMemo<UUID, Placement> read = new TransactionMemo<>();
    private final Jdbi jdbi;

    JdbiPlacementStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Placement p) {
        read.forget(p.id());
        jdbi.useHandle(h -> {
            h.createUpdate("INSERT INTO booking.placement (" + COLUMNS + ") VALUES (:id, :customer, :item, :itemCode, :itemName, :options, "
                            + ":district, :lat, :lng, :startsOn, :endsOn, :liveIn, :status, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                            + "NULL, NULL, NULL, :created, 0)")
                    .bind("id", p.id()).bind("customer", p.customerId()).bind("item", p.itemId()).bind("itemCode", p.itemCode())
                    .bind("itemName", p.itemName()).bind("options", JSON.writeValueAsString(p.options()))
                    .bind("district", p.district().value())
                    .bind("lat", p.point().map(GeoPoint::latitude).orElse(null)).bind("lng", p.point().map(GeoPoint::longitude).orElse(null))
                    .bind("startsOn", p.startsOn()).bind("endsOn", p.endsOn()).bind("liveIn", p.liveIn()).bind("status", p.status().name())
                    .bind("created", p.createdAt()).execute();
            for (Candidate c : p.candidates()) {
                h.createUpdate("INSERT INTO booking.placement_candidate (placement_id, worker_id, interview_at, interview_mode, status, "
                                + "answered_at) VALUES (:p, :w, :at, :mode, :status, :answered)")
                        .bind("p", p.id()).bind("w", c.workerId()).bind("at", c.interviewAt()).bind("mode", c.mode().name())
                        .bind("status", c.status().name()).bind("answered", c.answeredAt().orElse(null)).execute();
            }
        });
    }

    @Override
    public boolean update(Placement p) {
        read.forget(p.id());
        return jdbi.withHandle(h -> {
            Optional<Contract> c = p.contract();
            int updated = h.createUpdate("UPDATE booking.placement SET ends_on = :endsOn, status = :status, worker_id = :worker, "
                            + "daily_price_fen = :daily, deposit_fen = :deposit, payment_plan = :plan, rest_days_per_month = :rest, "
                            + "included = :included, trial_days = :trial, notice_days = :notice, early_end_fee_days = :fee, "
                            + "contracted_at = :signed, end_reason = :reason, version = version + 1 WHERE id = :id AND version = :version")
                    .bind("endsOn", p.endsOn()).bind("status", p.status().name()).bind("worker", p.workerId().orElse(null))
                    .bind("daily", c.map(Contract::dailyPriceFen).orElse(null)).bind("deposit", c.map(Contract::depositFen).orElse(null))
                    .bind("plan", c.map(x -> x.plan().name()).orElse(null)).bind("rest", c.map(Contract::restDaysPerMonth).orElse(null))
                    .bind("included", c.map(x -> JSON.writeValueAsString(x.included())).orElse(null))
                    .bind("trial", c.map(Contract::trialDays).orElse(null)).bind("notice", c.map(Contract::noticeDays).orElse(null))
                    .bind("fee", c.map(Contract::earlyEndFeeDays).orElse(null)).bind("signed", c.map(Contract::signedAt).orElse(null))
                    .bind("reason", p.endReason().orElse(null)).bind("id", p.id()).bind("version", p.version()).execute();
            if (updated != 1) {
                return false;
            }
            for (Candidate x : p.candidates()) {
                h.createUpdate("UPDATE booking.placement_candidate SET status = :status, answered_at = :answered "
                                + "WHERE placement_id = :p AND worker_id = :w")
                        .bind("status", x.status().name()).bind("answered", x.answeredAt().orElse(null)).bind("p", p.id())
                        .bind("w", x.workerId()).execute();
            }
            for (Instalment i : p.instalments()) {
                int changed = h.createUpdate("UPDATE booking.placement_instalment SET period_end = :end, amount_fen = :amount, "
                                + "settled_fen = :earned, status = :status, payment_reference = :ref, paid_at = :paidAt WHERE id = :id")
                        .bind("end", i.periodEnd()).bind("amount", i.amountFen()).bind("earned", i.earnedFen()).bind("status", i.status().name())
                        .bind("ref", i.paymentReference().orElse(null)).bind("paidAt", i.paidAt().orElse(null)).bind("id", i.id()).execute();
                if (changed == 0) {
                    h.createUpdate("INSERT INTO booking.placement_instalment (id, placement_id, seq, kind, period_start, period_end, "
                                    + "amount_fen, status, payment_reference, paid_at, settled_fen) VALUES (:id, :p, :seq, :kind, :start, :end, "
                                    + ":amount, :status, :ref, :paidAt, :earned)")
                            .bind("id", i.id()).bind("p", p.id()).bind("seq", i.seq()).bind("kind", i.kind().name())
                            .bind("start", i.periodStart()).bind("end", i.periodEnd()).bind("amount", i.amountFen())
                            .bind("status", i.status().name()).bind("ref", i.paymentReference().orElse(null))
                            .bind("paidAt", i.paidAt().orElse(null)).bind("earned", i.earnedFen()).execute();
                }
            }
            return true;
        });
    }

    @Override
    public Optional<Placement> find(UUID placementId) {
        // Payments ask first whether the id they carry is a placement's (most are orders'): once a transaction.
        return read.find(placementId, id -> jdbi.withHandle(h -> load(h, h.createQuery("SELECT " + COLUMNS
                + " FROM booking.placement WHERE id = :id").bind("id", id).map((rs, ctx) -> row(rs)).list()).stream().findFirst()));
    }

    @Override
    public boolean hasPayment(String paymentReference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM booking.placement_instalment WHERE payment_reference = :ref")
                .bind("ref", paymentReference).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public Page<Placement> ofCustomer(UUID customerId, PageRequest page) {
        return page("WHERE customer_id = :who", customerId, page);
    }

    @Override
    public Page<Placement> ofWorker(UUID workerId, PageRequest page) {
        return page("WHERE worker_id = :who OR id IN (SELECT placement_id FROM booking.placement_candidate WHERE worker_id = :who)",
                workerId, page);
    }

    private Page<Placement> page(String where, UUID who, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM booking.placement " + where).bind("who", who).mapTo(Long.class).one();
            List<Placement> items = load(h, h.createQuery("SELECT " + COLUMNS + " FROM booking.placement " + where
                            + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                    .bind("who", who).bind("limit", page.size()).bind("offset", (long) page.page() * page.size())
                    .map((rs, ctx) -> row(rs)).list());
            return Page.of(items, page, total);
        });
    }

    @Override
    public List<UUID> dueForSettlement(LocalDate today, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM booking.placement p WHERE status = 'ACTIVE' AND (ends_on <= :today "
                        + "OR EXISTS (SELECT 1 FROM booking.placement_instalment i WHERE i.placement_id = p.id AND i.status = 'PAID' "
                        + "AND i.kind <> 'DEPOSIT' AND i.period_end <= :today)) ORDER BY ends_on, id LIMIT :limit")
                .bind("today", today).bind("limit", limit).mapTo(UUID.class).list());
    }

    /** A placement row before its shortlist and instalments are attached. */
    private record Row(Placement placement) {
    }

    private List<Placement> load(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.placement().id()).toList();
        Map<UUID, List<Candidate>> candidates = new HashMap<>();
        h.createQuery("SELECT placement_id, worker_id, interview_at, interview_mode, status, answered_at FROM booking.placement_candidate "
                        + "WHERE placement_id IN (<ids>) ORDER BY interview_at, worker_id").bindList("ids", ids)
                .map((rs, ctx) -> candidates.computeIfAbsent(rs.getObject("placement_id", UUID.class), k -> new ArrayList<>())
                        .add(new Candidate(rs.getObject("worker_id", UUID.class), JdbiOrderStore.instant(rs, "interview_at"),
                                Candidate.InterviewMode.valueOf(rs.getString("interview_mode")), Candidate.Status.valueOf(rs.getString("status")),
                                JdbiOrderStore.optionalInstant(rs, "answered_at")))).list();
        Map<UUID, List<Instalment>> instalments = new HashMap<>();
        h.createQuery("SELECT id, placement_id, seq, kind, period_start, period_end, amount_fen, settled_fen, status, payment_reference, "
                        + "paid_at FROM booking.placement_instalment WHERE placement_id IN (<ids>) ORDER BY seq").bindList("ids", ids)
                .map((rs, ctx) -> instalments.computeIfAbsent(rs.getObject("placement_id", UUID.class), k -> new ArrayList<>())
                        .add(new Instalment(rs.getObject("id", UUID.class), rs.getInt("seq"), Instalment.Kind.valueOf(rs.getString("kind")),
                                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                                rs.getLong("amount_fen"), rs.getLong("settled_fen"), Instalment.Status.valueOf(rs.getString("status")),
                                Optional.ofNullable(rs.getString("payment_reference")), JdbiOrderStore.optionalInstant(rs, "paid_at")))).list();
        return rows.stream().map(r -> {
            Placement p = r.placement();
            return new Placement(p.id(), p.customerId(), p.itemId(), p.itemCode(), p.itemName(), p.options(), p.district(), p.point(),
                    p.startsOn(), p.endsOn(), p.liveIn(), p.status(), p.workerId(), candidates.getOrDefault(p.id(), List.of()), p.contract(),
                    instalments.getOrDefault(p.id(), List.of()), p.endReason(), p.createdAt(), p.version());
        }).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Optional<Contract> contract = Optional.empty();
        if (rs.getString("payment_plan") != null) {
            contract = Optional.of(new Contract(rs.getLong("daily_price_fen"), rs.getLong("deposit_fen"),
                    Contract.PaymentPlan.valueOf(rs.getString("payment_plan")), rs.getInt("rest_days_per_month"),
                    Arrays.asList(JSON.readValue(rs.getString("included"), String[].class)), rs.getInt("trial_days"), rs.getInt("notice_days"),
                    rs.getInt("early_end_fee_days"), JdbiOrderStore.instant(rs, "contracted_at")));
        }
        double lat = rs.getDouble("latitude");
        Optional<GeoPoint> point = rs.wasNull() ? Optional.empty() : Optional.of(new GeoPoint(lat, rs.getDouble("longitude")));
        Map<String, Object> options = JSON.readValue(rs.getString("options"), new TypeReference<Map<String, Object>>() { });
        return new Row(new Placement(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getString("item_code"), rs.getString("item_name"), options, new RegionCode(rs.getString("district")), point,
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getBoolean("live_in"),
                PlacementStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getObject("worker_id", UUID.class)), List.of(),
                contract, List.of(), Optional.ofNullable(rs.getString("end_reason")), JdbiOrderStore.instant(rs, "created_at"),
                rs.getInt("version")));
    }
}
