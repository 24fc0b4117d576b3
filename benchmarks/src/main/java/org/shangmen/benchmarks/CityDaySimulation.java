package org.shangmen.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.shangmen.dispatch.domain.Candidate;
import org.shangmen.dispatch.domain.Ranked;
import org.shangmen.dispatch.domain.Ranking;
import org.shangmen.kernel.GeoPoint;

/**
 * Replays a seeded day of a simulated Shenzhen (A3.1): workers living around the districts' real
 * centres, orders placed through the day near those centres, and workers who accept an offer with a
 * probability that falls with distance. The platform's ladder (ranked offers to the top 5 within
 * 5 km, then 10 more within 12 km, then every free worker within 15 km) is compared in the same run
 * with a nearest-idle baseline (ask the nearest free worker, then the next nearest, as many as the
 * ladder reaches). Both see the same city, the same orders and the same dice.
 *
 * <p>Reports the share of orders accepted in time, the mean distance from a worker's home to the
 * job, and load fairness: the coefficient of variation of jobs per worker and the share of workers
 * who got any work.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.shangmen.benchmarks.CityDaySimulation [--workers=600] [--orders=1500] [--seed=7]</pre>
 */
public final class CityDaySimulation {

    /** Shenzhen's district centres (latitude, longitude) and a weight by population. */
    static final double[][] DISTRICTS = {
            {22.5485, 114.1315, 5}, {22.5410, 114.0550, 8}, {22.5330, 113.9300, 9}, {22.5550, 113.8830, 15},
            {22.7200, 114.2470, 13}, {22.5570, 114.2370, 1}, {22.6560, 114.0450, 10}, {22.6900, 114.3500, 2}, {22.7489, 113.9357, 3}};
    static final int DAY_START = 8 * 60;
    static final int DAY_END = 20 * 60;
    static final int VISIT = 120;
    static final int BUFFER = 30;
    static final int CAP = 3;
    static final long REACH = 15_000;

    record Worker(UUID id, GeoPoint home, int ratingTenths, int ratingCount, int years, List<int[]> jobs) {
        boolean freeAt(int start) {
            if (start < DAY_START || start + VISIT > DAY_END || jobs.size() >= CAP) {
                return false;
            }
            for (int[] job : jobs) {
                if (start < job[1] + BUFFER && job[0] < start + VISIT + BUFFER) {
                    return false;
                }
            }
            return true;
        }
    }

    record Order(GeoPoint place, int start, double dice) {
    }

    record Result(String policy, int accepted, int orders, double meanDistance, double loadCv, double shareWorking) {
    }

    public static void main(String[] args) {
        int workers = intArg(args, "--workers=", 600);
        int orders = intArg(args, "--orders=", 1_500);
        long seed = intArg(args, "--seed=", 7);
        System.out.printf("City day: %d workers, %d orders, seed %d%n", workers, orders, seed);
        for (Result r : List.of(run(true, workers, orders, seed), run(false, workers, orders, seed))) {
            System.out.printf("%-12s accepted in time %5.1f %% (%d/%d)   mean home-to-job distance %6.0f m   jobs per worker CV %.2f   "
                            + "workers with work %5.1f %%%n", r.policy(), 100.0 * r.accepted() / r.orders(), r.accepted(), r.orders(),
                    r.meanDistance(), r.loadCv(), 100 * r.shareWorking());
        }
    }

