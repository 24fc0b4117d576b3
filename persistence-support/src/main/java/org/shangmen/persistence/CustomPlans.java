package org.shangmen.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

/**
 * For a statement whose best plan depends on its arguments: on PostgreSQL it is never sent as a server-side
 * prepared statement, so the database plans it for the arguments of each execution instead of settling, after
 * five executions, on one generic plan for all. The generic plan of a join of several tables guesses a few
 * rows where there are thousands, and chooses nested loops that take twice as long. Other databases: nothing.
 */
public final class CustomPlans {

    private static final boolean DRIVER = present("org.postgresql.PGStatement");

    /** Add to a statement with {@code addCustomizer}. */
    public static final StatementCustomizer EACH_EXECUTION = new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext context) throws SQLException {
            if (DRIVER && statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
        }
    };

    /** Leaves the statement as the driver would send it. */
    public static final StatementCustomizer NONE = new StatementCustomizer() {
    };

    private CustomPlans() {
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, CustomPlans.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
