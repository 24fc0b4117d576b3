package org.shangmen.identity.adapter.out.mail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code shangmen.mail.*} for the mail adapters; the chosen adapter picks itself by property. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutgoingMailProperties.class)
class MailConfiguration {
}
