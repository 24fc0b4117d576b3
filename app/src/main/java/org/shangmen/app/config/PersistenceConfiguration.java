package org.shangmen.app.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.h2.H2DatabasePlugin;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * One {@link Jdbi} for every module. It draws connections through Spring's transaction-aware proxy, so a
 * use case's rows and the event publication registry's rows commit or roll back together.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    Jdbi jdbi(DataSource dataSource) throws SQLException {
        Jdbi jdbi = Jdbi.create(new TransactionAwareDataSourceProxy(dataSource));
        jdbi.installPlugin(new SqlObjectPlugin());
        // Spring owns transaction boundaries: a handle closed inside one must not end it.
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
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (product.toLowerCase().contains("postgres")) {
            jdbi.installPlugin(new PostgresPlugin());
        } else if (product.toLowerCase().contains("h2")) {
            jdbi.installPlugin(new H2DatabasePlugin());
        }
        return jdbi;
    }

    /** Every "now" in the platform comes from here, so tests can move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
