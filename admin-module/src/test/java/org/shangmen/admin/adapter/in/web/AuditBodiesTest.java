package org.shangmen.admin.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AuditBodiesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private String masked(String body, boolean personNames) {
        return AuditBodies.masked(json, body.getBytes(StandardCharsets.UTF_8), "application/json", personNames);
    }

    @Test
    @DisplayName("A1.2 secrets are removed and personal data masked by name and by shape, in nested objects and lists")
    void masksSecretsAndPersonalData() {
        String out = masked("""
                {"username":"ops-li","initialPassword":"S3cret-Pass","refreshToken":"abc.def","contactName":"王小梅",
                 "address":{"street":"天河路 385 号","room":"1203"},"phone":"+8613912345678",
                 "notes":["联系 13700001111 或 wang@example.com","身份证 440106199001011234"],"amountFen":12000,
                 "name":"李桂兰"}""", true);
        assertThat(out).doesNotContain("S3cret-Pass", "abc.def", "王小梅", "天河路", "1203", "13912345678", "13700001111",
                "wang@example.com", "440106199001011234", "李桂兰");
        assertThat(out).contains("\"initialPassword\":\"[removed]\"", "\"refreshToken\":\"[removed]\"", "137****1111",
                "[e-mail]", "[ID number]", "\"amountFen\":12000", "\"name\":\"李**\"", "ops-li");
    }

    @Test
    @DisplayName("A1.2 a catalogue entry's name stays readable; files and broken JSON are described, not kept")
    void keepsCatalogueNamesAndDescribesOtherBodies() {
        assertThat(masked("{\"name\":\"日常保洁\",\"id\":\"7f3e9a13-8123-4567-9abc-a13812345678\"}", false))
                .contains("日常保洁", "a13812345678");
        assertThat(AuditBodies.masked(json, new byte[] {1, 2, 3}, "multipart/form-data; boundary=x", true))
                .isEqualTo("[multipart/form-data, 3 bytes, not kept]");
        assertThat(masked("{\"phone\":", true)).startsWith("[malformed JSON");
        assertThat(AuditBodies.masked(json, new byte[0], "application/json", true)).isNull();
    }

    @Test
    @DisplayName("A1.2 huge strings, names and bodies are cut before any pattern reads them, so an operator's request cannot stall masking")
    void boundedWork() {
        String letters = "a".repeat(60_000);
        String kept = masked("{\"note\":\"" + letters + "\",\"" + "k".repeat(5_000) + "\":\"x\"}", true);
        assertThat(kept).contains("\"note\":\"" + "a".repeat(AuditBodies.MAX_STRING_CHARS) + "…\"")
                .contains("\":\"" + AuditBodies.REMOVED + "\"").doesNotContain("a".repeat(AuditBodies.MAX_STRING_CHARS + 1));
        assertThat(masked("{\"note\":\"" + "b".repeat(AuditBodies.MAX_BODY_BYTES) + "\"}", true)).startsWith("[JSON, ")
                .endsWith("bytes, too large to keep]");
    }
}
