package org.shangmen.persistence;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.h2.H2DatabasePlugin;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The platform's Jdbi settings, whoever opens the connections. */
public final class JdbiSetup {

    private JdbiSetup() {
    }

    /**
     * Installs SQL objects and the database's own plugin ({@code databaseProductName} as JDBC reports it),
     * leaves transaction boundaries to the caller, and carries instants as UTC offsets.
     */
    public static Jdbi configure(Jdbi jdbi, String databaseProductName) {
        jdbi.installPlugin(new SqlObjectPlugin());
        // The caller owns transaction boundaries: a handle closed inside one must not end it.
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        // Instants travel as UTC OffsetDateTime: exact on TIMESTAMP WITH TIME ZONE in both databases,
        // whatever the JVM's default zone.
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
        String product = databaseProductName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            jdbi.installPlugin(new PostgresPlugin());
        } else if (product.contains("h2")) {
            jdbi.installPlugin(new H2DatabasePlugin());
        }
        return jdbi;
    }
}
