package org.shangmen.storage;

import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProvidersAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Binds {@code shangmen.storage.*} and, with {@code shangmen.storage.provider=s3}, makes the one
 * {@link S3ObjectStore} that every module's storage adapter sees under its own prefix. It stops the start-up
 * naming each missing {@code shangmen.storage.s3.*} property. With local storage (the default) each module keeps
 * its files in its own folder. {@link ObjectStores} hands each kind its store either way.
 */
@AutoConfiguration(after = ProvidersAutoConfiguration.class)
@EnableConfigurationProperties(StorageProperties.class)
public class StorageAutoConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "shangmen.storage", name = "provider", havingValue = StorageProperties.S3)
    S3ObjectStore s3ObjectStore(StorageProperties properties, ProviderGuards guards) {
        return new S3ObjectStore(properties, guards);
    }

    @Bean
    ObjectStores objectStores(StorageProperties properties, ObjectProvider<S3ObjectStore> s3) {
        return new ObjectStores(properties, s3.getIfAvailable());
    }
}
