package org.shangmen.identity.adapter.out.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shangmen.mail.*}: which adapter sends mail ({@code dev} keeps it in the development outbox,
 * {@code smtp} sends it through the server configured by the standard {@code spring.mail.*} properties)
 * and the From address.
 */
@ConfigurationProperties(prefix = "shangmen.mail")
record OutgoingMailProperties(String provider, String from) {

    static final String DEV = "dev";
    static final String SMTP = "smtp";
    static final String DEFAULT_FROM = "上门 <no-reply@shangmen.local>";

    OutgoingMailProperties {
        provider = provider == null || provider.isBlank() ? DEV : provider.strip();
        from = from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
    }
}
