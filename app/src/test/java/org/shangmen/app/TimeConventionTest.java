package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class TimeConventionTest {

    @Autowired
    JsonMapper json;

    @Test
    @DisplayName("an instant in an answer reads in the city's offset with seconds, never in UTC with Z, and reads back the same")
    void instantsCarryTheCityOffset() {
        Instant at = Instant.parse("2026-12-05T01:30:00Z");
        String written = json.writeValueAsString(Map.of("at", at));
        assertThat(written).isEqualTo("{\"at\":\"2026-12-05T09:30:00+08:00\"}");
        assertThat(json.readValue("\"2026-12-05T09:30:00+08:00\"", Instant.class)).isEqualTo(at);
        assertThat(json.readValue("\"2026-12-05T01:30:00Z\"", Instant.class)).isEqualTo(at);
    }
}
