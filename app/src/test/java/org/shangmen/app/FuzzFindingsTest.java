package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the OpenAPI fuzz found answered 500, each now a 4xx problem+json. */
@PlatformTest
class FuzzFindingsTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("A1.2 /error asked for directly is 404 problem+json, not 500")
    void errorPathAskedDirectly() throws Exception {
        for (String method : new String[] {"GET", "POST", "DELETE"}) {
            HttpResponse<String> reply = send(method, "/error", null, null);
            assertThat(reply.statusCode()).as(method + " " + reply.body()).isEqualTo(404);
            assertThat(reply.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        }
    }

    @Test
    @DisplayName("A1.2 a media link whose expiry is past the range of a time is refused as a 4xx, not 500")
    void mediaLinkWithHugeExpiry() throws Exception {
        for (String expires : new String[] {"9223372036854775807", "-9223372036854775808"}) {
            HttpResponse<String> reply = send("GET", "/api/v1/public/booking/media?key=a&expires=" + expires + "&signature=x", null, null);
            assertThat(reply.statusCode()).as(reply.body()).isBetween(400, 499);
            assertThat(reply.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        }
    }

    @Test
    @DisplayName("A1.2 a PUT with a form body and a bad escape is a 4xx problem+json, not 500")
    void putFormWithBadEscape() throws Exception {
        HttpResponse<String> reply = send("PUT", "/api/v1/worker/work-state", "application/x-www-form-urlencoded", "a=1&b=%ZZ");
        assertThat(reply.statusCode()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }
}
