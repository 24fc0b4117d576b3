package org.shangmen.app.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/** Counts the SQL statements an action issues through Jdbi on the calling thread. */
public final class Statements {

    private Statements() {
    }

    /** An action's answer and the statements it sent, as rendered. */
    public record Counted<T>(T answer, List<String> statements) {
    }

    /** Runs {@code action} and answers it with the statements it issued through Jdbi on this thread. */
    public static <T> Counted<T> counted(Jdbi jdbi, Supplier<T> action) {
        Thread caller = Thread.currentThread();
        List<String> statements = new ArrayList<>();
        SqlStatements config = jdbi.getConfig(SqlStatements.class);
        SqlLogger before = config.getSqlLogger();
        config.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                if (Thread.currentThread() == caller) {
                    synchronized (statements) {
                        statements.add(context.getRenderedSql());
                    }
                }
                before.logBeforeExecution(context);
            }
        });
        try {
            return new Counted<>(action.get(), List.copyOf(statements));
        } finally {
            config.setSqlLogger(before);
        }
    }
}
