package org.shangmen.worker.adapter.out.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignedLinksTest {

    private static final String SECRET = LocalDiskDocumentStorageTest.SECRET;
    private static final Instant EXPIRES = Instant.parse("2026-11-25T08:10:00Z");

    @Test
    @DisplayName("W1.2 a link signature is the unpadded base64url HMAC-SHA256 of key, newline and expiry seconds")
    void signatureFormat() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal(("workers/42/id-front\n" + EXPIRES.getEpochSecond()).getBytes(StandardCharsets.UTF_8)));

        assertThat(new SignedLinks(SECRET).sign("workers/42/id-front", EXPIRES)).isEqualTo(expected);
    }

    @Test
    @DisplayName("W1.2 link verification refuses missing, malformed and truncated signatures instead of throwing")
    void malformedSignatures() {
        SignedLinks links = new SignedLinks(SECRET);
        String good = links.sign("workers/42/id-front", EXPIRES);
        Instant now = EXPIRES.minusSeconds(60);

        assertThat(links.verify("workers/42/id-front", EXPIRES.getEpochSecond(), good, now)).isTrue();
        assertThat(links.verify("workers/42/id-front", EXPIRES.getEpochSecond(), null, now)).isFalse();
        assertThat(links.verify(null, EXPIRES.getEpochSecond(), good, now)).isFalse();
        assertThat(links.verify("workers/42/id-front", EXPIRES.getEpochSecond(), "!!not base64!!", now)).isFalse();
        assertThat(links.verify("workers/42/id-front", EXPIRES.getEpochSecond(), good.substring(0, 20), now)).isFalse();
        assertThat(links.verify("workers/42/id-front", EXPIRES.getEpochSecond(), "", now)).isFalse();
    }

    @Test
    @DisplayName("W1.2 a link secret shorter than 32 bytes is refused, and the secret never shows in toString")
    void secretLength() {
        assertThatThrownBy(() -> new SignedLinks("too-short-secret")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("too-short-secret");
        assertThat(new SignedLinks("x".repeat(32))).isNotNull();
        assertThat(new SignedLinks(SECRET).toString()).doesNotContain(SECRET);
    }
}
