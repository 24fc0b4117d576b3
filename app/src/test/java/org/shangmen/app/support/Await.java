package org.shangmen.app.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for what happens after a commit (events, notices, offers): polls until it holds, fails after 20 seconds. */
public final class Await {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Await() {
    }

    /** The first non-null value the probe answers. */
    public static <T> T value(Supplier<T> probe, String what) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + LIMIT.toSeconds() + " s for " + what);
            }
            pause();
        }
    }

    public static void condition(BooleanSupplier condition, String what) {
        value(() -> condition.getAsBoolean() ? Boolean.TRUE : null, what);
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
