package org.shangmen.worker.adapter.out.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.h2.H2DatabasePlugin;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The worker schema on a real database, without Spring: a private H2 in memory, or the PostgreSQL named by
 * the system property {@code shangmen.test.db-url}. Migrations run as the application runs them (one
 * history table per module), so a shared PostgreSQL database stays consistent with the application's.
 */
record TestDatabase(String url, String user, Jdbi jdbi) {

    static TestDatabase open() {
        String configured = System.getProperty("shangmen.test.db-url", "");
        String url;
        String user;
        if (configured.startsWith("jdbc:postgresql")) {
            url = configured;
            user = System.getProperty("shangmen.test.db-user", "postgres");
        } else {
            url = "jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
        }
        Flyway.configure()
                .dataSource(url, user, "")
                .locations("classpath:db/migration/worker")
                .table("flyway_schema_history_worker")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new TestDatabase(url, user, jdbi(url, user));
    }

    /** Drops a private H2 database; a shared PostgreSQL database stays, its rows removed by the test. */
    void close() {
        if (!isPostgres()) {
            try (Connection connection = DriverManager.getConnection(url, user, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop the test database", e);
            }
        }
    }

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql");
    }

    /** Set up as the application's persistence configuration does. */
    private static Jdbi jdbi(String url, String user) {
        Jdbi jdbi = Jdbi.create(url, user, "");
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, context) ->
                        statement.setObject(position, value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            }
        });
        jdbi.registerColumnMapper(Instant.class, (rs, column, context) -> {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        });
        String product;
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("test database unreachable", e);
        }
        if (product.contains("postgres")) {
            jdbi.installPlugin(new PostgresPlugin());
        } else if (product.contains("h2")) {
            jdbi.installPlugin(new H2DatabasePlugin());
        }
        return jdbi;
    }
}
