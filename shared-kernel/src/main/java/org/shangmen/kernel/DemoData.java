package org.shangmen.kernel;

/**
 * Rows a module contributes to the {@code demo} profile so that the platform can be tried at once.
 * Implementations call their module's own use cases, are idempotent (a restart seeds nothing twice)
 * and run in module dependency order given by {@link #order()} (lower first).
 */
public interface DemoData {

    /** Lower runs first; modules use their layer: worker 100, booking 200, dispatch/billing/training 300. */
    int order();

    void seed();

    /** The fixed id of a demo account, so that each module's demo rows can refer to the same people. */
    static java.util.UUID accountId(String key) {
        return java.util.UUID.nameUUIDFromBytes(("shangmen-demo:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
