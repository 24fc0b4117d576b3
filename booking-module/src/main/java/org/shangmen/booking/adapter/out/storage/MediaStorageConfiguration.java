package org.shangmen.booking.adapter.out.storage;

import java.nio.file.Path;
import org.shangmen.booking.application.port.out.MediaStorage;
import org.shangmen.storage.ObjectStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where visit and review media go, by {@code shangmen.storage.provider}: local disk under
 * {@code shangmen.booking.media-root} (default {@code ./data/order-media}), or the shared S3-compatible bucket
 * under the key prefix {@value #PREFIX}. Failures are UNAVAILABLE {@value #FAILURE}.
 */
@Configuration(proxyBeanMethods = false)
class MediaStorageConfiguration {

    static final String PREFIX = "order-media/";
    static final String FAILURE = "booking.storage-unavailable";

    @Bean
    MediaStorage mediaStorage(ObjectStores stores, @Value("${shangmen.booking.media-root:./data/order-media}") String root) {
        return new ObjectStoreMediaStorage(stores.forKind(PREFIX, Path.of(root), FAILURE));
    }
}
