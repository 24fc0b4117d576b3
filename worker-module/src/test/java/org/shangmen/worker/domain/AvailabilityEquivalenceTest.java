package org.shangmen.worker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.TimeRange;

/**
 * W2.3: the free-time arithmetic on epoch microseconds gives exactly what the plain definition gives (the
 * week's windows of each local date through the zone's rules, plus extra, minus leave, minus bookings, clipped),
 * over random calendars in China's zone and in zones with daylight-saving changes inside the range.
 */
class AvailabilityEquivalenceTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("UTC"));

    @Test
    @DisplayName("W2.3: free time agrees with the plain definition over 3 000 random calendars, across daylight-saving changes")
    void agreesWithTheDefinition() {
        SplittableRandom random = new SplittableRandom(2026_12_05L);
        // Days around the changes of 2026 in the zones above, and ordinary days.
        LocalDate[] around = {LocalDate.of(2026, 3, 27), LocalDate.of(2026, 10, 23), LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 5), LocalDate.of(2026, 3, 6)};
        int compared = 0;
        for (int round = 0; round < 3_000; round++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            LocalDate day = around[random.nextInt(around.length)].plusDays(random.nextInt(-3, 4));
            WeeklyHours weekly = weekly(random);
            List<ScheduleException> exceptions = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                exceptions.add(new ScheduleException(UUID.randomUUID(), day.plusDays(random.nextInt(-1, 10)),
                        random.nextBoolean() ? ScheduleException.Kind.LEAVE : ScheduleException.Kind.EXTRA, window(random), ""));
            }
            Instant start = day.atStartOfDay(zone).toInstant().plusSeconds(random.nextInt(0, 86_400))
                    .plusNanos(random.nextInt(0, 1_000_000_000));
            Instant end = start.plusSeconds(random.nextLong(3_600, 10 * 86_400L)).plusNanos(random.nextInt(0, 1_000_000_000));
            List<TimeRange> booked = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                Instant s = start.plusSeconds(random.nextLong(-86_400, 9 * 86_400L)).plusNanos(random.nextInt(0, 1_000_000) * 1_000L);
                booked.add(new TimeRange(s, s.plusSeconds(random.nextLong(60, 6 * 3_600))));
            }
            TimeRange range = new TimeRange(start, end);
            assertThat(Availability.freeTime(zone, weekly, exceptions, booked, range))
                    .as("%s %s %s %s %s", zone, weekly, exceptions, booked, range)
                    .isEqualTo(definition(zone, weekly, exceptions, booked, range));
            compared++;
        }
        assertThat(compared).isEqualTo(3_000);
    }

    private static WeeklyHours weekly(SplittableRandom random) {
        Map<DayOfWeek, List<MinuteWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (random.nextInt(7) == 0) {
                continue;
            }
            int at = random.nextInt(0, 8) * 60;
            List<MinuteWindow> windows = new ArrayList<>();
            while (windows.size() < 3 && at < 1_440) {
                int end = Math.min(1_440, at + 15 * random.nextInt(1, 40));
                windows.add(new MinuteWindow(at, end));
                at = end + 15 * random.nextInt(1, 12);
            }
            days.put(d, windows);
        }
        return new WeeklyHours(days);
    }

    private static MinuteWindow window(SplittableRandom random) {
        int start = 15 * random.nextInt(0, 95);
        return new MinuteWindow(start, Math.min(1_440, start + 15 * random.nextInt(1, 40)));
    }

    /** The plain definition, on instants. */
    private static List<TimeRange> definition(ZoneId zone, WeeklyHours weekly, List<ScheduleException> exceptions,
                                              List<TimeRange> booked, TimeRange range) {
        List<TimeRange> working = new ArrayList<>();
        List<TimeRange> leave = new ArrayList<>();
        LocalDate first = range.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = range.end().atZone(zone).toLocalDate();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (MinuteWindow w : weekly.on(date.getDayOfWeek())) {
                add(working, date, w, zone);
            }
        }
        for (ScheduleException e : exceptions) {
            add(e.kind() == ScheduleException.Kind.EXTRA ? working : leave, e.date(), e.window(), zone);
        }
        List<TimeRange> free = IntervalReference.subtract(IntervalReference.union(working), IntervalReference.union(leave));
        free = IntervalReference.subtract(free, IntervalReference.union(booked));
        List<TimeRange> out = new ArrayList<>();
        for (TimeRange r : free) {
            Instant s = r.start().isBefore(range.start()) ? range.start() : r.start();
            Instant e = r.end().isAfter(range.end()) ? range.end() : r.end();
            if (e.isAfter(s)) {
                out.add(new TimeRange(s, e));
            }
        }
        return out;
    }

    private static void add(List<TimeRange> into, LocalDate date, MinuteWindow w, ZoneId zone) {
        Instant start = at(date, w.start(), zone);
        Instant end = at(date, w.end(), zone);
        if (end.isAfter(start)) {
            into.add(new TimeRange(start, end));
        }
    }

    private static Instant at(LocalDate date, int minute, ZoneId zone) {
        if (minute == 1440) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
    }
}
