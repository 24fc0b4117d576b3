package org.shangmen.provider;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Makes the one {@link ProviderGuards} of the application from {@code shangmen.providers.*}, with the
 * application's {@link MeterRegistry} (Prometheus in the app), or one in memory where there is none.
 */
@AutoConfiguration
public class ProvidersAutoConfiguration {

    /** The prefix of the per-provider settings: {@code shangmen.providers.<name>.timeout} and so on. */
    public static final String PREFIX = "shangmen.providers";

    @Bean
    ProviderGuards providerGuards(Environment environment, ObjectProvider<MeterRegistry> meters) {
        Map<String, ProviderSettings> settings = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, ProviderSettings.class))
                .orElse(Map.of());
        return new ProviderGuards(settings, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
