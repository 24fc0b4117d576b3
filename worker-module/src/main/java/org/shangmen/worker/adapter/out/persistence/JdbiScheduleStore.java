package org.shangmen.worker.adapter.out.persistence;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.application.port.out.ScheduleStore;
import org.shangmen.worker.domain.MinuteWindow;
import org.shangmen.worker.domain.ScheduleException;
import org.shangmen.worker.domain.WeeklyHours;
import org.shangmen.persistence.Stamps;
import org.springframework.stereotype.Repository;

/**
 * Weekly hours, exceptions and bookings. Bulk reads take one query per kind whatever the number of
 * workers; a booking writes one row per quarter hour into {@code booked_cell}, whose primary key
 * (worker, cell) lets the database refuse any overlap.
 */
@Repository
class JdbiScheduleStore implements ScheduleStore {

    private static final Duration CELL = Duration.ofMinutes(15);
    /** A new stamp with every change to a worker's weekly hours, exceptions or bookings (read by {@link CalendarRead}). */
    private static final String STAMPS = "worker.calendar_stamp";
    private final Jdbi jdbi;
    private final Clock clock;

    JdbiScheduleStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void replaceWeeklyHours(UUID workerId, WeeklyHours hours) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM worker.weekly_hours WHERE worker_id = :id").bind("id", workerId).execute();
            var batch = h.prepareBatch("INSERT INTO worker.weekly_hours (worker_id, day_of_week, start_minute, end_minute) "
                    + "VALUES (:id, :day, :start, :end)");
            int rows = 0;
            for (var day : hours.days().entrySet()) {
                for (MinuteWindow w : day.getValue()) {
                    batch.bind("id", workerId).bind("day", day.getKey().getValue()).bind("start", w.start()).bind("end", w.end()).add();
                    rows++;
                }
            }
            if (rows > 0) {
                batch.execute();
            }
            Stamps.restamp(h, STAMPS, workerId);
        });
    }

    @Override
    public Map<UUID, WeeklyHours> weeklyHours(Collection<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<DayOfWeek, List<MinuteWindow>>> byWorker = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT worker_id, day_of_week, start_minute, end_minute FROM worker.weekly_hours "
                        + "WHERE worker_id IN (<ids>)")
                .bindList("ids", List.copyOf(workerIds))
                .map((rs, ctx) -> {
                    byWorker.computeIfAbsent(rs.getObject("worker_id", UUID.class), k -> new HashMap<>())
                            .computeIfAbsent(DayOfWeek.of(rs.getInt("day_of_week")), k -> new ArrayList<>())
                            .add(new MinuteWindow(rs.getInt("start_minute"), rs.getInt("end_minute")));
                    return 0;
                }).list());
        Map<UUID, WeeklyHours> result = new HashMap<>();
        byWorker.forEach((id, days) -> result.put(id, new WeeklyHours(days)));
        return result;
    }

    @Override
    public void insertException(UUID workerId, ScheduleException e) {
        jdbi.useHandle(h -> {
            h.createUpdate("INSERT INTO worker.schedule_exception (id, worker_id, local_date, kind, start_minute, "
                            + "end_minute, note) VALUES (:id, :worker, :date, :kind, :start, :end, :note)")
                    .bind("id", e.id()).bind("worker", workerId).bind("date", e.date()).bind("kind", e.kind().name())
                    .bind("start", e.window().start()).bind("end", e.window().end()).bind("note", e.note()).execute();
            Stamps.restamp(h, STAMPS, workerId);
        });
    }

    @Override
    public boolean deleteException(UUID workerId, UUID exceptionId) {
        return jdbi.withHandle(h -> {
            boolean deleted = h.createUpdate("DELETE FROM worker.schedule_exception WHERE id = :id AND worker_id = :worker")
                    .bind("id", exceptionId).bind("worker", workerId).execute() == 1;
            if (deleted) {
                Stamps.restamp(h, STAMPS, workerId);
            }
            return deleted;
        });
    }

    @Override
    public Map<UUID, List<ScheduleException>> exceptions(Collection<UUID> workerIds, LocalDate from, LocalDate to) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ScheduleException>> result = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT id, worker_id, local_date, kind, start_minute, end_minute, note "
                        + "FROM worker.schedule_exception WHERE worker_id IN (<ids>) AND local_date BETWEEN :from AND :to "
                        + "ORDER BY local_date, start_minute")
                .bindList("ids", List.copyOf(workerIds)).bind("from", from).bind("to", to)
                .map((rs, ctx) -> {
                    result.computeIfAbsent(rs.getObject("worker_id", UUID.class), k -> new ArrayList<>())
                            .add(new ScheduleException(rs.getObject("id", UUID.class), rs.getObject("local_date", LocalDate.class),
                                    ScheduleException.Kind.valueOf(rs.getString("kind")),
                                    new MinuteWindow(rs.getInt("start_minute"), rs.getInt("end_minute")), rs.getString("note")));
                    return 0;
                }).list());
        return result;
    }

    @Override
    public boolean book(Booking booking) {
        return jdbi.withHandle(h -> {
            int inserted = h.createUpdate("INSERT INTO worker.booking (order_id, worker_id, starts_at, ends_at, booked_at) "
                            + "VALUES (:order, :worker, :start, :end, :now) ON CONFLICT DO NOTHING")
                    .bind("order", booking.orderId()).bind("worker", booking.workerId()).bind("start", booking.time().start())
                    .bind("end", booking.time().end()).bind("now", clock.instant()).execute();
            if (inserted == 0) {
                return false;
            }
            var cells = h.prepareBatch("INSERT INTO worker.booked_cell (worker_id, cell_start, order_id) "
                    + "VALUES (:worker, :cell, :order) ON CONFLICT DO NOTHING");
            int expected = 0;
            for (Instant cell = booking.time().start(); cell.isBefore(booking.time().end()); cell = cell.plus(CELL)) {
                cells.bind("worker", booking.workerId()).bind("cell", cell).bind("order", booking.orderId()).add();
                expected++;
            }
            int stored = java.util.Arrays.stream(cells.execute()).map(n -> n < 0 ? 1 : n).sum();
            if (stored != expected) {
                release(booking.orderId());
                return false;
            }
            Stamps.restamp(h, STAMPS, booking.workerId());
            return true;
        });
    }

    @Override
    public Optional<Booking> booking(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT order_id, worker_id, starts_at, ends_at FROM worker.booking WHERE order_id = :id")
                .bind("id", orderId)
                .map((rs, ctx) -> new Booking(rs.getObject("order_id", UUID.class), rs.getObject("worker_id", UUID.class),
                        new TimeRange(rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                                rs.getObject("ends_at", OffsetDateTime.class).toInstant())))
                .findOne());
    }

    @Override
    public void release(UUID orderId) {
        jdbi.useHandle(h -> {
            // A worker without a stamp is read on every search, so only a stamp already there needs changing.
            h.createUpdate("UPDATE " + STAMPS + " SET stamp = :stamp WHERE worker_id = "
                            + "(SELECT worker_id FROM worker.booking WHERE order_id = :id)")
                    .bind("stamp", Stamps.next()).bind("id", orderId).execute();
            h.createUpdate("DELETE FROM worker.booked_cell WHERE order_id = :id").bind("id", orderId).execute();
            h.createUpdate("DELETE FROM worker.booking WHERE order_id = :id").bind("id", orderId).execute();
        });
    }

    @Override
    public java.util.Set<UUID> busy(Collection<UUID> workerIds, TimeRange range) {
        if (workerIds.isEmpty()) {
            return java.util.Set.of();
        }
        return jdbi.withHandle(h -> java.util.Set.copyOf(h.createQuery("SELECT DISTINCT worker_id FROM worker.booking "
                        + "WHERE worker_id IN (<ids>) AND ends_at > :start AND starts_at < :end")
                .bindList("ids", List.copyOf(workerIds)).bind("start", range.start()).bind("end", range.end())
                .mapTo(UUID.class).list()));
    }

    @Override
    public java.util.Set<UUID> onLeave(Collection<UUID> workerIds, LocalDate from, LocalDate to) {
        if (workerIds.isEmpty()) {
            return java.util.Set.of();
        }
        return jdbi.withHandle(h -> java.util.Set.copyOf(h.createQuery("SELECT DISTINCT worker_id FROM worker.schedule_exception "
                        + "WHERE worker_id IN (<ids>) AND kind = 'LEAVE' AND local_date BETWEEN :from AND :to")
                .bindList("ids", List.copyOf(workerIds)).bind("from", from).bind("to", to)
                .mapTo(UUID.class).list()));
    }

    @Override
    public boolean moveEnd(UUID orderId, Instant newEnd) {
        return jdbi.withHandle(h -> {
            Optional<Booking> found = booking(orderId);
            if (found.isEmpty() || !newEnd.isAfter(found.get().time().start())) {
                return false;
            }
            Booking b = found.get();
            h.createUpdate("DELETE FROM worker.booked_cell WHERE order_id = :order AND cell_start >= :end")
                    .bind("order", orderId).bind("end", newEnd).execute();
            if (newEnd.isAfter(b.time().end())) {
                var cells = h.prepareBatch("INSERT INTO worker.booked_cell (worker_id, cell_start, order_id) "
                        + "VALUES (:worker, :cell, :order) ON CONFLICT DO NOTHING");
                int expected = 0;
                for (Instant cell = b.time().end(); cell.isBefore(newEnd); cell = cell.plus(CELL)) {
                    cells.bind("worker", b.workerId()).bind("cell", cell).bind("order", orderId).add();
                    expected++;
                }
                int stored = java.util.Arrays.stream(cells.execute()).map(n -> n < 0 ? 1 : n).sum();
                if (stored != expected) {
                    h.createUpdate("DELETE FROM worker.booked_cell WHERE order_id = :order AND cell_start >= :end")
                            .bind("order", orderId).bind("end", b.time().end()).execute();
                    return false;
                }
            }
            h.createUpdate("UPDATE worker.booking SET ends_at = :end WHERE order_id = :order")
                    .bind("end", newEnd).bind("order", orderId).execute();
            Stamps.restamp(h, STAMPS, b.workerId());
            return true;
        });
    }

    @Override
    public Map<UUID, List<TimeRange>> booked(Collection<UUID> workerIds, TimeRange range) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<TimeRange>> result = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT worker_id, starts_at, ends_at FROM worker.booking WHERE worker_id IN (<ids>) "
                        + "AND ends_at > :start AND starts_at < :end ORDER BY starts_at")
                .bindList("ids", List.copyOf(workerIds)).bind("start", range.start()).bind("end", range.end())
                .map((rs, ctx) -> {
                    result.computeIfAbsent(rs.getObject("worker_id", UUID.class), k -> new ArrayList<>())
                            .add(new TimeRange(rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                                    rs.getObject("ends_at", OffsetDateTime.class).toInstant()));
                    return 0;
                }).list());
        return result;
    }

    @Override
    public Map<UUID, Stamped> eligibleCalendars(List<Need> needs, String district, Instant now, LocalDate today, LocalDate from,
                                                LocalDate to, TimeRange range, Collection<Long> known) {
        // The stamps known are those of the workers the same search found last time: as many as it will find again.
        return CalendarRead.eligible(jdbi, needs, district, now, today, from, to, range, known,
                known.size() >= CalendarRead.CUSTOM_PLAN_FROM);
    }

    @Override
    public List<Booking> bookingsOf(UUID workerId, TimeRange range) {
        return jdbi.withHandle(h -> h.createQuery("SELECT order_id, worker_id, starts_at, ends_at FROM worker.booking "
                        + "WHERE worker_id = :id AND ends_at > :start AND starts_at < :end ORDER BY starts_at")
                .bind("id", workerId).bind("start", range.start()).bind("end", range.end())
                .map((rs, ctx) -> new Booking(rs.getObject("order_id", UUID.class), rs.getObject("worker_id", UUID.class),
                        new TimeRange(rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                                rs.getObject("ends_at", OffsetDateTime.class).toInstant())))
                .list());
    }
}
