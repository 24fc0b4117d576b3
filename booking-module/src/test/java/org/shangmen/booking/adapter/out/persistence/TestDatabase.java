package org.shangmen.booking.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * The module's schema on a real database without Spring Boot: a fresh H2 in PostgreSQL mode, or the
 * PostgreSQL database named by {@code shangmen.test.db-url}. Migrations run as the platform runs them
 * (Spring Modulith's history table per module), and Jdbi is set up as the application sets it up.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static boolean postgres() {
        return System.getProperty("shangmen.test.db-url", "").startsWith("jdbc:postgresql");
    }

    static Jdbi open() {
        String url;
        String user;
        if (postgres()) {
            url = System.getProperty("shangmen.test.db-url");
            user = System.getProperty("shangmen.test.db-user", "postgres");
        } else {
            url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
        }
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration/booking")
                .table("flyway_schema_history_booking").baselineVersion("0").baselineOnMigrate(true)
                .load().migrate();
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
        String product = jdbi.withHandle(h -> {
            try {
                Connection c = h.getConnection();
                return c.getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        jdbi.installPlugin(product.toLowerCase().contains("postgres") ? new PostgresPlugin() : new H2DatabasePlugin());
        return jdbi;
    }
}
