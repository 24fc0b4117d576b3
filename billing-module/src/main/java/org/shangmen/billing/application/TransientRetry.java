package org.shangmen.billing.application;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.TransientDataAccessException;

/**
 * A serialization failure or deadlock between identical notices is repeated; the loser then sees the winner's work.
 * Transient failures are told by Spring's exception type or by the SQL state the driver gave, whichever
 * library wrapped it, so the use cases stay free of the persistence adapter's types.
 */
final class TransientRetry {

    private static final int ATTEMPTS = 5;

    private TransientRetry() {
    }

    static <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(10L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean isTransient(RuntimeException e) {
        if (e instanceof TransientDataAccessException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 40001 serialization failure, 40P01 deadlock, H2 90131 concurrent update, HYT00 lock timeout
                return state != null && (state.startsWith("40") || state.equals("90131") || state.equals("HYT00"));
            }
        }
        return false;
    }
}
