package org.shangmen.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What every request passes through before its controller: no origin is let in, and nothing is timed twice. */
@PlatformTest
class RequestPathTest {

    @Autowired
    Http http;

    @Autowired
    ObservationRegistry observations;

    @Test
    @DisplayName("No web origin may read the API's answers cross-site: no Access-Control-Allow-Origin, whatever the Origin")
    void noCrossOrigin() {
        Http.Reply reply = http.get("/api/v1/public/areas/cities").header("Origin", "https://evil.example").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
        assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    @DisplayName("Spring Security's filters are not each wrapped in an observation; requests are measured once, as http.server.requests")
    void filtersNotObserved() {
        List<String> started = new CopyOnWriteArrayList<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                if (listening.get()) {
                    started.add(context.getName());
                }
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        try {
            assertThat(http.get("/api/v1/public/areas/cities").send().status()).isEqualTo(200);
            assertThat(http.get("/api/v1/me/notices").bearer("not-a-token").send().status()).isEqualTo(401);
        } finally {
            listening.set(false);
        }
        assertThat(started).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
    }
}
