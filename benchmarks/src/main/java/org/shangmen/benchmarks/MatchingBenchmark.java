package org.shangmen.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shangmen.booking.domain.SlotFinder;
import org.shangmen.booking.domain.SlotFinder.WorkerTime;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.dispatch.domain.Candidate;
import org.shangmen.dispatch.domain.Ranked;
import org.shangmen.dispatch.domain.Ranking;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.TimeRange;

/**
 * Matching one new order against 5 000 workers of a city (A3.1): who is free for the visit by the
 * slot rules (free time, travel buffer around other jobs, daily cap), then the documented ranking of
 * the free ones and the targeted rung's pick (top 5 within 5 km). Compared in the same run with the
 * nearest-idle baseline (the nearest free worker, no ranking).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MatchingBenchmark {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int WORKERS = 5_000;

    private List<WorkerTime> times;
    private List<Candidate> profiles;
    private GeoPoint place;
    private Instant start;
    private Duration visit;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2026);
        Instant day = java.time.LocalDate.of(2026, 11, 26).atStartOfDay(SHANGHAI).toInstant();
        start = day.plus(Duration.ofHours(10));
        visit = Duration.ofHours(2);
        place = new GeoPoint(22.5431, 114.0579);
        times = new ArrayList<>(WORKERS);
        profiles = new ArrayList<>(WORKERS);
        for (int i = 0; i < WORKERS; i++) {
            UUID id = new UUID(0, i + 1);
            Instant from = day.plus(Duration.ofMinutes(6 * 60 + 30L * random.nextInt(0, 8)));
            Instant to = day.plus(Duration.ofMinutes(16 * 60 + 30L * random.nextInt(0, 10)));
            List<TimeRange> jobs = new ArrayList<>();
            for (int j = 0, n = random.nextInt(0, 3); j < n; j++) {
                Instant s = day.plus(Duration.ofMinutes(7 * 60 + 30L * random.nextInt(0, 24)));
                jobs.add(new TimeRange(s, s.plus(Duration.ofHours(2))));
            }
            times.add(new WorkerTime(id, List.of(new TimeRange(from, to)), jobs));
            Optional<GeoPoint> home = Optional.of(new GeoPoint(22.45 + random.nextDouble() * 0.35, 113.75 + random.nextDouble() * 0.60));
            profiles.add(new Candidate(id, home, random.nextInt(38, 51), random.nextInt(0, 300), random.nextInt(0, 20),
                    random.nextInt(0, 12)));
        }
    }

    /** The platform's matching: free by the slot rules, ranked, the targeted rung's pick. */
    @Benchmark
    public List<Ranked> rankedMatch() {
        List<UUID> free = SlotFinder.freeAt(SlotRules.DEFAULTS, SHANGHAI, start, visit, times);
        java.util.Set<UUID> freeSet = new java.util.HashSet<>(free);
        List<Candidate> candidates = new ArrayList<>(free.size());
        for (Candidate c : profiles) {
            if (freeSet.contains(c.workerId())) {
                candidates.add(c);
            }
        }
        List<Ranked> ranked = Ranking.rank(place, candidates, Set.of());
        List<Ranked> pick = new ArrayList<>(5);
        for (Ranked r : ranked) {
            if (pick.size() == 5) {
                break;
            }
            if (r.distanceMetres() <= 5_000) {
                pick.add(r);
            }
        }
        return pick;
    }

    /** Baseline: the nearest free worker. */
    @Benchmark
    public Optional<Candidate> nearestIdleBaseline() {
        List<UUID> free = SlotFinder.freeAt(SlotRules.DEFAULTS, SHANGHAI, start, visit, times);
        java.util.Set<UUID> freeSet = new java.util.HashSet<>(free);
        return profiles.stream().filter(c -> freeSet.contains(c.workerId()))
                .min(Comparator.comparingLong(c -> c.home().orElseThrow().distanceMetresTo(place)));
    }
}
