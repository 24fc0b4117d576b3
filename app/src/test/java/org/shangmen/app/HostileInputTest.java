package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed input from an outside test: every answer is a 4xx problem+json, never a 500 and never the
 * servlet container's HTML page. Requests that an ordinary HTTP client refuses to send go over a raw socket.
 */
@PlatformTest
class HostileInputTest {

    @LocalServerPort
    int port;
    @Autowired
    Http http;

    /** What came back over the raw socket. */
    record Raw(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private Raw raw(byte[] head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.flush();
            if (body != null) {
                // the server may answer and stop reading before the whole body is sent
                CompletableFuture.runAsync(() -> {
                    try {
                        out.write(body);
                        out.flush();
                    } catch (IOException refused) {
                        // expected once the server has answered
                    }
                });
            }
            return read(socket.getInputStream());
        }
    }

    private Raw raw(String head) throws IOException {
        return raw(head.getBytes(StandardCharsets.ISO_8859_1), null);
    }

    private static Raw read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                bytes.write(buffer, 0, n);
                if (complete(bytes.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException closed) {
            // what arrived is the answer
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        assertThat(split).as("an HTTP answer: %s", text).isPositive();
        String[] lines = text.substring(0, split).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(split + 4));
    }

    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String head = text.substring(0, split).toLowerCase(Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return text.endsWith("0\r\n\r\n") && head.contains("chunked");
        }
        int end = head.indexOf("\r\n", at);
        int length = Integer.parseInt(head.substring(at + 15, end < 0 ? head.length() : end).trim());
        return text.substring(split + 4).getBytes(StandardCharsets.UTF_8).length >= length;
    }

    private static JsonNode problem(Raw reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
        JsonNode body = JsonMapper.builder().build().readTree(reply.body());
        assertThat(body.path("code").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank();
        return body;
    }

    private static JsonNode problem(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("code").asString()).isEqualTo(code);
        return reply.json();
    }

    private String get(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    }

    @Test
    @DisplayName("A1.2 a NUL character in a JSON string, a query parameter or a form field is a 400 before any database sees it")
    void nulCharacters() {
        problem(http.post("/api/v1/auth/login/password", "{\"account\":\"wang\\u0000\",\"password\":\"Qing-Jie-2026!\"}").send(),
                400, "common.nul-character");
        problem(http.post("/api/v1/auth/login/password", "{\"account\":\"13800000000\",\"password\":\"a\\u0000b\",\"rememberMe\":false}")
                .send(), 400, "common.nul-character");
        problem(http.get("/api/v1/public/workers?keyword=%E7%8E%8B%00").send(), 400, "common.nul-character");
        problem(http.get("/api/v1/public/areas/districts/440305/communities?keyword=a%00b").send(), 400, "common.nul-character");
        problem(http.post("/api/v1/public/payments/notify/alipay", "out_trade_no=1%00").header("Content-Type",
                "application/x-www-form-urlencoded").send(), 400, "common.nul-character");
        // an escaped backslash followed by text is no NUL
        assertThat(http.post("/api/v1/auth/login/password", "{\"account\":\"wang\\\\u0000\",\"password\":\"Qing-Jie-2026!\"}")
                .send().status()).isEqualTo(401);
    }

    @Test
    @DisplayName("A1.2 a form with a bad escape and multipart without a boundary or with a NUL in a file name are 400 problems")
    void brokenBodies() {
        problem(http.post("/api/v1/public/payments/notify/alipay", "a=1&b=%ZZ").header("Content-Type",
                "application/x-www-form-urlencoded").send(), 400, "common.malformed-form");
        problem(http.post("/api/v1/public/test-probe", "--x\r\n").header("Content-Type", "multipart/form-data").send(), 400,
                "common.malformed-multipart");
        // the container itself may already refuse the part's header; either way a 400 problem, nothing stored
        Http.Reply nulName = http.multipart("/api/v1/public/test-probe", Map.of("note", "ok"), "photo\u0000.html",
                new byte[] {1, 2, 3}).send();
        assertThat(nulName.status()).as(nulName.body()).isEqualTo(400);
        assertThat(nulName.contentType()).startsWith("application/problem+json");
        assertThat(nulName.json().path("code").asString()).isIn("common.nul-character", "common.malformed-multipart");
    }

    @Test
    @DisplayName("A1.2 a 50 MB form body to the Alipay notice endpoint is a 413 problem")
    void hugeNotice() throws IOException {
        int size = 50 * 1024 * 1024;
        String head = "POST /api/v1/public/payments/notify/alipay HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + size + "\r\nConnection: close\r\n\r\n";
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'a');
        body[0] = 'x';
        body[1] = '=';
        problem(raw(head.getBytes(StandardCharsets.ISO_8859_1), body), 413);
    }

    @Test
    @DisplayName("A1.2 requests the servlet container refuses are answered with problem+json, never its HTML page")
    void containerRefusals() throws IOException {
        problem(raw(get("/api/v1/public/areas/%00cities")), 400);
        problem(raw(get("/api/v1/public/areas%2Fcities")), 400);
        problem(raw(get("/api/v1/public/areas%5Ccities")), 400);
        problem(raw(get("/api/v1/public/areas/%C3%28")), 400);
        problem(raw(get("/api/v1/public/areas/cities?name=\"x\"")), 400);
        problem(raw(get("/api/v1/public/areas/cities?a=<b>")), 400);
        assertThat(problem(raw(get("/api/v1/public/areas/districts/440305/communities?keyword=%ZZ")), 400).path("code").asString())
                .isEqualTo("common.malformed-query");
        String big = "GET /api/v1/public/areas/cities HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(9000)
                + "\r\nConnection: close\r\n\r\n";
        Raw tooBig = raw(big);
        assertThat(tooBig.status()).isBetween(400, 499);
        assertThat(tooBig.contentType()).as(tooBig.body()).startsWith("application/problem+json");
        // brackets in a query are taken as they are
        assertThat(raw(get("/api/v1/public/areas/cities?filter[0]=a")).status()).isEqualTo(200);
    }
}
