package org.shangmen.app.support;

import org.shangmen.billing.BillingJourneys;
import org.shangmen.dispatch.DispatchJourneys;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The cast every journey shares, injected with {@code @Autowired}: the HTTP client aimed at the running
 * platform and the steps people take through it. Lazy, because the server's port is known only once
 * the context has started, which is before any test instance asks for them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class JourneyConfiguration {

    @Bean
    @Lazy
    Http http(Environment environment) {
        return new Http(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    @Bean
    @Lazy
    Journeys journeys(Http http, OperatorAdministration operators) {
        return new Journeys(http, operators);
    }

    @Bean
    @Lazy
    WorkerJourneys workerJourneys(Http http) {
        return new WorkerJourneys(http);
    }

    @Bean
    @Lazy
    DispatchJourneys dispatchJourneys(Http http) {
        return new DispatchJourneys(http);
    }

    @Bean
    @Lazy
    BillingJourneys billingJourneys(Http http) {
        return new BillingJourneys(http);
    }

    /** Lets a test hold the analytical store's rebuild before its swap. */
    @Bean
    static org.shangmen.analytics.AnalyticsStoreProbe analyticsStoreProbe() {
        return new org.shangmen.analytics.AnalyticsStoreProbe();
    }

    @Bean
    @Lazy
    org.shangmen.analytics.AnalyticsJourneys analyticsJourneys(Http http) {
        return new org.shangmen.analytics.AnalyticsJourneys(http);
    }
}
