package org.shangmen.booking.adapter.in.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Named;
import org.shangmen.kernel.SignedLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Short-lived links to visit-record media and review photos that an {@code <image>} tag loads without
 * a token, signed with {@code shangmen.storage.link-secret} (see the kernel's {@link SignedLinks}).
 */
@Component
class MediaLinks {

    static final String PATH = "/api/v1/public/booking/media";
    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final SignedLinks links;

    MediaLinks(@Value("${shangmen.storage.link-secret:}") String secret, @Value("${shangmen.storage.public-base-url:}") String baseUrl,
               Clock clock) {
        this.links = new SignedLinks(secret, baseUrl, PATH, LIFETIME, clock);
    }

    @Named("link")
    String link(Optional<String> key) {
        return key.map(links::link).orElse(null);
    }

    @Named("links")
    List<String> links(List<String> keys) {
        return keys.stream().map(links::link).toList();
    }

    /** Whether the link was signed here and has not expired. */
    boolean valid(String key, long expires, String signature) {
        return links.valid(key, expires, signature);
    }
}
