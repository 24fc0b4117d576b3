package org.shangmen.app.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Stops the start-up, before any bean is made, when a secret the platform cannot run without is
 * missing, and names every missing one with its environment variable at once. Only the {@code dev}
 * profile supplies development values; a jar started without a profile runs as production.
 */
@Configuration(proxyBeanMethods = false)
class RequiredSecrets {

    @Bean
    static BeanFactoryPostProcessor requiredSecretsCheck() {
        return new Check();
    }

    /** The secrets missing from an environment, each as "property (ENVIRONMENT_VARIABLE)". */
    static List<String> missing(Environment env) {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("shangmen.identity.token.secret", "SHANGMEN_TOKEN_SECRET");
        String activeKey = env.getProperty("shangmen.crypto.active-key", "v1");
        required.put("shangmen.crypto.keys." + activeKey, "SHANGMEN_CRYPTO_KEY_" + activeKey.toUpperCase(java.util.Locale.ROOT));
        required.put("shangmen.crypto.lookup-key", "SHANGMEN_LOOKUP_KEY");
        if ("local".equals(env.getProperty("shangmen.storage.provider", "local"))) {
            required.put("shangmen.storage.link-secret", "SHANGMEN_STORAGE_LINK_SECRET");
        }
        List<String> missing = new ArrayList<>();
        required.forEach((property, variable) -> {
            String value = env.getProperty(property);
            if (value == null || value.isBlank()) {
                missing.add(property + " (" + variable + ")");
            }
        });
        return missing;
    }

    private static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            List<String> missing = missing(environment);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Shangmen cannot start: these secrets are not set: " + String.join(", ", missing)
                        + ". Production needs each of them (generate keys with: openssl rand -base64 48); "
                        + "for the embedded demo run with SPRING_PROFILES_ACTIVE=dev,demo.");
            }
        }
    }
}
