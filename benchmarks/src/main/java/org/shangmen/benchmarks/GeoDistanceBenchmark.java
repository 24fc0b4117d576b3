package org.shangmen.benchmarks;

import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;
import org.shangmen.kernel.GeoPoint;

/**
 * Ranking candidates by distance is on the hot path of matching and search. Measures the exact
 * haversine distance the platform uses against the cheap equirectangular approximation, in one run,
 * over 1 000 points spread across Shenzhen.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GeoDistanceBenchmark {

    private GeoPoint origin;
    private GeoPoint[] points;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        origin = new GeoPoint(22.5431, 114.0579);
        points = new GeoPoint[1_000];
        for (int i = 0; i < points.length; i++) {
            points[i] = new GeoPoint(22.45 + random.nextDouble() * 0.35, 113.75 + random.nextDouble() * 0.60);
        }
    }

    @Benchmark
    public void haversine1000(Blackhole sink) {
        for (GeoPoint p : points) {
            sink.consume(origin.distanceMetresTo(p));
        }
    }

    @Benchmark
    public void equirectangularBaseline1000(Blackhole sink) {
        double cosLat = Math.cos(Math.toRadians(origin.latitude()));
        for (GeoPoint p : points) {
            double x = Math.toRadians(p.longitude() - origin.longitude()) * cosLat;
            double y = Math.toRadians(p.latitude() - origin.latitude());
            sink.consume(Math.round(Math.sqrt(x * x + y * y) * 6_371_008.8));
        }
    }
}
