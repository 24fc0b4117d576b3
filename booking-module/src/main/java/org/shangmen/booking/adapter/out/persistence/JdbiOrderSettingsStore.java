package org.shangmen.booking.adapter.out.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.OrderSettingsStore;
import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.booking.domain.OrderSettings;
import org.shangmen.booking.domain.SlotRules;
import org.springframework.stereotype.Repository;

@Repository
class JdbiOrderSettingsStore implements OrderSettingsStore {

    private final Jdbi jdbi;

    JdbiOrderSettingsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<OrderSettings> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, version, free_cancel_minutes, late_fee_bp, min_late_fee_fen, "
                        + "worker_change_minutes, payment_window_minutes, minimum_notice_minutes, asap_notice_minutes, asap_horizon_minutes, "
                        + "travel_buffer_minutes, max_jobs_per_day, note, effective_from, created_by, created_at "
                        + "FROM booking.order_settings ORDER BY version")
                .map((rs, ctx) -> new OrderSettings(rs.getObject("id", UUID.class), rs.getInt("version"),
                        new OrderPolicy(minutes(rs.getInt("free_cancel_minutes")), rs.getInt("late_fee_bp"), rs.getLong("min_late_fee_fen"),
                                minutes(rs.getInt("worker_change_minutes")), minutes(rs.getInt("payment_window_minutes"))),
                        new SlotRules(minutes(rs.getInt("minimum_notice_minutes")), minutes(rs.getInt("asap_notice_minutes")),
                                minutes(rs.getInt("asap_horizon_minutes")), minutes(rs.getInt("travel_buffer_minutes")),
                                rs.getInt("max_jobs_per_day"), SlotRules.GRANULARITY),
                        rs.getString("note"), rs.getObject("effective_from", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("created_by", UUID.class)),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public boolean insert(OrderSettings s) {
        OrderPolicy p = s.policy();
        SlotRules r = s.slotRules();
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO booking.order_settings (id, version, free_cancel_minutes, late_fee_bp, "
                        + "min_late_fee_fen, worker_change_minutes, payment_window_minutes, minimum_notice_minutes, asap_notice_minutes, "
                        + "asap_horizon_minutes, travel_buffer_minutes, max_jobs_per_day, note, effective_from, created_by, created_at) "
                        + "VALUES (:id, :version, :freeCancel, :lateFee, :minFee, :workerChange, :payment, :notice, :asapNotice, :asapHorizon, "
                        + ":buffer, :cap, :note, :from, :by, :at) ON CONFLICT DO NOTHING")
                .bind("id", s.id()).bind("version", s.version()).bind("freeCancel", (int) p.freeCancelBefore().toMinutes())
                .bind("lateFee", p.lateFeeBasisPoints()).bind("minFee", p.minimumLateFeeFen())
                .bind("workerChange", (int) p.workerChangeBefore().toMinutes()).bind("payment", (int) p.paymentWindow().toMinutes())
                .bind("notice", (int) r.minimumNotice().toMinutes()).bind("asapNotice", (int) r.asapNotice().toMinutes())
                .bind("asapHorizon", (int) r.asapHorizon().toMinutes()).bind("buffer", (int) r.travelBuffer().toMinutes())
                .bind("cap", r.maxJobsPerDay()).bind("note", s.note()).bind("from", s.effectiveFrom())
                .bind("by", s.createdBy().orElse(null)).bind("at", s.createdAt()).execute() == 1);
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
