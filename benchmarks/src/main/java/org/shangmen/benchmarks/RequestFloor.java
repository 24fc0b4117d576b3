package org.shangmen.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * What a call costs with next to no business in it, measured on the same instance right after the booking
 * loop: the same number of callers ask, one call after the other, a call whose answer is one small read, and
 * the platform's, PostgreSQL's and this driver's CPU is divided by the calls made. Set beside the loop's calls
 * per loop, it is the least CPU a loop of such calls can cost on this machine, whatever its business.
 */
final class RequestFloor {

    private static final double TICKS = 100.0;

    private RequestFloor() {
    }

    /** Runs {@code call} (its status) from {@code callers} threads for the seconds given, after a warm-up of as many. */
    static void measure(String label, int callers, int seconds, IntSupplier call, LoopCosts costs, double callsPerLoop) throws Exception {
        run(callers, seconds, call); // warm-up: the code path compiled before it is measured
        LoopCosts.Snapshot before = costs.snapshot();
        long driverBefore = BookingLoopLoad.driverCpuNanos();
        long started = System.nanoTime();
        long[] counted = run(callers, seconds, call);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long driverNanos = BookingLoopLoad.driverCpuNanos() - driverBefore;
        LoopCosts.Snapshot after = costs.snapshot();
        double n = Math.max(1, counted[0]);
        double app = (after.appTicks() - before.appTicks()) * 1000 / TICKS / n;
        double db = (after.dbTicks() - before.dbTicks()) * 1000 / TICKS / n;
        double driver = driverNanos / 1e6 / n;
        System.out.printf("floor, %s: %d callers, %.0f calls/s (%d not 200), CPU per call: platform %.2f ms, PostgreSQL %.2f ms, "
                        + "driver %.2f ms; %.1f such calls (a loop's) cost %.1f ms of CPU in all%n", label, callers, counted[0] / elapsed,
                counted[1], app, db, driver, callsPerLoop, callsPerLoop * (app + db + driver));
    }

    private static long[] run(int callers, int seconds, IntSupplier call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            results.add(pool.submit(() -> {
                long calls = 0;
                long refused = 0;
                while (System.nanoTime() < until) {
                    if (call.getAsInt() != 200) {
                        refused++;
                    }
                    calls++;
                }
                return new long[] {calls, refused};
            }));
        }
        long[] sum = new long[2];
        for (Future<long[]> f : results) {
            long[] r = f.get();
            sum[0] += r[0];
            sum[1] += r[1];
        }
        pool.shutdown();
        return sum;
    }
}