    static Result run(boolean ladder, int workerCount, int orderCount, long seed) {
        SplittableRandom city = new SplittableRandom(seed);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < workerCount; i++) {
            double[] d = district(city);
            workers.add(new Worker(new UUID(0, i + 1), near(city, d, 0.04), city.nextInt(40, 51), city.nextInt(0, 200),
                    city.nextInt(0, 15), new ArrayList<>()));
        }
        List<Order> day = new ArrayList<>();
        for (int i = 0; i < orderCount; i++) {
            double[] d = district(city);
            day.add(new Order(near(city, d, 0.03), DAY_START + 60 + 30 * city.nextInt(0, 19), city.nextDouble()));
        }
        SplittableRandom dice = new SplittableRandom(seed * 31 + 1);
        int accepted = 0;
        long distance = 0;
        for (Order order : day) {
            List<Worker> free = workers.stream().filter(w -> w.freeAt(order.start()))
                    .filter(w -> w.home().distanceMetresTo(order.place()) <= REACH).toList();
            List<Worker> asked = ladder ? ladderOrder(order, free) : nearestFirst(order, free);
            for (Worker w : asked) {
                long d = w.home().distanceMetresTo(order.place());
                // Willingness falls with distance: 90 % next door, 45 % at 7.5 km, none at 15 km.
                if (dice.nextDouble() < 0.9 * (1 - (double) d / REACH)) {
                    w.jobs().add(new int[] {order.start(), order.start() + VISIT});
                    accepted++;
                    distance += d;
                    break;
                }
            }
        }
        double mean = workers.stream().mapToInt(w -> w.jobs().size()).average().orElse(0);
        double variance = workers.stream().mapToDouble(w -> Math.pow(w.jobs().size() - mean, 2)).average().orElse(0);
        double working = workers.stream().filter(w -> !w.jobs().isEmpty()).count() / (double) workers.size();
        return new Result(ladder ? "ladder" : "nearest-idle", accepted, orderCount, accepted == 0 ? 0 : (double) distance / accepted,
                mean == 0 ? 0 : Math.sqrt(variance) / mean, working);
    }

    /** The ladder's order of asking: ranked top 5 within 5 km, then 10 more within 12 km, then the rest, by rank. */
    static List<Worker> ladderOrder(Order order, List<Worker> free) {
        List<Candidate> candidates = free.stream().map(w -> new Candidate(w.id(), Optional.of(w.home()), w.ratingTenths(), w.ratingCount(),
                w.years(), w.jobs().size())).toList();
        List<Ranked> ranked = Ranking.rank(order.place(), candidates, Set.of());
        java.util.Map<UUID, Worker> byId = new java.util.HashMap<>();
        free.forEach(w -> byId.put(w.id(), w));
        List<Worker> out = new ArrayList<>();
        java.util.Set<UUID> taken = new java.util.HashSet<>();
        rung(ranked, 5, 5_000, byId, out, taken);
        rung(ranked, 10, 12_000, byId, out, taken);
        rung(ranked, Integer.MAX_VALUE, REACH, byId, out, taken);
        return out;
    }

    private static void rung(List<Ranked> ranked, int size, long radius, java.util.Map<UUID, Worker> byId, List<Worker> out,
                             java.util.Set<UUID> taken) {
        // Within a rung every offered worker sees the offer at once: the first willing one in rank order takes it.
        int added = 0;
        for (Ranked r : ranked) {
            if (added == size) {
                return;
            }
            if (r.distanceMetres() <= radius && taken.add(r.workerId())) {
                out.add(byId.get(r.workerId()));
                added++;
            }
        }
    }

    static List<Worker> nearestFirst(Order order, List<Worker> free) {
        return free.stream().sorted(Comparator.comparingLong(w -> w.home().distanceMetresTo(order.place()))).toList();
    }

    private static double[] district(SplittableRandom random) {
        double total = 0;
        for (double[] d : DISTRICTS) {
            total += d[2];
        }
        double pick = random.nextDouble() * total;
        for (double[] d : DISTRICTS) {
            pick -= d[2];
            if (pick <= 0) {
                return d;
            }
        }
        return DISTRICTS[DISTRICTS.length - 1];
    }

    private static GeoPoint near(SplittableRandom random, double[] centre, double spread) {
        return new GeoPoint(centre[0] + (random.nextDouble() - 0.5) * 2 * spread, centre[1] + (random.nextDouble() - 0.5) * 2 * spread);
    }

    private static int intArg(String[] args, String prefix, int fallback) {
        for (String a : args) {
            if (a.startsWith(prefix)) {
                return Integer.parseInt(a.substring(prefix.length()));
            }
        }
        return fallback;
    }

    private CityDaySimulation() {
    }
}
