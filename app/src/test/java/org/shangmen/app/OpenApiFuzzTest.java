package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated hostile requests for every operation of the published OpenAPI document ({@code /v3/api-docs}):
 * a well-shaped request built from each operation's schemas, then mutations of it (wrong JSON types,
 * missing required fields, nulls, 100 000-character strings, NUL and other control characters, invalid
 * UTF-8, bad enum values, negative and out-of-range numbers, malformed JSON, wrong content types, broken
 * multipart and form bodies, invalid path ids, bad query parameters), each sent anonymously and as a
 * customer, a worker and an operator. Whatever the request, the platform must never answer 5xx and must
 * answer every error as {@code application/problem+json} (a 429 with {@code Retry-After}).
 *
 * <p>The generation is deterministic (a fixed seed per operation). The exchanges bypass the contract check
 * of the shared client on purpose: a fuzzed request is not expected to meet the documented answers, only
 * the error contract.
 */
@PlatformTest
class OpenApiFuzzTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OpenApiFuzzTest.class);

    private static final long SEED = 20261205L;
    private static final int MIN_REQUESTS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "长".repeat(20_000) + "x".repeat(80_000);
    private static final String NUL = "名\u0000字";
    private static final String CONTROL = "a\u0001\u0008\u001b\u007f\u2028\uFEFFb";
    private static final byte[] BAD_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};

    private static final Map<Integer, Integer> STATUSES = new java.util.concurrent.ConcurrentHashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    Journeys journeys;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** One generated request. */
    record Fuzz(String operation, String mutation, String method, String path, String contentType, byte[] body,
            Map<String, String> headers) {
    }

    /** Who sends: no token, or a customer's, a worker's or an operator's. */
    record Caller(String name, String token) {
    }

    @Test
    @DisplayName("A1.2 every operation of the OpenAPI document, fuzzed with 10 000+ generated requests, answers no 5xx and every error as problem+json")
    void fuzzEveryOperation() throws Exception {
        JsonNode document = JSON.readTree(get("/v3/api-docs"));
        List<Caller> callers = List.of(new Caller("anonymous", null), new Caller("customer", journeys.customerToken()),
                new Caller("worker", journeys.workerToken()), new Caller("operator", journeys.operatorToken("superadmin")));

        Map<String, String> known = knownIds();
        List<Fuzz> sessionSafe = new ArrayList<>();
        List<Fuzz> sessionEnding = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                // the test probes are a fixture of this suite (one fails on purpose), no part of the platform
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method) || streams(op.getValue())
                        || path.getKey().startsWith("/api/v1/public/test-probe")) {
                    continue;
                }
                List<Fuzz> generated = new Generator(document, method, path.getKey(), op.getValue(), known).generate();
                // signing out ends the callers' sessions: those run last, after everything else
                (path.getKey().startsWith("/api/v1/auth/") ? sessionEnding : sessionSafe).addAll(generated);
            }
        }

        List<String> defects = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            run(pool, sessionSafe, callers, defects, sent);
            run(pool, sessionEnding, callers, defects, sent);
        } finally {
            pool.shutdownNow();
        }
        Collections.sort(defects);
        LOG.info("OpenAPI fuzz: {} requests, answers by status {}", sent.get(), new java.util.TreeMap<>(STATUSES));
        assertThat(defects).as("requests answered with a 5xx or an error that is not problem+json ("
                + defects.size() + " of " + sent.get() + "):\n" + String.join("\n", defects.subList(0, Math.min(80, defects.size()))))
                .isEmpty();
        assertThat(sent.get()).isGreaterThanOrEqualTo(MIN_REQUESTS);
    }

    /**
     * Ids of the demo city that exist (a catalogue item, a city, a district), so that reads of them get past
     * "not found" to their parameters. Only reads use them: the fuzz must not change the shared demo data.
     */
    private Map<String, String> knownIds() throws IOException, InterruptedException {
        Map<String, String> known = new LinkedHashMap<>();
        first(JSON.readTree(get("/api/v1/public/catalogue")), "basePriceFen", "id").ifPresent(id -> known.put("itemId", id));
        first(JSON.readTree(get("/api/v1/public/areas/cities")), "code", "code").ifPresent(city -> {
            known.put("cityCode", city);
            try {
                first(JSON.readTree(get("/api/v1/public/areas/cities/" + city + "/districts")), "code", "code")
                        .ifPresent(district -> known.put("districtCode", district));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(known).as("ids of the demo city").containsKeys("itemId", "cityCode", "districtCode");
        return known;
    }

    /** The value of {@code field} in the first object that has {@code marker}. */
    private static java.util.Optional<String> first(JsonNode node, String marker, String field) {
        if (node.isObject() && node.has(marker) && node.path(field).isValueNode()) {
            return java.util.Optional.of(node.path(field).asString());
        }
        for (JsonNode child : node) {
            java.util.Optional<String> found = first(child, marker, field);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    /** Server-sent event streams never end; their errors are the same handlers as every other operation's. */
    private static boolean streams(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    private void run(ExecutorService pool, List<Fuzz> requests, List<Caller> callers, List<String> defects, AtomicInteger sent)
            throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (Fuzz fuzz : requests) {
            int index = futures.size();
            futures.add(pool.submit(() -> {
                for (Caller caller : callersOf(fuzz, index, callers)) {
                    String defect = send(fuzz, caller);
                    sent.incrementAndGet();
                    if (defect != null) {
                        defects.add(defect);
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
    }

    /**
     * Everybody sends the well-shaped request; a mutation goes to the caller the operation is for (by its
     * path) and to one other caller in turn, so each side's validation and each side's refusal are both met.
     */
    private static List<Caller> callersOf(Fuzz fuzz, int index, List<Caller> callers) {
        if (fuzz.mutation().equals("baseline")) {
            return callers;
        }
        String path = fuzz.path();
        int owner = path.startsWith("/api/v1/customer/") ? 1 : path.startsWith("/api/v1/worker/") ? 2
                : path.startsWith("/api/v1/admin/") ? 3 : index % callers.size();
        int other = (owner + 1 + index % (callers.size() - 1)) % callers.size();
        return List.of(callers.get(owner), callers.get(other));
    }

    /**
     * The payment providers' notices are answered in each provider's own protocol, which the provider
     * reads: Alipay and UnionPay a plain-text "failure"/"fail", WeChat Pay its JSON {code, message}.
     * Those answers are deliberate; any 5xx there is still a defect.
     */
    private static boolean providerProtocol(Fuzz fuzz, int status, String contentType) {
        return fuzz.path().startsWith("/api/v1/public/payments/notify/") && status < 500
                && (contentType.startsWith("text/plain") || contentType.startsWith("application/json"));
    }

    /** Sends one request; answers what is wrong with the answer, or null. */
    private String send(Fuzz fuzz, Caller caller) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + fuzz.path())).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException unsendable) {
            return null;
        }
        fuzz.headers().forEach(builder::header);
        if (fuzz.contentType() != null) {
            builder.header("Content-Type", fuzz.contentType());
        }
        if (caller.token() != null) {
            builder.header("Authorization", "Bearer " + caller.token());
        }
        builder.method(fuzz.method(), fuzz.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(fuzz.body()));
        String what = fuzz.operation() + " [" + fuzz.mutation() + "] as " + caller.name() + ": " + fuzz.method() + " "
                + abbreviate(fuzz.path(), 160);
        try {
            HttpResponse<InputStream> response;
            try {
                response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException closedUnderneath) {
                // A kept-alive connection the server closed as the client reused it ("header parser received no
                // bytes") says nothing of the answer: the request is sent once more; a second failure is reported.
                response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            }
            int status = response.statusCode();
            STATUSES.merge(status, 1, Integer::sum);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                if (status < 400) {
                    return null;
                }
                String body = new String(in.readNBytes(400), StandardCharsets.UTF_8);
                String answer = " -> " + status + " " + contentType + " " + abbreviate(body, 200).replace('\n', ' ');
                if (status >= 500) {
                    return what + answer;
                }
                if (!contentType.startsWith("application/problem+json") && !providerProtocol(fuzz, status, contentType)) {
                    return what + answer;
                }
                if (status == 429 && response.headers().firstValue("Retry-After").isEmpty()) {
                    return what + answer + " (no Retry-After)";
                }
                return null;
            }
        } catch (IOException e) {
            return what + " -> connection failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(reply.statusCode()).isEqualTo(200);
        return reply.body();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** The requests of one operation, from a random generator seeded by the operation. */
    private static final class Generator {

        private final JsonNode document;
        private final String method;
        private final String template;
        private final JsonNode operation;
        private final String name;
        private final Random random;
        private final List<Fuzz> out = new ArrayList<>();
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final Map<String, JsonNode> pathSchemas = new LinkedHashMap<>();
        private final Map<String, String> queryValues = new LinkedHashMap<>();
        private final Map<String, JsonNode> querySchemas = new LinkedHashMap<>();
        private final Map<String, String> headerValues = new LinkedHashMap<>();

        private final Map<String, String> known;

        Generator(JsonNode document, String method, String template, JsonNode operation, Map<String, String> known) {
            this.known = method.equals("GET") ? known : Map.of();
            this.document = document;
            this.method = method;
            this.template = template;
            this.operation = operation;
            this.name = method + " " + template;
            this.random = new Random(SEED ^ name.hashCode());
        }

        List<Fuzz> generate() {
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode schema = resolve(parameter.path("schema"));
                String parameterName = parameter.path("name").asString();
                switch (parameter.path("in").asString()) {
                    case "path" -> {
                        pathValues.put(parameterName, known.getOrDefault(parameterName, scalar(schema)));
                        pathSchemas.put(parameterName, schema);
                    }
                    case "query" -> {
                        queryValues.put(parameterName, scalar(schema));
                        querySchemas.put(parameterName, schema);
                    }
                    case "header" -> headerValues.put(parameterName, scalar(schema));
                    default -> {
                    }
                }
            }
            JsonNode content = operation.path("requestBody").path("content");
            String mediaType = content.isObject() && !content.isEmpty() ? content.propertyNames().iterator().next() : null;
            JsonNode bodySchema = mediaType == null ? null : resolve(content.path(mediaType).path("schema"));

            byte[] baseline = body(mediaType, bodySchema == null ? null : value(bodySchema, 0));
            add("baseline", path(pathValues), query(queryValues), mediaType, baseline);
            pathMutations(mediaType, baseline);
            queryMutations(mediaType, baseline);
            if (mediaType == null) {
                // a body where none is expected, and a content type that means nothing here
                add("unexpected JSON body", path(pathValues), query(queryValues), "application/json", utf8("{\"x\":\"\u0000\"}"));
                add("unexpected XML body", path(pathValues), query(queryValues), "application/xml", utf8("<a>1</a>"));
            } else if (mediaType.equals("application/json")) {
                jsonMutations(bodySchema);
            } else if (mediaType.startsWith("multipart/")) {
                multipartMutations(bodySchema);
            } else if (mediaType.equals("application/x-www-form-urlencoded")) {
                formMutations();
            }
            return out;
        }

        private void add(String mutation, String path, String query, String contentType, byte[] body) {
            add(mutation, path, query, contentType, body, headerValues);
        }

        private void add(String mutation, String path, String query, String contentType, byte[] body, Map<String, String> headers) {
            out.add(new Fuzz(name, mutation, method, path + (query.isEmpty() ? "" : "?" + query), contentType, body, headers));
        }

        // ---- path and query

        private void pathMutations(String mediaType, byte[] body) {
            List<String> bad = List.of("-1", "0", "9223372036854775807", "99999999999999999999999", "not-an-id", "%00", "%E4%B8",
                    "x".repeat(3000), "%F0%9F%98%80", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "00000000-0000-0000-0000-000000000000",
                    "..%252F..", "%20", "null", "true", "1.5e400", "'%20OR%201%3D1--");
            for (String parameter : pathValues.keySet()) {
                for (String value : bad) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(parameter, value);
                    add("path " + parameter + "=" + abbreviate(value, 20), path(values), query(queryValues), mediaType, body);
                }
            }
        }

        private void queryMutations(String mediaType, byte[] body) {
            String path = path(pathValues);
            for (Map.Entry<String, JsonNode> parameter : querySchemas.entrySet()) {
                String key = parameter.getKey();
                List<String> bad = new ArrayList<>(List.of("", "-1", "0", "9223372036854775807", "-9223372036854775808",
                        "92233720368547758070", "1e308", "NaN", "abc", "NOT_A_VALUE", NUL, CONTROL, "x".repeat(4000),
                        "2026-13-45T99:99:99+99:00", "true,false,%,,", "\uD83D\uDE00\u202E"));
                for (String value : bad) {
                    Map<String, String> values = new LinkedHashMap<>(queryValues);
                    values.put(key, value);
                    add("query " + key + "=" + abbreviate(value, 20), path, query(values), mediaType, body);
                }
                Map<String, String> without = new LinkedHashMap<>(queryValues);
                without.remove(key);
                add("query without " + key, path, query(without), mediaType, body);
                add("query " + key + " twice", path, query(queryValues) + "&" + enc(key) + "=" + enc("x"), mediaType, body);
                add("query " + key + " raw bad escape", path, enc(key) + "=%ZZ%", mediaType, body);
            }
        }

        private String path(Map<String, String> values) {
            String path = template;
            for (Map.Entry<String, String> value : values.entrySet()) {
                String raw = value.getValue();
                // mutated values above are already URL text; generated ones are escaped here
                String text = raw.matches("[A-Za-z0-9%._'-]*") ? raw : enc(raw);
                path = path.replace("{" + value.getKey() + "}", text);
            }
            return path.replace("**", "a/b.jpg");
        }

        private static String query(Map<String, String> values) {
            StringBuilder query = new StringBuilder();
            values.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            return query.toString();
        }

        private static String enc(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        // ---- JSON bodies

        private void jsonMutations(JsonNode schema) {
            String path = path(pathValues);
            String query = query(queryValues);
            JsonNode baseline = value(schema, 0);
            for (String text : List.of("", "{", "{\"a\":", "[1,2", "nul", "{\"a\":1}}", "{'a':1}", "{\"a\":1,}", "\"text\"", "42", "null",
                    "[]", "[{}]", "{}", "{\"a\":\"\\u0000\"}", "{\"a\":\"\\uD800\"}", "\uFEFF{}", "[".repeat(5000) + "]".repeat(5000),
                    "{\"a\":" + "9".repeat(5000) + "}", "{\"a\":1e99999}")) {
                add("JSON " + abbreviate(text, 24), path, query, "application/json", utf8(text));
            }
            byte[] invalid = concat(utf8("{\"x\":\""), BAD_UTF8, utf8("\"}"));
            add("invalid UTF-8 in JSON", path, query, "application/json", invalid);
            byte[] base = utf8(JSON.writeValueAsString(baseline));
            for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data", "application/json; charset=latin-9", "application/problem+json", "*/*", "garbage")) {
                add("Content-Type " + contentType, path, query, contentType, base);
            }
            add("no Content-Type", path, query, null, base);
            add("form with bad escape", path, query, "application/x-www-form-urlencoded", utf8("a=1&b=%ZZ"));
            add("JSON over 2 MB", path, query, "application/json", utf8("{\"x\":\"" + "y".repeat(2_200_000) + "\"}"));
            if (baseline instanceof ObjectNode object) {
                objectMutations(object, schema, "", object, path, query);
            }
        }

        /** Mutates each property of one object (nested objects one level deep) inside the baseline body. */
        private void objectMutations(ObjectNode root, JsonNode schema, String prefix, ObjectNode target, String path, String query) {
            JsonNode properties = schema.path("properties");
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                String key = property.getKey();
                JsonNode propertySchema = resolve(property.getValue());
                JsonNode original = target.get(key);
                for (Map.Entry<String, JsonNode> bad : badValues(propertySchema).entrySet()) {
                    target.set(key, bad.getValue());
                    add(prefix + key + " " + bad.getKey(), path, query, "application/json", utf8(JSON.writeValueAsString(root)));
                }
                target.remove(key);
                add(prefix + key + " missing", path, query, "application/json", utf8(JSON.writeValueAsString(root)));
                target.set(key, original);
                if (original instanceof ObjectNode nested && prefix.isEmpty()) {
                    objectMutations(root, propertySchema, key + ".", nested, path, query);
                }
                if (original instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode element
                        && prefix.isEmpty()) {
                    objectMutations(root, resolve(propertySchema.path("items")), key + "[0].", element, path, query);
                }
            }
        }

        private Map<String, JsonNode> badValues(JsonNode schema) {
            Map<String, JsonNode> bad = new LinkedHashMap<>();
            bad.put("null", NODES.nullNode());
            String type = type(schema);
            if (!type.equals("string")) {
                bad.put("as string", NODES.stringNode("abc"));
            }
            if (!type.equals("integer") && !type.equals("number")) {
                bad.put("as number", NODES.numberNode(-7));
            }
            if (!type.equals("boolean")) {
                bad.put("as boolean", NODES.booleanNode(true));
            }
            if (!type.equals("object")) {
                bad.put("as object", NODES.objectNode().put("a", 1));
            }
            if (!type.equals("array")) {
                bad.put("as array", NODES.arrayNode().add(1).add("b"));
            }
            switch (type) {
                case "string" -> {
                    bad.put("huge", NODES.stringNode(HUGE));
                    bad.put("NUL", NODES.stringNode(NUL));
                    bad.put("control", NODES.stringNode(CONTROL));
                    bad.put("empty", NODES.stringNode(""));
                    bad.put("blank", NODES.stringNode(" \t "));
                    bad.put("lone surrogate", NODES.stringNode("\uD800x"));
                    bad.put("bad enum", NODES.stringNode("NOT_A_VALUE"));
                    bad.put("bad date", NODES.stringNode("2026-02-30T25:61:00+25:00"));
                    bad.put("far year", NODES.stringNode("+999999999-12-31T23:59:59+08:00"));
                    bad.put("lower-case enum", NODES.stringNode(schema.path("enum").path(0).asString("x").toLowerCase()));
                }
                case "integer", "number" -> {
                    bad.put("Long.MAX_VALUE", NODES.numberNode(Long.MAX_VALUE));
                    bad.put("Long.MIN_VALUE", NODES.numberNode(Long.MIN_VALUE));
                    bad.put("Long.MAX_VALUE-1", NODES.numberNode(Long.MAX_VALUE - 1));
                    bad.put("Integer.MAX_VALUE", NODES.numberNode(Integer.MAX_VALUE));
                    bad.put("past long", NODES.numberNode(new java.math.BigInteger("92233720368547758070")));
                    bad.put("negative", NODES.numberNode(-1));
                    bad.put("zero", NODES.numberNode(0));
                    bad.put("fraction", NODES.numberNode(1.5));
                    bad.put("1e308", NODES.numberNode(1e308));
                    bad.put("numeric string", NODES.stringNode("12"));
                }
                case "array" -> {
                    bad.put("empty", NODES.arrayNode());
                    ArrayNode many = NODES.arrayNode();
                    JsonNode item = value(resolve(schema.path("items")), 1);
                    for (int i = 0; i < 2000; i++) {
                        many.add(item);
                    }
                    bad.put("2000 items", many);
                    bad.put("null item", NODES.arrayNode().addNull());
                    bad.put("NUL item", NODES.arrayNode().add(NUL));
                }
                case "object" -> bad.put("empty", NODES.objectNode());
                default -> {
                }
            }
            return bad;
        }

        // ---- multipart and form bodies

        private void multipartMutations(JsonNode schema) {
            String path = path(pathValues);
            String query = query(queryValues);
            String boundary = "fuzz" + Long.toHexString(random.nextLong());
            String type = "multipart/form-data; boundary=" + boundary;
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (!resolve(property.getValue()).path("format").asString("").equals("binary")) {
                    fields.put(property.getKey(), scalar(resolve(property.getValue())));
                }
            }
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
            add("multipart without file", path, query, type, multipart(boundary, fields, null, null));
            add("multipart empty file", path, query, type, multipart(boundary, fields, "a.jpg", new byte[0]));
            add("multipart text as image", path, query, type, multipart(boundary, fields, "a.jpg", utf8("<html><script>")));
            add("multipart truncated PNG", path, query, type, multipart(boundary, fields, "a.png", png));
            add("multipart NUL file name", path, query, type, multipart(boundary, fields, "a\u0000.jpg", png));
            add("multipart huge file name", path, query, type, multipart(boundary, fields, "x".repeat(5000) + ".jpg", png));
            add("multipart invalid UTF-8 file name", path, query, type,
                    concat(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""), BAD_UTF8,
                            utf8("\"\r\n\r\nabc\r\n--" + boundary + "--\r\n")));
            add("multipart without boundary", path, query, "multipart/form-data", multipart(boundary, fields, "a.jpg", png));
            add("multipart wrong boundary", path, query, "multipart/form-data; boundary=other", multipart(boundary, fields, "a.jpg", png));
            add("multipart unterminated", path, query, type, utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\""));
            add("multipart as JSON", path, query, "application/json", utf8("{}"));
            for (String field : fields.keySet()) {
                for (String bad : List.of(NUL, CONTROL, HUGE, "NOT_A_VALUE", "-1", "")) {
                    Map<String, String> mutated = new LinkedHashMap<>(fields);
                    mutated.put(field, bad);
                    add("multipart " + field + "=" + abbreviate(bad, 12), path, query, type, multipart(boundary, mutated, "a.png", png));
                }
            }
        }

        private static byte[] multipart(String boundary, Map<String, String> fields, String fileName, byte[] file) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fields.forEach((k, v) -> out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                    + "\"\r\n\r\n" + v + "\r\n")));
            if (fileName != null) {
                out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: image/png\r\n\r\n"));
                out.writeBytes(file);
                out.writeBytes(utf8("\r\n"));
            }
            out.writeBytes(utf8("--" + boundary + "--\r\n"));
            return out.toByteArray();
        }

        private void formMutations() {
            String path = path(pathValues);
            String form = "application/x-www-form-urlencoded";
            for (String body : List.of("", "a=1", "a=1&b=%ZZ", "a=%00", "sign=" + "x".repeat(100_000), "=&=&&", "a", "%", "a=%E4%B8")) {
                add("form " + abbreviate(body, 16), path, "", form, utf8(body));
            }
            add("form invalid UTF-8", path, "", form, concat(utf8("a="), BAD_UTF8));
            add("form as JSON", path, "", "application/json", utf8("{\"a\":1}"));
            add("form as XML", path, "", "application/xml", utf8("<xml><a>1</a></xml>"));
        }

        // ---- values from schemas

        private JsonNode resolve(JsonNode schema) {
            for (int i = 0; i < 10 && schema.has("$ref"); i++) {
                String ref = schema.path("$ref").asString();
                schema = document.at(ref.substring(1));
            }
            for (String combination : List.of("allOf", "oneOf", "anyOf")) {
                if (schema.has(combination)) {
                    ObjectNode merged = NODES.objectNode();
                    ObjectNode properties = NODES.objectNode();
                    for (JsonNode part : schema.path(combination)) {
                        JsonNode resolved = resolve(part);
                        if (type(resolved).equals("null")) {
                            continue;
                        }
                        merged.setAll((ObjectNode) resolved.deepCopy());
                        if (resolved.has("properties")) {
                            properties.setAll((ObjectNode) resolved.path("properties"));
                        }
                        if (!combination.equals("allOf")) {
                            break;
                        }
                    }
                    if (!properties.isEmpty()) {
                        merged.set("properties", properties);
                    }
                    return merged;
                }
            }
            return schema;
        }

        private static String type(JsonNode schema) {
            JsonNode type = schema.path("type");
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (!t.asString().equals("null")) {
                        return t.asString();
                    }
                }
                return "null";
            }
            if (type.isString()) {
                return type.asString();
            }
            return schema.has("properties") ? "object" : "string";
        }

        private JsonNode value(JsonNode schema, int depth) {
            schema = resolve(schema);
            String type = type(schema);
            switch (type) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    if (depth > 5) {
                        return object;
                    }
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        object.set(property.getKey(), value(property.getValue(), depth + 1));
                    }
                    JsonNode additional = schema.path("additionalProperties");
                    if (additional.isObject() && object.isEmpty()) {
                        object.set("MONDAY", value(additional, depth + 1));
                    }
                    return object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    if (depth <= 5) {
                        array.add(value(schema.path("items"), depth + 1));
                    }
                    return array;
                }
                case "integer" -> {
                    return NODES.numberNode(1 + random.nextInt(100));
                }
                case "number" -> {
                    return NODES.numberNode(random.nextInt(1000) / 10.0);
                }
                case "boolean" -> {
                    return NODES.booleanNode(random.nextBoolean());
                }
                default -> {
                    return NODES.stringNode(scalar(schema));
                }
            }
        }

        /** A plausible value of a scalar schema, as text. */
        private String scalar(JsonNode schema) {
            JsonNode values = schema.path("enum");
            if (values.isArray() && !values.isEmpty()) {
                List<String> choices = new ArrayList<>();
                values.forEach(v -> {
                    if (!v.isNull()) {
                        choices.add(v.asString());
                    }
                });
                if (!choices.isEmpty()) {
                    return choices.get(random.nextInt(choices.size()));
                }
            }
            String type = type(schema);
            if (type.equals("integer")) {
                return Integer.toString(1 + random.nextInt(20));
            }
            if (type.equals("number")) {
                return Double.toString(random.nextInt(1000) / 10.0);
            }
            if (type.equals("boolean")) {
                return Boolean.toString(random.nextBoolean());
            }
            if (type.equals("array")) {
                return scalar(resolve(schema.path("items")));
            }
            return switch (schema.path("format").asString("")) {
                case "uuid" -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
                // far in the future: nothing an operator sets from a baseline request takes effect during the run
                case "date-time" -> "2099-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T10:00:00+08:00";
                case "date" -> "2099-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                case "email" -> "fuzz" + random.nextInt(100_000) + "@example.com";
                case "uri" -> "https://example.com/" + random.nextInt(1000);
                default -> "fuzz" + Integer.toString(random.nextInt(1_000_000), 36);
            };
        }

        private static byte[] body(String mediaType, JsonNode value) {
            if (mediaType == null) {
                return null;
            }
            if (mediaType.equals("application/json")) {
                return utf8(JSON.writeValueAsString(value));
            }
            if (mediaType.startsWith("multipart/")) {
                return null;
            }
            return utf8("a=1");
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] concat(byte[]... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] part : parts) {
                out.writeBytes(part);
            }
            return out.toByteArray();
        }
    }
}
