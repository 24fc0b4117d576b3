package org.shangmen.worker.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.domain.ScheduleException;
import org.shangmen.worker.domain.WeeklyHours;

/** Weekly hours, exceptions and booked time; read in bulk for many workers at once. */
public interface ScheduleStore {

    record Booking(UUID orderId, UUID workerId, TimeRange time) {
    }

    void replaceWeeklyHours(UUID workerId, WeeklyHours hours);

    Map<UUID, WeeklyHours> weeklyHours(Collection<UUID> workerIds);

    void insertException(UUID workerId, ScheduleException exception);

    boolean deleteException(UUID workerId, UUID exceptionId);

    Map<UUID, List<ScheduleException>> exceptions(Collection<UUID> workerIds, LocalDate from, LocalDate to);

    /**
     * Books the time in quarter-hour cells whose primary key forbids overlaps; false (and nothing kept)
     * when any cell is taken or the order is already booked.
     */
    boolean book(Booking booking);

    Optional<Booking> booking(UUID orderId);

    void release(UUID orderId);

    /** Of the workers, those with any booking overlapping the range. */
    java.util.Set<UUID> busy(Collection<UUID> workerIds, TimeRange range);

    /** Of the workers, those with leave on any local date between the two (both included). */
    java.util.Set<UUID> onLeave(Collection<UUID> workerIds, LocalDate from, LocalDate to);

    /**
     * Moves a booking's end: cells past the new end are freed, cells up to it added (false, nothing
     * kept, when one of them is taken).
     */
    boolean moveEnd(UUID orderId, java.time.Instant newEnd);

    Map<UUID, List<TimeRange>> booked(Collection<UUID> workerIds, TimeRange range);

    /** One skill an order needs and the certificate codes it requires. */
    record Need(String skill, java.util.Set<String> certificates) {
    }

    /** What a worker's free time is computed from: zone, week, exceptions of the days asked (by day) and bookings in the range (in no order). */
    record Calendar(java.time.ZoneId zone, WeeklyHours weekly, List<ScheduleException> exceptions, List<TimeRange> booked) {
    }

    /**
     * An eligible worker as the calendar read found them: zone, the calendar's stamp (null for a worker whose
     * calendar has never been written since stamps were kept) and, unless the stamp was one the caller
     * already knew, the calendar itself.
     */
    record Stamped(java.time.ZoneId zone, Long stamp, Calendar calendar) {

        /** Whether the calendar was read (the stamp was null or not among those the caller knew). */
        public boolean read() {
            return calendar != null;
        }
    }

    /**
     * The workers eligible for every need in the district (as {@link WorkerStore#eligible}), in account
     * order, each with their calendar's stamp and, where that stamp is null or not in {@code known}, their
     * calendar: exceptions on the local dates {@code from}–{@code to} and bookings overlapping {@code range}.
     * One statement whatever the number of workers; stamps and calendars are read together, so a calendar
     * always belongs to the stamp beside it.
     */
    Map<UUID, Stamped> eligibleCalendars(List<Need> needs, String district, java.time.Instant now, LocalDate today, LocalDate from,
                                         LocalDate to, TimeRange range, Collection<Long> known);

    List<Booking> bookingsOf(UUID workerId, TimeRange range);
}
