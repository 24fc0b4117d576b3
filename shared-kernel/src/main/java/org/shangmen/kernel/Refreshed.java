package org.shangmen.kernel;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from its source and kept for a while: operators' rules that every request consults and
 * that change a few times a year. It is read again once {@code every} has passed, and at once after
 * {@link #forget()} (a change made through this instance), so other instances follow a change within
 * {@code every}. Safe for concurrent callers: a read that began before a {@link #forget()} is not kept.
 */
public final class Refreshed<T> {

    /** How long every instance keeps the operators' rules (README.md, "Operators' rules kept for 30 seconds"). */
    public static final Duration OPERATORS_RULES = Duration.ofSeconds(30);

    private final Supplier<T> source;
    private final long everyNanos;
    private final AtomicLong changes = new AtomicLong();
    private volatile Held<T> held;

    private record Held<T>(T value, long atNanos, long change) {
    }

    public Refreshed(Supplier<T> source, Duration every) {
        this.source = source;
        this.everyNanos = every.toNanos();
    }

    /** Operators' rules, kept for {@link #OPERATORS_RULES}. */
    public static <T> Refreshed<T> operatorsRules(Supplier<T> source) {
        return new Refreshed<>(source, OPERATORS_RULES);
    }

    public T get() {
        long change = changes.get();
        Held<T> current = held;
        if (current == null || current.change() != change || System.nanoTime() - current.atNanos() > everyNanos) {
            long at = System.nanoTime();
            T value = source.get();
            if (changes.get() == change) {
                held = new Held<>(value, at, change);
            }
            return value;
        }
        return current.value();
    }

    /** The next {@link #get()} reads the source again. */
    public void forget() {
        changes.incrementAndGet();
        held = null;
    }
}
