package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.PlatformTest;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class FieldMessagesTest {

    @Autowired
    Http http;

    private Map<String, String> fieldErrors(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        Map<String, String> messages = new HashMap<>();
        for (JsonNode error : reply.json().path("errors")) {
            messages.put(error.path("field").asString(), error.path("message").asString());
        }
        return messages;
    }

    @Test
    @DisplayName("a field error says what to send: 必填, the allowed range, the allowed length (not the validator's 不能为null)")
    void fieldErrorsSayWhatToSend() {
        assertThat(fieldErrors(http.post("/api/v1/public/test-probe", "{\"name\":\"\",\"stars\":9}").send()))
                .containsEntry("name", "必填,不能为空白").containsEntry("stars", "不能大于 5");
        assertThat(fieldErrors(http.post("/api/v1/public/test-probe", "{\"name\":\"aaaaaaaaaaaa\",\"stars\":0}").send()))
                .containsEntry("name", "长度或数量须在 0 到 10 之间").containsEntry("stars", "不能小于 1");
    }

    @Test
    @DisplayName("field errors in English with Accept-Language: en")
    void inEnglish() {
        assertThat(fieldErrors(http.post("/api/v1/public/test-probe", "{\"stars\":9}").header("Accept-Language", "en").send()))
                .containsEntry("name", "Required, and not blank").containsEntry("stars", "Must be at most 5");
    }
}
