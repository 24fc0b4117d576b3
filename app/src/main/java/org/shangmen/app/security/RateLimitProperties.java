package org.shangmen.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shangmen.rate-limit.*}: requests to {@code /api/**} per client address and per signed-in account.
 * The defaults leave room for any person's use of the apps; they stop scripts.
 */
@ConfigurationProperties("shangmen.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled,
                           @DefaultValue("1200") long perAddress,
                           @DefaultValue("600") long perAccount,
                           @DefaultValue("PT1M") Duration period,
                           @DefaultValue("100000") int maxKeys) {
}
