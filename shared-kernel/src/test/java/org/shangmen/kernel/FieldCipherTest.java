package org.shangmen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    private final FieldCipher v1 = new FieldCipher(Map.of("v1", key(1)), "v1", key(9));

    @Test
    @DisplayName("A1.2 a personal field round-trips, and its ciphertext shows no plaintext and differs every time")
    void roundTrip() {
        String a = v1.encrypt("+8613812341234");
        String b = v1.encrypt("+8613812341234");
        assertThat(a).startsWith("v1:").doesNotContain("13812341234").isNotEqualTo(b);
        assertThat(v1.decrypt(a)).isEqualTo("+8613812341234");
        assertThat(v1.decrypt(v1.encrypt("广东省深圳市南山区"))).isEqualTo("广东省深圳市南山区");
    }

    @Test
    @DisplayName("A1.2 keys rotate: values under the old key stay readable, new ones use the new key")
    void rotation() {
        String old = v1.encrypt("440305199001011234");
        FieldCipher rotated = new FieldCipher(Map.of("v1", key(1), "v2", key(2)), "v2", key(9));
        assertThat(rotated.decrypt(old)).isEqualTo("440305199001011234");
        assertThat(rotated.encrypt("x")).startsWith("v2:");
        assertThat(rotated.lookupHash("a")).isEqualTo(v1.lookupHash("a"));
    }

    @Test
    @DisplayName("A1.2 a tampered ciphertext or a wrong key is refused, never decrypted to garbage")
    void tamper() {
        String sealed = v1.encrypt("secret");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> v1.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        FieldCipher other = new FieldCipher(Map.of("v1", key(3)), "v1", key(9));
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldCipher(Map.of("v1", new byte[16]), "v1", key(9))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A1.2 lookup hashes are stable and keyed")
    void lookup() {
        assertThat(v1.lookupHash("+8613812341234")).hasSize(64).isEqualTo(v1.lookupHash("+8613812341234"));
        assertThat(new FieldCipher(Map.of("v1", key(1)), "v1", key(8)).lookupHash("+8613812341234"))
                .isNotEqualTo(v1.lookupHash("+8613812341234"));
    }
}
