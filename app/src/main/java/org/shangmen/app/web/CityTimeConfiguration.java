package org.shangmen.app.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.shangmen.kernel.Zones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * One time convention in every answer: ISO-8601 with the city's offset and seconds
 * ({@code 2026-12-05T09:30:00+08:00}). Views built from {@link java.time.OffsetDateTime} already read so;
 * an {@link Instant} that reaches JSON (a published API's record returned as it is) is written the same
 * way instead of in UTC with {@code Z}. Reading accepts both forms.
 */
@Configuration(proxyBeanMethods = false)
class CityTimeConfiguration {

    static final DateTimeFormatter CITY_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Zones.CHINA);

    @Bean
    JacksonModule cityTimeModule() {
        return new SimpleModule("city-time").addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializationContext context) {
                gen.writeString(CITY_TIME.format(value));
            }
        });
    }
}
