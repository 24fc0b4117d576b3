package org.shangmen.worker.adapter.out.storage;

import org.shangmen.storage.StorageProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The documents' adapter picks itself by {@code shangmen.storage.provider} (bound by the shared storage
 * library). With local storage this also
 * provides the {@link SignedLinks} that sign and check file links, and stops the start-up when
 * {@code shangmen.storage.link-secret} is missing or too short.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "shangmen.storage", name = "provider", havingValue = StorageProperties.LOCAL,
            matchIfMissing = true)
    SignedLinks documentLinks(StorageProperties properties) {
        String problem = properties.linkSecretProblem();
        if (problem != null) {
            throw new IllegalStateException(problem + ": shangmen.storage.provider=local signs its file links with "
                    + "a secret of at least " + SignedLinks.MIN_SECRET_BYTES + " bytes (environment variable "
                    + "SHANGMEN_STORAGE_LINK_SECRET); or set shangmen.storage.provider=s3");
        }
        return new SignedLinks(properties.linkSecret());
    }
}
