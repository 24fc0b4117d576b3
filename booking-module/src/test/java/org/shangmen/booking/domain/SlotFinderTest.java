package org.shangmen.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.domain.SlotFinder.Slot;
import org.shangmen.booking.domain.SlotFinder.WorkerTime;
import org.shangmen.kernel.TimeRange;

class SlotFinderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SlotRules RULES = SlotRules.DEFAULTS;
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static TimeRange range(ZoneId zone, String from, String to) {
        return new TimeRange(at(zone, from), at(zone, to));
    }

    private static WorkerTime worker(List<TimeRange> free, List<TimeRange> jobs) {
        return new WorkerTime(UUID.randomUUID(), free, jobs);
    }

    private static List<String> starts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(s -> s.start().atZone(zone).toOffsetDateTime().toString()).toList();
    }

    @Test
    @DisplayName("C2.3 starts every 30 minutes where the whole visit fits the free time, with the number of workers")
    void basic() {
        WorkerTime a = worker(List.of(range(SHANGHAI, "2026-12-01T09:00", "2026-12-01T12:00")), List.of());
        WorkerTime b = worker(List.of(range(SHANGHAI, "2026-12-01T10:00", "2026-12-01T13:00")), List.of());
        List<Slot> slots = SlotFinder.find(RULES, SHANGHAI, LONG_AGO, LocalDate.parse("2026-12-01"), 1, Duration.ofHours(2), List.of(a, b));
        assertThat(starts(slots, SHANGHAI)).containsExactly("2026-12-01T09:00+08:00", "2026-12-01T09:30+08:00",
                "2026-12-01T10:00+08:00", "2026-12-01T10:30+08:00", "2026-12-01T11:00+08:00");
        assertThat(slots).extracting(Slot::workers).containsExactly(1, 1, 2, 1, 1);
        assertThat(slots.getFirst().end()).isEqualTo(at(SHANGHAI, "2026-12-01T11:00"));
    }

    @Test
    @DisplayName("C2.3 nothing starts sooner than the minimum notice")
    void minimumNotice() {
        WorkerTime a = worker(List.of(range(SHANGHAI, "2026-12-01T09:00", "2026-12-01T13:00")), List.of());
        Instant now = at(SHANGHAI, "2026-12-01T08:20");
        List<Slot> slots = SlotFinder.find(RULES, SHANGHAI, now, LocalDate.parse("2026-12-01"), 1, Duration.ofHours(2), List.of(a));
        assertThat(starts(slots, SHANGHAI)).containsExactly("2026-12-01T10:30+08:00", "2026-12-01T11:00+08:00");
    }

    @Test
    @DisplayName("C2.3 a travel buffer is kept before and after each job the worker holds")
    void buffer() {
        WorkerTime a = worker(List.of(range(SHANGHAI, "2026-12-01T09:00", "2026-12-01T13:00"),
                        range(SHANGHAI, "2026-12-01T15:00", "2026-12-01T18:00")),
                List.of(range(SHANGHAI, "2026-12-01T13:00", "2026-12-01T15:00")));
        List<Slot> slots = SlotFinder.find(RULES, SHANGHAI, LONG_AGO, LocalDate.parse("2026-12-01"), 1, Duration.ofHours(2), List.of(a));
        assertThat(starts(slots, SHANGHAI)).containsExactly("2026-12-01T09:00+08:00", "2026-12-01T09:30+08:00",
                "2026-12-01T10:00+08:00", "2026-12-01T10:30+08:00", "2026-12-01T15:30+08:00", "2026-12-01T16:00+08:00");
    }

    @Test
    @DisplayName("C2.3 a worker with the day's cap of jobs takes nothing more that day, but does the next")
    void dailyCap() {
        List<TimeRange> jobs = List.of(range(SHANGHAI, "2026-12-01T07:00", "2026-12-01T08:00"),
                range(SHANGHAI, "2026-12-01T19:00", "2026-12-01T20:00"), range(SHANGHAI, "2026-12-01T21:00", "2026-12-01T22:00"));
        WorkerTime a = worker(List.of(range(SHANGHAI, "2026-12-01T10:00", "2026-12-01T12:00"),
                range(SHANGHAI, "2026-12-02T10:00", "2026-12-02T12:00")), jobs);
        List<Slot> slots = SlotFinder.find(RULES, SHANGHAI, LONG_AGO, LocalDate.parse("2026-12-01"), 2, Duration.ofHours(2), List.of(a));
        assertThat(starts(slots, SHANGHAI)).containsExactly("2026-12-02T10:00+08:00");
    }

    @Test
    @DisplayName("C2.3 a visit may run across midnight and across the end of a month")
    void midnightAndMonthEnd() {
        WorkerTime night = worker(List.of(range(SHANGHAI, "2026-11-30T22:00", "2026-12-01T02:00")), List.of());
        List<Slot> oneDay = SlotFinder.find(RULES, SHANGHAI, LONG_AGO, LocalDate.parse("2026-11-30"), 1, Duration.ofHours(3), List.of(night));
        assertThat(starts(oneDay, SHANGHAI)).containsExactly("2026-11-30T22:00+08:00", "2026-11-30T22:30+08:00", "2026-11-30T23:00+08:00");
        assertThat(oneDay.getLast().end()).isEqualTo(at(SHANGHAI, "2026-12-01T02:00"));
        WorkerTime yearEnd = worker(List.of(range(SHANGHAI, "2026-12-31T23:00", "2027-01-01T01:30")), List.of());
        assertThat(starts(SlotFinder.find(RULES, SHANGHAI, LONG_AGO, LocalDate.parse("2026-12-31"), 2, Duration.ofHours(1),
                List.of(yearEnd)), SHANGHAI)).containsExactly("2026-12-31T23:00+08:00", "2026-12-31T23:30+08:00",
                "2027-01-01T00:00+08:00", "2027-01-01T00:30+08:00");
    }

    @Test
    @DisplayName("C2.3 Europe/Berlin spring forward: no start in the skipped hour, a visit across it takes its real length")
    void springForward() {
        WorkerTime a = worker(List.of(range(BERLIN, "2026-03-29T00:00", "2026-03-29T06:00")), List.of());
        assertThat(Duration.between(at(BERLIN, "2026-03-29T00:00"), at(BERLIN, "2026-03-29T06:00"))).isEqualTo(Duration.ofHours(5));
        List<Slot> slots = SlotFinder.find(RULES, BERLIN, LONG_AGO, LocalDate.parse("2026-03-29"), 1, Duration.ofHours(1), List.of(a));
        assertThat(starts(slots, BERLIN)).containsExactly("2026-03-29T00:00+01:00", "2026-03-29T00:30+01:00", "2026-03-29T01:00+01:00",
                "2026-03-29T01:30+01:00", "2026-03-29T03:00+02:00", "2026-03-29T03:30+02:00", "2026-03-29T04:00+02:00",
                "2026-03-29T04:30+02:00", "2026-03-29T05:00+02:00");
        assertThat(slots.get(3).end()).as("01:30 + 1 h is 03:30 local").isEqualTo(at(BERLIN, "2026-03-29T03:30"));
        assertThat(SlotFinder.days(BERLIN, LocalDate.parse("2026-03-29"), 1).duration()).isEqualTo(Duration.ofHours(23));
    }

    @Test
    @DisplayName("C2.3 Europe/Berlin fall back: each start of the repeated hour is offered twice, with its own offset")
    void fallBack() {
        WorkerTime a = worker(List.of(range(BERLIN, "2026-10-25T00:00", "2026-10-25T04:00")), List.of());
        List<Slot> slots = SlotFinder.find(RULES, BERLIN, LONG_AGO, LocalDate.parse("2026-10-25"), 1, Duration.ofHours(1), List.of(a));
        assertThat(starts(slots, BERLIN)).containsExactly("2026-10-25T00:00+02:00", "2026-10-25T00:30+02:00", "2026-10-25T01:00+02:00",
                "2026-10-25T01:30+02:00", "2026-10-25T02:00+02:00", "2026-10-25T02:30+02:00", "2026-10-25T02:00+01:00",
                "2026-10-25T02:30+01:00", "2026-10-25T03:00+01:00");
        assertThat(SlotFinder.days(BERLIN, LocalDate.parse("2026-10-25"), 1).duration()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    @DisplayName("C2.3 as soon as possible: the earliest start after the short notice within the horizon, or none")
    void asap() {
        Instant now = at(SHANGHAI, "2026-12-01T09:10");
        WorkerTime busyMorning = worker(List.of(range(SHANGHAI, "2026-12-01T11:00", "2026-12-01T18:00")), List.of());
        WorkerTime later = worker(List.of(range(SHANGHAI, "2026-12-01T14:00", "2026-12-01T18:00")), List.of());
        assertThat(SlotFinder.earliest(RULES, SHANGHAI, now, Duration.ofHours(2), List.of(later, busyMorning)).map(Slot::start))
                .contains(at(SHANGHAI, "2026-12-01T11:00"));
        WorkerTime soon = worker(List.of(range(SHANGHAI, "2026-12-01T09:00", "2026-12-01T18:00")), List.of());
        assertThat(SlotFinder.earliest(RULES, SHANGHAI, now, Duration.ofHours(2), List.of(soon)).map(Slot::start))
                .as("an hour's notice, on the half-hour grid").contains(at(SHANGHAI, "2026-12-01T10:30"));
        WorkerTime tomorrow = worker(List.of(range(SHANGHAI, "2026-12-02T09:00", "2026-12-02T18:00")), List.of());
        assertThat(SlotFinder.earliest(RULES, SHANGHAI, now, Duration.ofHours(2), List.of(tomorrow))).isEmpty();
    }

    @Test
    @DisplayName("C2.3 touching free ranges are one: a visit may span them")
    void touchingRanges() {
        WorkerTime a = worker(List.of(range(SHANGHAI, "2026-12-01T10:00", "2026-12-01T11:00"),
                range(SHANGHAI, "2026-12-01T09:00", "2026-12-01T10:00")), List.of());
        assertThat(starts(SlotFinder.find(RULES, SHANGHAI, LONG_AGO, LocalDate.parse("2026-12-01"), 1, Duration.ofHours(2), List.of(a)),
                SHANGHAI)).containsExactly("2026-12-01T09:00+08:00");
    }

    // ---- brute force: every start of the local grid, every minute of every visit ----

    private static List<Slot> bruteForce(SlotRules rules, ZoneId zone, Instant now, LocalDate from, int days, Duration visit,
                                         List<WorkerTime> workers) {
        Instant rangeStart = from.atStartOfDay(zone).toInstant();
        Instant rangeEnd = from.plusDays(days).atStartOfDay(zone).toInstant();
        Instant earliest = now.plus(rules.minimumNotice());
        List<Instant> candidates = new ArrayList<>();
        for (LocalDate date = from.minusDays(1); !date.isAfter(from.plusDays(days)); date = date.plusDays(1)) {
            for (int minute = 0; minute < 1440; minute += (int) rules.granularity().toMinutes()) {
                LocalDateTime local = date.atTime(LocalTime.of(minute / 60, minute % 60));
                for (ZoneOffset offset : zone.getRules().getValidOffsets(local)) {
                    candidates.add(local.toInstant(offset));
                }
            }
        }
        candidates.sort(null);
        List<Slot> out = new ArrayList<>();
        for (Instant t : candidates) {
            if (t.isBefore(rangeStart) || !t.isBefore(rangeEnd) || t.isBefore(earliest)) {
                continue;
            }
            int count = 0;
            for (WorkerTime w : workers) {
                if (takes(w, t, visit, rules, zone)) {
                    count++;
                }
            }
            if (count > 0) {
                out.add(new Slot(t, t.plus(visit), count));
            }
        }
        return out;
    }

    private static boolean takes(WorkerTime w, Instant t, Duration visit, SlotRules rules, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(t, zone);
        long jobsThatDay = w.jobs().stream().filter(j -> LocalDate.ofInstant(j.start(), zone).equals(day)).count();
        if (jobsThatDay >= rules.maxJobsPerDay()) {
            return false;
        }
        for (Instant m = t; m.isBefore(t.plus(visit)); m = m.plusSeconds(60)) {
            Instant minute = m;
            if (w.free().stream().noneMatch(f -> !f.start().isAfter(minute) && !f.end().isBefore(minute.plusSeconds(60)))) {
                return false;
            }
        }
        for (Instant m = t.minus(rules.travelBuffer()); m.isBefore(t.plus(visit).plus(rules.travelBuffer())); m = m.plusSeconds(60)) {
            Instant minute = m;
            if (w.jobs().stream().anyMatch(j -> j.contains(minute))) {
                return false;
            }
        }
        return true;
    }

    private static List<TimeRange> randomRanges(SplittableRandom random, Instant from, int count, int maxMinutes) {
        List<TimeRange> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = from.plusSeconds(60L * random.nextInt(4 * 1440));
            out.add(TimeRange.of(start, Duration.ofMinutes(15 + random.nextInt(maxMinutes))));
        }
        return out;
    }

    @Test
    @DisplayName("C2.3 over random schedules, no slot is offered that no worker can take and none hidden that one can (brute force)")
    void matchesBruteForce() {
        SplittableRandom random = new SplittableRandom(2_026_032_9L);
        List<ZoneId> zones = List.of(SHANGHAI, BERLIN, ZoneId.of("America/New_York"), ZoneId.of("Asia/Kathmandu"));
        List<LocalDate> days = List.of(LocalDate.parse("2026-03-28"), LocalDate.parse("2026-10-24"), LocalDate.parse("2026-11-30"),
                LocalDate.parse("2026-12-31"), LocalDate.parse("2026-03-07"), LocalDate.parse("2026-10-31"));
        int offered = 0;
        for (int trial = 0; trial < 120; trial++) {
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            LocalDate from = days.get(random.nextInt(days.size()));
            int span = 1 + random.nextInt(3);
            Instant base = from.minusDays(1).atStartOfDay(zone).toInstant();
            List<WorkerTime> workers = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(6); w++) {
                workers.add(worker(randomRanges(random, base, 1 + random.nextInt(8), 600),
                        randomRanges(random, base, random.nextInt(5), 180)));
            }
            SlotRules rules = new SlotRules(Duration.ofMinutes(random.nextInt(5) * 30L), RULES.asapNotice(), RULES.asapHorizon(),
                    Duration.ofMinutes(random.nextInt(4) * 15L), 1 + random.nextInt(3), SlotRules.GRANULARITY);
            Instant now = base.plusSeconds(60L * random.nextInt(3 * 1440));
            Duration visit = Duration.ofMinutes(30 + random.nextInt(300));
            List<Slot> found = SlotFinder.find(rules, zone, now, from, span, visit, workers);
            List<Slot> expected = bruteForce(rules, zone, now, from, span, visit, workers);
            assertThat(found).as("trial %d in %s from %s", trial, zone, from).isEqualTo(expected);
            offered += found.size();
        }
        assertThat(offered).as("the trials offer slots at all").isGreaterThan(100);
    }
}
