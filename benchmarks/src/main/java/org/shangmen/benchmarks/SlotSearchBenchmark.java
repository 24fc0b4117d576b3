package org.shangmen.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shangmen.booking.domain.SlotFinder;
import org.shangmen.booking.domain.SlotFinder.Slot;
import org.shangmen.booking.domain.SlotFinder.WorkerTime;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.kernel.TimeRange;

/**
 * C2.3: one slot search, the pure computation after the calendar reads: 14 days × 2 000 eligible
 * workers in Shenzhen with realistic free time (morning and afternoon windows of varying length,
 * a day off a week, 0–2 booked jobs a day cutting into the free time, held jobs for the buffer and
 * daily cap). Compared in the same run with a naive search that checks every grid start against
 * every worker's every free range and job.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlotSearchBenchmark {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.parse("2026-12-01");
    private static final int DAYS = 14;

    @Param({"2000"})
    public int workers;

    private List<WorkerTime> calendar;
    private Instant now;
    private final Duration visit = Duration.ofMinutes(180);

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20_261_201L);
        now = FROM.atTime(7, 0).atZone(SHANGHAI).toInstant();
        calendar = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            int dayOff = random.nextInt(7);
            List<TimeRange> free = new ArrayList<>();
            List<TimeRange> jobs = new ArrayList<>();
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FROM.plusDays(d);
                if (day.getDayOfWeek().getValue() % 7 == dayOff) {
                    continue;
                }
                List<TimeRange> windows = List.of(
                        window(day, 8 + random.nextInt(2), 0, 12, 0),
                        window(day, 13, random.nextInt(2) * 30, 17 + random.nextInt(3), 0));
                List<TimeRange> booked = new ArrayList<>();
                for (int j = random.nextInt(3); j > 0; j--) {
                    Instant start = day.atTime(8 + random.nextInt(9), random.nextInt(4) * 15).atZone(SHANGHAI).toInstant();
                    booked.add(TimeRange.of(start, Duration.ofMinutes(60 + 30L * random.nextInt(5))));
                }
                free.addAll(subtract(windows, booked));
                jobs.addAll(booked);
            }
            calendar.add(new WorkerTime(UUID.randomUUID(), free, jobs));
        }
    }

    private static TimeRange window(LocalDate day, int h1, int m1, int h2, int m2) {
        return new TimeRange(day.atTime(LocalTime.of(h1, m1)).atZone(SHANGHAI).toInstant(),
                day.atTime(LocalTime.of(h2, m2)).atZone(SHANGHAI).toInstant());
    }

    private static List<TimeRange> subtract(List<TimeRange> windows, List<TimeRange> cut) {
        List<TimeRange> out = new ArrayList<>(windows);
        for (TimeRange c : cut) {
            List<TimeRange> next = new ArrayList<>();
            for (TimeRange r : out) {
                if (!r.overlaps(c)) {
                    next.add(r);
                    continue;
                }
                if (r.start().isBefore(c.start())) {
                    next.add(new TimeRange(r.start(), c.start()));
                }
                if (r.end().isAfter(c.end())) {
                    next.add(new TimeRange(c.end(), r.end()));
                }
            }
            out = next;
        }
        return out;
    }

    @Benchmark
    public List<Slot> slotFinder() {
        return SlotFinder.find(SlotRules.DEFAULTS, SHANGHAI, now, FROM, DAYS, visit, calendar);
    }

    /** The comparison: every start × every worker × every free range and job, no index. */
    @Benchmark
    public int naive() {
        SlotRules rules = SlotRules.DEFAULTS;
        TimeRange range = SlotFinder.days(SHANGHAI, FROM, DAYS);
        Instant earliest = now.plus(rules.minimumNotice());
        int offered = 0;
        for (Instant t = range.start(); t.isBefore(range.end()); t = t.plus(rules.granularity())) {
            if (t.isBefore(earliest)) {
                continue;
            }
            TimeRange candidate = TimeRange.of(t, visit);
            TimeRange buffered = new TimeRange(t.minus(rules.travelBuffer()), candidate.end().plus(rules.travelBuffer()));
            LocalDate day = LocalDate.ofInstant(t, SHANGHAI);
            int count = 0;
            for (WorkerTime w : calendar) {
                boolean fits = w.free().stream().anyMatch(f -> f.contains(candidate));
                boolean clear = w.jobs().stream().noneMatch(j -> j.overlaps(buffered));
                boolean underCap = w.jobs().stream().filter(j -> LocalDate.ofInstant(j.start(), SHANGHAI).equals(day)).count()
                        < rules.maxJobsPerDay();
                if (fits && clear && underCap) {
                    count++;
                }
            }
            offered += count > 0 ? 1 : 0;
        }
        return offered;
    }
}
