package org.shangmen.worker.adapter.out.face;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code shangmen.face.*} for the face verification adapters; the provider's adapter picks itself by property. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FaceProperties.class)
class FaceConfiguration {
}
