package org.shangmen.worker.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.application.port.in.ManageSchedule;
import org.shangmen.worker.application.port.out.ScheduleStore;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.shangmen.worker.domain.Availability;
import org.shangmen.worker.domain.BookingStanding;
import org.shangmen.worker.domain.ScheduleException;
import org.shangmen.worker.domain.WeeklyHours;
import org.shangmen.worker.domain.Worker;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Workers' calendars: their own view and edits, and the bulk reads and bookings other modules make. */
public class ScheduleService implements ManageSchedule, WorkerCalendar {

    public static final int MAX_CALENDAR_DAYS = 62;
    private static final Duration CELL = Duration.ofMinutes(15);

    private final ScheduleStore schedules;
    private final WorkerStore workers;
    private final Clock clock;
    private final CalendarCache cache;

    public ScheduleService(ScheduleStore schedules, WorkerStore workers, Clock clock) {
        this.schedules = schedules;
        this.workers = workers;
        this.clock = clock;
        this.cache = new CalendarCache(schedules, clock);
    }

    private Worker existing(UUID workerId) {
        return workers.find(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
    }

    @Override
    @Transactional
    public CalendarView setWeeklyHours(UUID workerId, WeeklyHours hours) {
        existing(workerId);
        schedules.replaceWeeklyHours(workerId, hours);
        LocalDate today = LocalDate.now(clock.withZone(zone(workerId)));
        return calendar(workerId, today, today.plusDays(13));
    }

    @Override
    @Transactional
    public CalendarView addException(UUID workerId, ScheduleException exception) {
        existing(workerId);
        LocalDate today = LocalDate.now(clock.withZone(zone(workerId)));
        if (exception.date().isBefore(today) || exception.date().isAfter(today.plusDays(180))) {
            throw DomainException.invalid("worker.exception-date-out-of-range");
        }
        schedules.insertException(workerId, exception);
        return calendar(workerId, exception.date(), exception.date().plusDays(6));
    }

    @Override
    @Transactional
    public CalendarView removeException(UUID workerId, UUID exceptionId) {
        if (!schedules.deleteException(workerId, exceptionId)) {
            throw DomainException.notFound("worker.exception-not-found");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone(workerId)));
        return calendar(workerId, today, today.plusDays(13));
    }

    @Override
    @Transactional(readOnly = true)
    public CalendarView calendar(UUID workerId, LocalDate from, LocalDate to) {
        existing(workerId);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_CALENDAR_DAYS) {
            throw DomainException.invalid("worker.calendar-range-invalid", MAX_CALENDAR_DAYS);
        }
        ZoneId zone = zone(workerId);
        TimeRange range = new TimeRange(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        WeeklyHours weekly = schedules.weeklyHours(Set.of(workerId)).getOrDefault(workerId, new WeeklyHours(Map.of()));
        List<ScheduleException> exceptions = schedules.exceptions(Set.of(workerId), from, to).getOrDefault(workerId, List.of());
        List<BookedTime> bookings = schedules.bookingsOf(workerId, range).stream()
                .map(b -> new BookedTime(b.orderId(), b.time())).toList();
        List<TimeRange> booked = bookings.stream().map(BookedTime::time).toList();
        return new CalendarView(zone.getId(), weekly, exceptions, bookings,
                Availability.freeTime(zone, weekly, exceptions, booked, range));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> eligibleWorkers(Skill skill, RegionCode district, Set<org.shangmen.worker.api.CertificateType> required) {
        return workers.eligible(skill.name(), district.value(), required.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                clock.instant(), LocalDate.now(clock.withZone(Zones.CHINA)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<TimeRange>> freeTime(Collection<UUID> workerIds, TimeRange range) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ZoneId> zones = workers.zones(workerIds);
        LocalDate from = range.start().atZone(Zones.CHINA).toLocalDate().minusDays(1);
        LocalDate to = range.end().atZone(Zones.CHINA).toLocalDate().plusDays(1);
        Map<UUID, WeeklyHours> weekly = schedules.weeklyHours(workerIds);
        Map<UUID, List<ScheduleException>> exceptions = schedules.exceptions(workerIds, from, to);
        Map<UUID, List<TimeRange>> booked = schedules.booked(workerIds, range);
        Map<UUID, List<TimeRange>> free = new HashMap<>();
        for (UUID id : workerIds) {
            free.put(id, Availability.freeTime(zones.getOrDefault(id, Zones.CHINA), weekly.getOrDefault(id, new WeeklyHours(Map.of())),
                    exceptions.getOrDefault(id, List.of()), booked.getOrDefault(id, List.of()), range));
        }
        return free;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<TimeRange>> eligibleFreeTime(List<Requirement> requirements, RegionCode district, TimeRange range) {
        if (requirements.isEmpty()) {
            return Map.of();
        }
        List<ScheduleStore.Need> needs = requirements.stream().map(r -> new ScheduleStore.Need(r.skill().name(),
                r.certificates().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()))).toList();
        return cache.eligibleFreeTime(needs, district.value(), range, this::freeTime);
    }

    /** Calendars this instance has read and computed for searches, rather than taken from memory. */
    public long calendarsRead() {
        return cache.calendarsRead();
    }

    @Override
    @Transactional
    public void book(UUID workerId, UUID orderId, TimeRange time) {
        BookingStanding standing = workers.bookingStandingForUpdate(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        if (!standing.mayTakeOrders(clock.instant())) {
            throw DomainException.rejected("worker.not-eligible");
        }
        if (!standing.takesNewOrders(clock.instant())) {
            throw DomainException.rejected("worker.resting");
        }
        TimeRange cells = new TimeRange(floor(time.start()), ceil(time.end()));
        if (!schedules.book(new ScheduleStore.Booking(orderId, workerId, cells))) {
            throw DomainException.conflict("worker.time-taken");
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdForBooking(UUID workerId) {
        // The row's lock alone: the booking that follows reads the worker (under the same lock) to check she may take orders.
        workers.lock(workerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> freeThroughout(Collection<UUID> workerIds, TimeRange span) {
        if (workerIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> busy = schedules.busy(workerIds, span);
        Set<UUID> away = schedules.onLeave(workerIds, span.start().atZone(Zones.CHINA).toLocalDate(),
                span.end().minusNanos(1).atZone(Zones.CHINA).toLocalDate());
        Set<UUID> free = new java.util.LinkedHashSet<>(workerIds);
        free.removeAll(busy);
        free.removeAll(away);
        return free;
    }

    @Override
    @Transactional
    public void moveEnd(UUID orderId, Instant newEnd) {
        ScheduleStore.Booking booking = schedules.booking(orderId).orElseThrow(() -> DomainException.notFound("worker.booking-not-found"));
        workers.lock(booking.workerId());
        if (!schedules.moveEnd(orderId, ceil(newEnd))) {
            throw DomainException.conflict("worker.time-taken");
        }
    }

    @Override
    @Transactional
    public void release(UUID orderId) {
        schedules.release(orderId);
    }

    private ZoneId zone(UUID workerId) {
        return workers.zones(Set.of(workerId)).getOrDefault(workerId, Zones.CHINA);
    }

    static Instant floor(Instant t) {
        long seconds = t.getEpochSecond();
        return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, CELL.toSeconds()));
    }

    static Instant ceil(Instant t) {
        Instant f = floor(t);
        return f.equals(t) ? f : f.plus(CELL);
    }
}
