package org.shangmen.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignedLinksTest {

    static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");
    final SignedLinks links = new SignedLinks("a-link-secret-of-at-least-thirty-two-bytes", "https://shangmen.example/",
            "/api/v1/public/files", Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));

    static Map<String, String> query(String link) {
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return query;
    }

    @Test
    @DisplayName("W3.1 W3.2 a signed link opens its own file until it expires, and nothing else")
    void signedLink() {
        String link = links.link("records/o1/r1.png");
        assertThat(link).startsWith("https://shangmen.example/api/v1/public/files?key=records%2Fo1%2Fr1.png&expires=");
        Map<String, String> q = query(link);
        long expires = Long.parseLong(q.get("expires"));
        assertThat(expires).isEqualTo(NOW.plus(Duration.ofMinutes(15)).getEpochSecond());
        assertThat(links.valid(q.get("key"), expires, q.get("signature"))).isTrue();
        assertThat(links.valid("records/o1/r2.png", expires, q.get("signature"))).as("another file").isFalse();
        assertThat(links.valid(q.get("key"), expires + 3600, q.get("signature"))).as("a longer life").isFalse();
        assertThat(links.valid(q.get("key"), expires, q.get("signature") + "x")).as("a forged signature").isFalse();
        assertThat(links.valid(q.get("key"), Long.MAX_VALUE, q.get("signature"))).isFalse();
        assertThat(links.valid(null, expires, null)).isFalse();
        SignedLinks later = new SignedLinks("a-link-secret-of-at-least-thirty-two-bytes", "", "/api/v1/public/files",
                Duration.ofMinutes(15), Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));
        assertThat(later.valid(q.get("key"), expires, q.get("signature"))).as("expired").isFalse();
        SignedLinks otherSecret = new SignedLinks("", "", "/api/v1/public/files", Duration.ofMinutes(15),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(otherSecret.valid(q.get("key"), expires, q.get("signature"))).as("signed with another secret").isFalse();
    }
}
