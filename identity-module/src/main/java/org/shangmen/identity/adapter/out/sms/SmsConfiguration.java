package org.shangmen.identity.adapter.out.sms;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code shangmen.sms.*} for the SMS adapters; the provider's adapter picks itself by property. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {
}
