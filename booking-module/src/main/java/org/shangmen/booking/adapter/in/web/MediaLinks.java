package org.shangmen.booking.adapter.in.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mapstruct.Named;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Short-lived links to visit-record media and review photos that an {@code <image>} tag loads without
 * a token: the path carries the media key, the expiry (epoch seconds) and an HMAC-SHA256 of
 * {@code key + "\n" + expires} keyed with {@code shangmen.storage.link-secret}. Without a configured
 * secret each process signs with a random one, so links still work, only not across restarts.
 */
@Component
class MediaLinks {

    static final String PATH = "/api/v1/public/booking/media";
    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;
    private final String baseUrl;
    private final Clock clock;

    MediaLinks(@Value("${shangmen.storage.link-secret:}") String secret, @Value("${shangmen.storage.public-base-url:}") String baseUrl,
               Clock clock) {
        this.secret = secret.isBlank() ? random() : secret.getBytes(StandardCharsets.UTF_8);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    @Named("link")
    String link(Optional<String> key) {
        return key.map(this::link).orElse(null);
    }

    @Named("links")
    List<String> links(List<String> keys) {
        return keys.stream().map(this::link).toList();
    }

    /** Private: a public String-to-String method here would be taken by the mappers for every text. */
    private String link(String key) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        return baseUrl + PATH + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&expires=" + expires + "&signature="
                + signature(key, expires);
    }

    /** Whether the link was signed here and has not expired. */
    boolean valid(String key, long expires, String signature) {
        if (key == null || signature == null || expires <= clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(signature(key, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String key, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal((key + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
