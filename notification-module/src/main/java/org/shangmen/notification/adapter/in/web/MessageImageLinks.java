package org.shangmen.notification.adapter.in.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.shangmen.kernel.SignedLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** W3.2 short-lived links to private-message pictures, handed only to the thread's two people. */
@Component
class MessageImageLinks {

    static final String PATH = "/api/v1/public/messages/images";
    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final SignedLinks links;

    MessageImageLinks(@Value("${shangmen.storage.link-secret:}") String secret,
                      @Value("${shangmen.storage.public-base-url:}") String baseUrl, Clock clock) {
        this.links = new SignedLinks(secret, baseUrl, PATH, LIFETIME, clock);
    }

    String link(UUID messageId) {
        return links.link(messageId.toString());
    }

    boolean valid(String key, long expires, String signature) {
        return links.valid(key, expires, signature);
    }
}
