package org.shangmen.billing.application;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.springframework.dao.TransientDataAccessException;

/** A serialization failure or deadlock between identical notices is repeated; the loser then sees the winner's work. */
final class TransientRetry {

    private static final int ATTEMPTS = 5;

    private TransientRetry() {
    }

    static <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (TransientDataAccessException | UnableToExecuteStatementException e) {
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
