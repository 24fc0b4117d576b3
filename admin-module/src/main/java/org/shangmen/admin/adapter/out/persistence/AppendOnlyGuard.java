package org.shangmen.admin.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes the audit table append-only in the database itself, so not even a hand-written statement can
 * rewrite history: on PostgreSQL a PL/pgSQL trigger, on H2 a Java trigger ({@link RefuseChangeTrigger}),
 * each refusing every UPDATE and DELETE. The trigger is a database object of its own kind for each
 * engine, so it is installed here (idempotently, at every start) rather than by a shared migration.
 */
@Component
class AppendOnlyGuard implements ApplicationRunner {

    private static final String POSTGRES_FUNCTION = """
            CREATE OR REPLACE FUNCTION admin.audit_entry_append_only() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP;
            END;
            $$ LANGUAGE plpgsql""";

    private final DataSource dataSource;

    AppendOnlyGuard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName();
            if ("PostgreSQL".equalsIgnoreCase(product)) {
                // One transaction under a lock: instances starting together on one database install it one after
                // the other (the second found the trigger its peer had just created), and the table is never
                // without its trigger between the drop and the create.
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    s.execute("SELECT pg_advisory_xact_lock(hashtext('admin.audit_entry_append_only'))");
                    s.execute(POSTGRES_FUNCTION);
                    s.execute("DROP TRIGGER IF EXISTS audit_entry_append_only ON admin.audit_entry");
                    s.execute("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON admin.audit_entry "
                            + "FOR EACH ROW EXECUTE FUNCTION admin.audit_entry_append_only()");
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            } else if ("H2".equalsIgnoreCase(product)) {
                s.execute("CREATE TRIGGER IF NOT EXISTS admin.audit_entry_append_only BEFORE UPDATE, DELETE ON admin.audit_entry "
                        + "FOR EACH ROW CALL '" + RefuseChangeTrigger.class.getName() + "'");
            }
        }
    }
}
