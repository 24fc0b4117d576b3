package org.shangmen.app.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.persistence.JdbiSetup;
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
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        // Spring owns transaction boundaries through the transaction-aware proxy.
        return JdbiSetup.configure(Jdbi.create(new TransactionAwareDataSourceProxy(dataSource)), product);
    }

    /** Every "now" in the platform comes from here, so tests can move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
