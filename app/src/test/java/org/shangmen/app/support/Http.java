package org.shangmen.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny HTTP client for end-to-end tests: real sockets against the running platform on 127.0.0.1.
 * Every exchange is checked against the published OpenAPI document ({@link ContractCheck}).
 */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Reply(int status, Map<String, String> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String contentType() {
            return header("content-type");
        }
    }

    public Request get(String path) {
        return new Request("GET", path, null);
    }

    public Request post(String path, String body) {
        return new Request("POST", path, body);
    }

    public Request put(String path, String body) {
        return new Request("PUT", path, body);
    }

    public Request delete(String path) {
        return new Request("DELETE", path, null);
    }

    /** A multipart/form-data request with text fields and one file part named "file". */
    public Request multipart(String path, Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----shangmen" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(file);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Request request = new Request("POST", path, null, out.toByteArray());
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
        return request;
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public final class Request {
        private final String method;
        private final String path;
        private final String body;
        private final byte[] bytes;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Request(String method, String path, String body) {
            this(method, path, body, null);
        }

        private Request(String method, String path, String body, byte[] bytes) {
            this.method = method;
            this.path = path;
            this.body = body;
            this.bytes = bytes;
            if (body != null) {
                headers.put("Content-Type", "application/json");
            }
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Reply send() {
            String target = path.startsWith("http") ? path : base + path;
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30));
            headers.forEach(builder::header);
            builder.method(method, bytes != null ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                    : body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            try {
                HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Map<String, String> replyHeaders = new LinkedHashMap<>();
                response.headers().map().forEach((k, v) -> replyHeaders.put(k.toLowerCase(), String.join(",", v)));
                Reply reply = new Reply(response.statusCode(), replyHeaders, response.body());
                if (!path.startsWith("http")) {
                    ContractCheck.check(base, method, path, headers, body, reply);
                }
                return reply;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
