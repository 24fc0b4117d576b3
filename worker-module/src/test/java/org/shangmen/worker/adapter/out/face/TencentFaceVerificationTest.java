package org.shangmen.worker.adapter.out.face;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.worker.adapter.CapturedLogs;
import org.shangmen.worker.application.port.out.FaceVerification.FaceMatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TencentFaceVerificationTest {

    private static final String NAME = "王小梅";
    private static final String ID_NUMBER = "11010519491231002X";
    /** A JPEG's first bytes followed by a recognisable body, so its Base64 can be looked for in logs. */
    private static final byte[] PHOTO = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            "LIVE-PHOTO-PIXELS-OF-A-REAL-PERSON-0123456789".getBytes(StandardCharsets.UTF_8));
    private static final String PHOTO_BASE64 = Base64.getEncoder().encodeToString(PHOTO);
    private static final String SECRET_ID = "AKIDtestSecretId0123456789";
    private static final String SECRET_KEY = "testSecretKey-do-not-log-0123456789";
    /** Tencent Cloud's worked example of signature v3 (CVM DescribeInstances, 2019-02-25). */
    private static final String EXAMPLE_SECRET_ID = "AKID**********************0123456789EXAMPLE";
    private static final String EXAMPLE_SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final long EXAMPLE_TIMESTAMP = 1551113065L;
    private static final String EXAMPLE_PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
    private static final String EXAMPLE_AUTHORIZATION = "TC3-HMAC-SHA256 Credential=AKID**********************0123456789EXAMPLE"
            + "/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
            + "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";
    private static final String REQUEST_ID = "6cd3a6b1-1e7f-4bd0-9b5d-0e2c3f4a5b6c";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static WireMockServer wiremock;

    @BeforeAll
    static void startWireMock() {
        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wiremock.stop();
    }

    @BeforeEach
    void reset() {
        wiremock.resetAll();
    }

    @Test
    @DisplayName("W1.2 Tencent FaceID success gives round(Sim) as the score and the provider's request id")
    void success() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(answer("\"Sim\":87.5,\"Result\":\"Success\","
                + "\"Description\":\"成功\""))));

        FaceMatch match = verifier().verify(NAME, ID_NUMBER, PHOTO);

        assertThat(match.score()).isEqualTo(88);
        assertThat(match.passed()).isTrue();
        assertThat(match.providerRequestId()).isEqualTo(REQUEST_ID);
    }

    @Test
    @DisplayName("W1.2 the ImageRecognition request carries the action, version, region, timestamp and the JSON body fields")
    void requestShape() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(answer("\"Sim\":70,\"Result\":\"Success\""))));

        long before = Instant.now().getEpochSecond();
        verifier().verify(NAME, ID_NUMBER, PHOTO);
        long after = Instant.now().getEpochSecond();

        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("X-TC-Action")).isEqualTo("ImageRecognition");
        assertThat(request.getHeader("X-TC-Version")).isEqualTo("2018-03-01");
        assertThat(request.getHeader("X-TC-Region")).isEqualTo("ap-shanghai");
        assertThat(Long.parseLong(request.getHeader("X-TC-Timestamp"))).isBetween(before, after);
        // WireMock's server re-renders the charset in upper case; the bytes on the wire are checked below.
        assertThat(request.getHeader("Content-Type")).isEqualToIgnoringCase("application/json; charset=utf-8");
        JsonNode body = JSON.readTree(request.getBody());
        assertThat(body.get("IdCard").asString()).isEqualTo(ID_NUMBER);
        assertThat(body.get("Name").asString()).isEqualTo(NAME);
        assertThat(body.get("ImageBase64").asString()).isEqualTo(PHOTO_BASE64);
    }

    @Test
    @DisplayName("W1.2 on the wire the Content-Type is exactly the signed application/json; charset=utf-8, with a Content-Length")
    void exactHeadersOnTheWire() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(5_000);
            java.util.concurrent.CompletableFuture<java.util.List<String>> head = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> answerOnce(server, answer("\"Sim\":75,\"Result\":\"Success\"")));
            FaceProperties properties = new FaceProperties("tencent", new FaceProperties.Tencent(SECRET_ID, SECRET_KEY,
                    null, "http://127.0.0.1:" + server.getLocalPort()), Duration.ofSeconds(1), Duration.ofSeconds(2));

            FaceMatch match = new TencentFaceVerification(properties, Duration.ofMillis(5)).verify(NAME, ID_NUMBER, PHOTO);

            assertThat(match.score()).isEqualTo(75);
            java.util.List<String> lines = head.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(lines).contains("Content-Type: application/json; charset=utf-8")
                    .contains("Host: " + TencentFaceVerification.API_HOST)
                    .contains("X-TC-Region: ap-guangzhou")
                    .anyMatch(line -> line.matches("(?i)content-length: \\d+"))
                    .noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("transfer-encoding"));
        }
    }

    /** Reads one request's head and body from a raw socket and answers it with a JSON body. */
    private static java.util.List<String> answerOnce(java.net.ServerSocket server, String json) {
        try (java.net.Socket socket = server.accept()) {
            socket.setSoTimeout(5_000);
            java.io.InputStream in = socket.getInputStream();
            java.util.List<String> lines = new java.util.ArrayList<>();
            StringBuilder line = new StringBuilder();
            int length = 0;
            while (true) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                if (c == '\n') {
                    String text = line.toString().strip();
                    if (text.isEmpty()) {
                        break;
                    }
                    lines.add(text);
                    if (text.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(text.substring(15).strip());
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            in.readNBytes(length);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return lines;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("W1.2 the Authorization header matches a TC3-HMAC-SHA256 signature recomputed independently from the received request")
    void signatureChecksOut() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(answer("\"Sim\":91.2,\"Result\":\"Success\""))));

        verifier().verify(NAME, ID_NUMBER, PHOTO);

        LoggedRequest request = onlyRequest();
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).startsWith("TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/")
                .contains("/faceid/tc3_request, SignedHeaders=content-type;host").contains("Signature=");
        assertThat(authorization).isEqualTo(independentAuthorization(request, SECRET_KEY));
    }

    @Test
    @DisplayName("W1.2 the test's own TC3 computation reproduces Tencent Cloud's documented example")
    void independentSignerIsRight() {
        Map<String, String> headers = Map.of("content-type", "application/json; charset=utf-8",
                "host", "cvm.tencentcloudapi.com");
        String authorization = independentAuthorization(EXAMPLE_SECRET_ID, EXAMPLE_SECRET_KEY,
                "cvm", EXAMPLE_TIMESTAMP, new TreeMap<>(headers),
                EXAMPLE_PAYLOAD.getBytes(StandardCharsets.UTF_8));

        assertThat(authorization).isEqualTo(EXAMPLE_AUTHORIZATION);
    }

    @Test
    @DisplayName("W1.2 a similarity just under 70 is a score that does not pass; 69.5 rounds up to a pass")
    void roundingAtThePassMark() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(answer("\"Sim\":69.4,\"Result\":\"Success\""))));
        FaceMatch below = verifier().verify(NAME, ID_NUMBER, PHOTO);
        wiremock.resetAll();
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(answer("\"Sim\":69.5,\"Result\":\"Success\""))));
        FaceMatch at = verifier().verify(NAME, ID_NUMBER, PHOTO);

        assertThat(below.score()).isEqualTo(69);
        assertThat(below.passed()).isFalse();
        assertThat(at.score()).isEqualTo(70);
        assertThat(at.passed()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "\"Result\":\"-1\",\"Description\":\"姓名和身份证号不一致\"                  | UNPROCESSABLE | worker.face-identity-mismatch",
            "\"Result\":\"-5\",\"Description\":\"证件库中无此身份证记录\"                | UNPROCESSABLE | worker.face-identity-mismatch",
            "\"Result\":\"-1101\",\"Description\":\"未检测到人脸\"                        | INVALID       | worker.face-photo-invalid",
            "\"Result\":\"-1102\",\"Description\":\"检测到多张人脸\"                      | INVALID       | worker.face-photo-invalid",
            "\"Result\":\"-1103\",\"Description\":\"照片质量差\"                          | INVALID       | worker.face-photo-invalid",
            "\"Result\":\"-4\",\"Description\":\"证件库服务异常\"                         | UNAVAILABLE   | worker.face-unavailable",
            "\"Error\":{\"Code\":\"FailedOperation.IdNameMisMatch\",\"Message\":\"姓名和身份证号不一致\"}       | UNPROCESSABLE | worker.face-identity-mismatch",
            "\"Error\":{\"Code\":\"FailedOperation.CompareLowSimilarity\",\"Message\":\"比对相似度未达到通过标准\"} | UNPROCESSABLE | worker.face-identity-mismatch",
            "\"Error\":{\"Code\":\"FailedOperation.LifePhotoDetectNoFaces\",\"Message\":\"未能检测到完整人脸\"}  | INVALID       | worker.face-photo-invalid",
            "\"Error\":{\"Code\":\"FailedOperation.LifePhotoDetectFaces\",\"Message\":\"检测到多张人脸\"}       | INVALID       | worker.face-photo-invalid",
            "\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\"The provided credentials could not be validated.\"} | UNAVAILABLE | worker.face-unavailable",
            "\"Error\":{\"Code\":\"InternalError\",\"Message\":\"内部错误\"}              | UNAVAILABLE   | worker.face-unavailable",
            "\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"请求的次数超过了频率限制\"} | UNAVAILABLE | worker.face-unavailable"
    })
    @DisplayName("W1.2 each Tencent FaceID refusal becomes the right DomainException, asked once, logged by code without personal data")
    void refusals(String fields, ErrorKind kind, String code) {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(answer(fields.strip()))));

        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.worker.adapter.out.face")) {
            DomainException refusal = catchThrowableOfType(DomainException.class,
                    () -> verifier().verify(NAME, ID_NUMBER, PHOTO));

            assertThat(refusal).as("refused").isNotNull();
            assertThat(refusal.kind()).isEqualTo(kind);
            assertThat(refusal.code()).isEqualTo(code);
            assertNoPersonalData(refusal);
            assertThat(logs.text()).contains(REQUEST_ID);
            assertNoPersonalData(logs);
        }
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(1);
    }

    @Test
    @DisplayName("W1.2 a 500 from Tencent is tried again and the second answer counts")
    void retriesServerError() {
        wiremock.stubFor(post(urlPathEqualTo("/")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError()).willSetStateTo("recovered"));
        wiremock.stubFor(post(urlPathEqualTo("/")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(answer("\"Sim\":80,\"Result\":\"Success\""))));

        assertThat(verifier().verify(NAME, ID_NUMBER, PHOTO).score()).isEqualTo(80);
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(2);
    }

    @Test
    @DisplayName("W1.2 Tencent answering 503 every time is tried three times in all, then UNAVAILABLE")
    void givesUpAfterThreeAttempts() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(503)));

        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.worker.adapter.out.face")) {
            assertUnavailable(verifier());
            assertThat(logs.text()).contains("HTTP 503");
            assertNoPersonalData(logs);
        }
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(3);
    }

    @Test
    @DisplayName("W1.2 a Tencent answer slower than the read timeout is UNAVAILABLE, logged without personal data")
    void readTimeout() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(answer("\"Sim\":90,\"Result\":\"Success\""))
                .withFixedDelay(2_000)));

        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.worker.adapter.out.face")) {
            assertUnavailable(verifier(Duration.ofMillis(250)));
            assertThat(logs.text()).contains("Timeout");
            assertNoPersonalData(logs);
        }
    }

    @Test
    @DisplayName("W1.2 a Tencent answer that is not JSON, or lacks Response, is UNAVAILABLE and not tried again")
    void unreadableAnswer() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>gateway</html>")));
        assertUnavailable(verifier());
        wiremock.resetAll();
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"Sim\":99}")));
        assertUnavailable(verifier());

        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(1);
    }

    @Test
    @DisplayName("W1.2 a photo that is not JPEG or PNG, or over the provider's 3 MB Base64 limit, is INVALID without calling Tencent")
    void unsuitablePhotoNotSent() {
        byte[] gif = "GIF89a-not-a-photo".getBytes(StandardCharsets.US_ASCII);
        byte[] heic = concat(new byte[] {0, 0, 0, 24}, "ftypheic".getBytes(StandardCharsets.US_ASCII), new byte[12]);
        byte[] huge = new byte[TencentFaceVerification.MAX_BASE64_CHARS / 4 * 3 + 3];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;

        for (byte[] photo : new byte[][] {gif, heic, huge}) {
            DomainException refusal = catchThrowableOfType(DomainException.class,
                    () -> verifier().verify(NAME, ID_NUMBER, photo));
            assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(refusal.code()).isEqualTo("worker.face-photo-invalid");
        }
        assertThat(wiremock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("W1.2 choosing Tencent without SecretId or SecretKey fails at start-up naming them, never the secret")
    void failsFastWhenIncomplete() {
        FaceProperties incomplete = new FaceProperties("tencent",
                new FaceProperties.Tencent(null, SECRET_KEY, null, null), null, null);

        assertThatThrownBy(() -> new TencentFaceVerification(incomplete, Duration.ofMillis(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shangmen.face.tencent.secret-id")
                .hasMessageNotContaining("shangmen.face.tencent.secret-key")
                .hasMessageNotContaining(SECRET_KEY);
        assertThat(incomplete.tencent().region()).isEqualTo("ap-guangzhou");
        assertThat(incomplete.tencent().endpoint()).isEqualTo("https://faceid.tencentcloudapi.com");
        assertThat(incomplete.readTimeout()).hasSeconds(10);
        assertThat(incomplete.toString()).doesNotContain(SECRET_KEY);
    }

    @Test
    @DisplayName("W1.2 the signed host is the endpoint's host, with the port only when it is not the scheme's default")
    void hostHeader() {
        assertThat(TencentFaceVerification.hostHeader(java.net.URI.create("https://faceid.tencentcloudapi.com/")))
                .isEqualTo("faceid.tencentcloudapi.com");
        assertThat(TencentFaceVerification.hostHeader(java.net.URI.create("https://faceid.tencentcloudapi.com:443/")))
                .isEqualTo("faceid.tencentcloudapi.com");
        assertThat(TencentFaceVerification.hostHeader(java.net.URI.create("http://127.0.0.1:8089/")))
                .isEqualTo("127.0.0.1:8089");
    }

    // ---- helpers ----

    private static TencentFaceVerification verifier() {
        return verifier(Duration.ofSeconds(2));
    }

    private static TencentFaceVerification verifier(Duration readTimeout) {
        FaceProperties properties = new FaceProperties("tencent", new FaceProperties.Tencent(SECRET_ID, SECRET_KEY,
                "ap-shanghai", "http://127.0.0.1:" + wiremock.port() + "/"), Duration.ofSeconds(1), readTimeout);
        return new TencentFaceVerification(properties, Duration.ofMillis(5));
    }

    private static String answer(String fields) {
        return "{\"Response\":{" + fields + ",\"RequestId\":\"" + REQUEST_ID + "\"}}";
    }

    private static LoggedRequest onlyRequest() {
        var requests = wiremock.findAll(postRequestedFor(urlPathEqualTo("/")));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    private static void assertUnavailable(TencentFaceVerification verifier) {
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> verifier.verify(NAME, ID_NUMBER, PHOTO));
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("worker.face-unavailable");
        assertNoPersonalData(refusal);
    }

    private static void assertNoPersonalData(DomainException refusal) {
        assertThat(refusal.getMessage()).isEqualTo(refusal.code());
        assertThat(refusal.args()).isEmpty();
    }

    private static void assertNoPersonalData(CapturedLogs logs) {
        assertThat(logs.lines()).isNotEmpty();
        assertThat(logs.text()).doesNotContain(NAME).doesNotContain(ID_NUMBER).doesNotContain("1101051949")
                .doesNotContain(PHOTO_BASE64).doesNotContain("LIVE-PHOTO").doesNotContain(SECRET_KEY);
    }

    /** TC3-HMAC-SHA256 computed here from what WireMock received, independently of the adapter's signer. */
    private static String independentAuthorization(LoggedRequest request, String secretKey) {
        String authorization = request.getHeader("Authorization");
        String credential = between(authorization, "Credential=", ",");
        String signedHeaders = between(authorization, "SignedHeaders=", ",");
        String[] scope = credential.split("/");
        TreeMap<String, String> headers = new TreeMap<>();
        for (String name : signedHeaders.split(";")) {
            headers.put(name, request.getHeader(name));
        }
        String authorizationFromRequest = independentAuthorization(scope[0], secretKey, scope[2],
                Long.parseLong(request.getHeader("X-TC-Timestamp")), headers, request.getBody());
        assertThat(scope[1]).isEqualTo(java.time.LocalDate.ofInstant(
                Instant.ofEpochSecond(Long.parseLong(request.getHeader("X-TC-Timestamp"))), ZoneOffset.UTC).toString());
        return authorizationFromRequest;
    }

    private static String independentAuthorization(String secretId, String secretKey, String service, long timestamp,
                                                   TreeMap<String, String> headers, byte[] body) {
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((name, value) -> canonicalHeaders.append(name.toLowerCase(Locale.ROOT)).append(':')
                .append(value.trim().toLowerCase(Locale.ROOT)).append('\n'));
        String signedHeaders = String.join(";", headers.keySet());
        String canonicalRequest = "POST\n/\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + sha256(body);
        String date = java.time.LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC).toString();
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n"
                + sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] key = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, service);
        key = hmac(key, "tc3_request");
        return "TC3-HMAC-SHA256 Credential=" + secretId + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + HexFormat.of().formatHex(hmac(key, stringToSign));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        int to = text.indexOf(end, from);
        return text.substring(from, to < 0 ? text.length() : to).trim();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
