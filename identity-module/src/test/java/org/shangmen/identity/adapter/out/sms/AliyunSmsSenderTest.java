package org.shangmen.identity.adapter.out.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shangmen.identity.adapter.CapturedLogs;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

class AliyunSmsSenderTest {

    private static final PhoneNumber PHONE = new PhoneNumber("+8613812341234");
    private static final String NATIONAL = "13812341234";
    private static final String CODE = "482916";
    private static final String SECRET = "s3cr3t-Key-Value";
    private static final String OK_REPLY = """
            {"Code":"OK","Message":"OK","BizId":"900619746936498440^0","RequestId":"F655A8D5-B967-440B-8683-DAD6FF8DE990"}""";

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
    @DisplayName("C1.1 sends SendSms through Alibaba Cloud's SDK: the action, version and our key id signed, the message's parameters in the query")
    void sendsSignedRequest() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK_REPLY)));

        sender().sendVerificationCode(PHONE, CODE, 5);

        List<LoggedRequest> requests = wiremock.findAll(postRequestedFor(urlPathEqualTo("/")));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.getFirst();
        assertThat(request.getHeader("x-acs-action")).isEqualTo("SendSms");
        assertThat(request.getHeader("x-acs-version")).isEqualTo("2017-05-25");
        assertThat(request.getHeader("x-acs-signature-nonce")).hasSizeGreaterThanOrEqualTo(16);
        assertThat(request.getHeader("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=LTAI-test-id,")
                .contains("x-acs-action").contains("x-acs-version").contains("Signature=")
                .doesNotContain(SECRET);
        Map<String, String> query = rawQuery(request.getUrl());
        assertThat(query).containsOnlyKeys("PhoneNumbers", "SignName", "TemplateCode", "TemplateParam");
        assertThat(query).containsEntry("PhoneNumbers", NATIONAL)
                .containsEntry("SignName", "上门")
                .containsEntry("TemplateCode", "SMS_123456789")
                .containsEntry("TemplateParam", "{\"code\":\"482916\"}");
    }

    @ParameterizedTest(name = "{0} with HTTP {1} -> {2} {3}")
    @CsvSource({
            "isv.BUSINESS_LIMIT_CONTROL, 200, TOO_MANY_REQUESTS, identity.sms-provider-limited",
            "isv.DAY_LIMIT_CONTROL, 200, TOO_MANY_REQUESTS, identity.sms-provider-limited",
            "isv.MOBILE_NUMBER_ILLEGAL, 200, INVALID, identity.phone-invalid",
            "isv.AMOUNT_NOT_ENOUGH, 200, UNAVAILABLE, identity.sms-unavailable",
            "isv.SMS_TEMPLATE_ILLEGAL, 200, UNAVAILABLE, identity.sms-unavailable",
            "InvalidAccessKeyId.NotFound, 404, UNAVAILABLE, identity.sms-unavailable",
            "SignatureDoesNotMatch, 400, UNAVAILABLE, identity.sms-unavailable",
            "isv.SOMETHING_NOT_YET_KNOWN, 200, UNAVAILABLE, identity.sms-unavailable"
    })
    @DisplayName("C1.1 each Aliyun error code becomes the right refusal, is tried once, and is logged by code only")
    void errorCodes(String providerCode, int httpStatus, ErrorKind kind, String code) {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse()
                .withStatus(httpStatus)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"Code\":\"" + providerCode + "\",\"Message\":\"refused " + NATIONAL + "\","
                        + "\"RequestId\":\"A1B2C3D4-0000-1111-2222-333344445555\"}")));

        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.identity.adapter.out.sms")) {
            DomainException refusal = catchThrowableOfType(DomainException.class,
                    () -> sender().sendVerificationCode(PHONE, CODE, 5));

            assertThat(refusal.kind()).isEqualTo(kind);
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(logs.text()).contains(providerCode);
            assertNoPersonalData(logs);
        }
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(1);
    }

    @Test
    @DisplayName("C1.1 a 500 from Aliyun is tried again with a fresh nonce and the second answer counts")
    void retriesServerError() {
        wiremock.stubFor(post(urlPathEqualTo("/")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError(500)).willSetStateTo("recovered"));
        wiremock.stubFor(post(urlPathEqualTo("/")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(OK_REPLY)));

        sender().sendVerificationCode(PHONE, CODE, 5);

        List<LoggedRequest> requests = wiremock.findAll(postRequestedFor(urlPathEqualTo("/")));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getHeader("x-acs-signature-nonce"))
                .isNotEqualTo(requests.get(1).getHeader("x-acs-signature-nonce"));
    }

    @Test
    @DisplayName("C1.1 Aliyun answering 503 every time is tried three times in all, then UNAVAILABLE")
    void givesUpAfterThreeAttempts() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(serverError(503)));

        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.identity.adapter.out.sms")) {
            assertUnavailable(sender());
            assertThat(logs.text()).contains("HTTP 503");
            assertNoPersonalData(logs);
        }
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(3);
    }

    @Test
    @DisplayName("C1.1 an Aliyun answer that is not JSON is UNAVAILABLE and not tried again")
    void unreadableReply() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>gateway</html>")));

        assertUnavailable(sender());
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(1);
    }

    @Test
    @DisplayName("C1.1 an Aliyun answer slower than the read timeout is UNAVAILABLE")
    void readTimeout() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK_REPLY).withFixedDelay(2_000)));
        AliyunSmsSender sender = sender(wiremockEndpoint(), Duration.ofMillis(250));

        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.identity.adapter.out.sms")) {
            assertUnavailable(sender);
            assertThat(logs.text()).contains("Timeout");
            assertNoPersonalData(logs);
        }
    }

    @Test
    @DisplayName("C1.1 an Aliyun endpoint that refuses connections is UNAVAILABLE")
    void connectionRefused() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.identity.adapter.out.sms")) {
            assertUnavailable(sender("http://127.0.0.1:" + deadPort, Duration.ofSeconds(1)));
            assertNoPersonalData(logs);
        }
    }

    @Test
    @DisplayName("C1.1 after repeated Aliyun failures the circuit opens and further sends fail fast without calling Aliyun")
    void circuitOpens() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(serverError(500)));
        AliyunSmsSender sender = sender();

        assertUnavailable(sender);
        assertUnavailable(sender);
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(5);

        wiremock.resetAll();
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK_REPLY)));
        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.identity.adapter.out.sms")) {
            assertUnavailable(sender);
            assertThat(logs.text()).contains("circuit breaker is open");
        }
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo("/")))).isEmpty();
    }

    @Test
    @DisplayName("C5.1 a notice goes out through its own approved template with its parameters as JSON")
    void sendsNoticeTemplate() {
        wiremock.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK_REPLY)));

        sender().sendNotice(PHONE, "SMS_900000001", Map.of("workerName", "王\"小梅", "itemName", "日常保洁"), "ignored text");

        Map<String, String> query = rawQuery(wiremock.findAll(postRequestedFor(urlPathEqualTo("/"))).getFirst().getUrl());
        assertThat(query).containsEntry("TemplateCode", "SMS_900000001")
                .containsEntry("TemplateParam", "{\"itemName\":\"日常保洁\",\"workerName\":\"王\\\"小梅\"}");
    }

    @Test
    @DisplayName("C5.1 a notice without an approved template is not sent and answers unavailable")
    void noticeWithoutTemplate() {
        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> sender().sendNotice(PHONE, " ", Map.of(), "text"));
        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(wiremock.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("C1.1 choosing Aliyun without key, secret, sign or template fails at start-up naming what is missing")
    void failsFastWhenIncomplete() {
        SmsProperties incomplete = new SmsProperties("aliyun",
                new SmsProperties.Aliyun("LTAI-test-id", SECRET, "", null, null), null, null);

        assertThatThrownBy(() -> new AliyunSmsSender(incomplete, Duration.ZERO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shangmen.sms.aliyun.sign-name")
                .hasMessageContaining("shangmen.sms.aliyun.template-code")
                .hasMessageNotContaining("shangmen.sms.aliyun.access-key-id")
                .hasMessageNotContaining(SECRET);
        assertThat(incomplete.aliyun().endpoint()).isEqualTo("https://dysmsapi.aliyuncs.com");
        assertThat(incomplete.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(incomplete.readTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(incomplete.toString()).doesNotContain(SECRET);
    }

    private static AliyunSmsSender sender() {
        return sender(wiremockEndpoint(), Duration.ofSeconds(2));
    }

    private static String wiremockEndpoint() {
        return "http://127.0.0.1:" + wiremock.port() + "/";
    }

    private static AliyunSmsSender sender(String endpoint, Duration readTimeout) {
        SmsProperties properties = new SmsProperties("aliyun",
                new SmsProperties.Aliyun("LTAI-test-id", SECRET, "上门", "SMS_123456789", endpoint),
                Duration.ofSeconds(1), readTimeout);
        return new AliyunSmsSender(properties, Duration.ofMillis(5));
    }

    private static void assertUnavailable(AliyunSmsSender sender) {
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> sender.sendVerificationCode(PHONE, CODE, 5));
        assertThat(refusal).isNotNull();
        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("identity.sms-unavailable");
    }

    private static void assertNoPersonalData(CapturedLogs logs) {
        assertThat(logs.lines()).isNotEmpty();
        assertThat(logs.text()).doesNotContain(NATIONAL).doesNotContain(CODE).doesNotContain(SECRET);
    }

    /** Splits the raw query string of a request URL into decoded name/value pairs. */
    private static Map<String, String> rawQuery(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    /** A server error as Alibaba Cloud's gateway answers it: the status with a JSON error body. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder serverError(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"Code\":\"ServiceUnavailable\",\"Message\":\"The request has failed due to a temporary failure of the server.\","
                        + "\"RequestId\":\"5E1C0B34-0000-1111-2222-333344445555\"}");
    }
}
