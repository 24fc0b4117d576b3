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
        return counted(jdbi, action, t -> t == caller);
    }

    /**
     * Runs {@code action}, which sends requests to the platform over HTTP, and answers it with the statements
     * the requests' own threads issued through Jdbi (not the listeners' that run after them).
     */
    public static <T> Counted<T> countedInRequests(Jdbi jdbi, Supplier<T> action) {
        return counted(jdbi, action, t -> t.getName().startsWith("tomcat-handler"));
    }

    private static <T> Counted<T> counted(Jdbi jdbi, Supplier<T> action, java.util.function.Predicate<Thread> counts) {
        List<String> statements = new ArrayList<>();
        SqlStatements config = jdbi.getConfig(SqlStatements.class);
        SqlLogger before = config.getSqlLogger();
        config.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                if (counts.test(Thread.currentThread())) {
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
