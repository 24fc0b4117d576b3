package org.shangmen.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.mapstruct.Named;
import org.shangmen.kernel.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The base of a module's MapStruct view mapper: a code's label in the caller's language (the key itself
 * where the bundles have none), times in the city's offset, absent values as {@code null}. MapStruct uses
 * these methods for every mapping of the extending mapper, and its expressions call {@code label(key, locale)}.
 */
public abstract class WebViews {

    @Autowired
    protected MessageSource messages;

    /** The label of {@code label.<key>} in the caller's language. */
    @Named("label")
    public String label(String key, Locale locale) {
        return messages.getMessage("label." + key, null, key, locale);
    }

    public OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(Zones.CHINA).toOffsetDateTime();
    }

    public OffsetDateTime at(Optional<Instant> instant) {
        return instant.map(this::at).orElse(null);
    }

    public <T> T unwrap(Optional<T> value) {
        return value.orElse(null);
    }
}
