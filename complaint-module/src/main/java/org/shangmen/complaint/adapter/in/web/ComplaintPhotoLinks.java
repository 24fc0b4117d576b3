package org.shangmen.complaint.adapter.in.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.shangmen.kernel.SignedLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A2.1 short-lived links to a complaint's photos, handed only to those who may read the complaint. */
@Component
class ComplaintPhotoLinks {

    static final String PATH = "/api/v1/public/complaints/photos";
    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final SignedLinks links;

    ComplaintPhotoLinks(@Value("${shangmen.storage.link-secret:}") String secret,
                        @Value("${shangmen.storage.public-base-url:}") String baseUrl, Clock clock) {
        this.links = new SignedLinks(secret, baseUrl, PATH, LIFETIME, clock);
    }

    String link(UUID photoId) {
        return links.link(photoId.toString());
    }

    boolean valid(String key, long expires, String signature) {
        return links.valid(key, expires, signature);
    }
}
