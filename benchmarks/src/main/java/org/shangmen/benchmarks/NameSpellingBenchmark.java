package org.shangmen.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shangmen.worker.domain.NameSpelling;

/**
 * The pinyin spelling of a name is computed whenever a worker's name is saved and for every search
 * keyword typed in Chinese. Measures {@link NameSpelling#of} for names of two, three and four characters
 * and a name mixing Latin letters, against {@link NameSpelling#normaliseQuery} as the cheap baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NameSpellingBenchmark {

    @Param({"张伟", "王小梅", "欧阳娜娜", "Anna 李"})
    public String name;

    @Benchmark
    public NameSpelling spelling() {
        return NameSpelling.of(name);
    }

    @Benchmark
    public String normaliseQueryBaseline() {
        return NameSpelling.normaliseQuery(name);
    }
}
