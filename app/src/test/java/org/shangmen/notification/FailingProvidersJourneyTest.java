package org.shangmen.notification;

import org.shangmen.app.support.Await;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shangmen.ShangmenApplication;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.in.Notify.NoticeRequest;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The platform with its real WeChat and SMS adapters, against WireMock playing a WeChat and an Alibaba
 * Cloud SMS that fail: the notices stay in the message centre, and the logs name no phone or openid.
 */
@SpringBootTest(classes = ShangmenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FailingProvidersJourneyTest {

    static final WireMockServer PROVIDERS = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    static final String OPENID = "oFailingProviderOpenId00001";

    static {
        PROVIDERS.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("shangmen.sms.provider", () -> "aliyun");
        registry.add("shangmen.sms.aliyun.endpoint", PROVIDERS::baseUrl);
        registry.add("shangmen.sms.aliyun.access-key-id", () -> "test-key-id");
        registry.add("shangmen.sms.aliyun.access-key-secret", () -> "test-key-secret");
        registry.add("shangmen.sms.aliyun.sign-name", () -> "上门");
        registry.add("shangmen.sms.aliyun.template-code", () -> "SMS_000001");
        registry.add("shangmen.notification.sms.templates.ORDER_ACCEPTED", () -> "SMS_900001");
        registry.add("shangmen.social.provider", () -> "http");
        registry.add("shangmen.social.wechat.base-url", PROVIDERS::baseUrl);
        registry.add("shangmen.social.wechat.app-id", () -> "wx-test-app");
        registry.add("shangmen.social.wechat.app-secret", () -> "wx-test-secret");
        registry.add("shangmen.social.qq.app-id", () -> "101000001");
        registry.add("shangmen.social.qq.app-key", () -> "qq-test-key");
        registry.add("shangmen.notification.wechat.provider", () -> "http");
        registry.add("shangmen.notification.wechat.base-url", PROVIDERS::baseUrl);
        registry.add("shangmen.notification.wechat.app-id", () -> "wx-test-app");
        registry.add("shangmen.notification.wechat.app-secret", () -> "wx-test-secret");
        registry.add("shangmen.notification.wechat.templates.ORDER_ACCEPTED.id", () -> "TPL-accepted");
        registry.add("shangmen.notification.wechat.templates.ORDER_ACCEPTED.fields.thing1", () -> "{workerName}");
    }

    @AfterAll
    static void stop() {
        PROVIDERS.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    Notify notify;
    @Autowired
    TransactionTemplate transactions;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        PROVIDERS.resetAll();
        PROVIDERS.stubFor(post(urlPathEqualTo("/")).withQueryParam("TemplateCode", equalTo("SMS_000001"))
                .willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\",\"RequestId\":\"R1\",\"BizId\":\"B1\"}")));
        PROVIDERS.stubFor(post(urlPathEqualTo("/")).withQueryParam("TemplateCode", equalTo("SMS_900001")).willReturn(serverError()
                .withHeader("Content-Type", "application/json").withBody("{\"Code\":\"ServiceUnavailable\",\"RequestId\":\"R2\"}")));
        PROVIDERS.stubFor(get(urlPathEqualTo("/sns/jscode2session")).willReturn(aResponse().withHeader("Content-Type", "text/plain")
                .withBody("{\"openid\":\"" + OPENID + "\",\"session_key\":\"tiihtNczf5v6AKRyjwEUhQ==\"}")));
        PROVIDERS.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(okJson("{\"access_token\":\"T1\",\"expires_in\":7200}")));
        PROVIDERS.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).willReturn(serverError()));
    }

    private String registeredByPhone(String phone) {
        Journeys journeys = new Journeys(http);
        assertThat(journeys.sendCode(phone, "REGISTER", Journeys.newAddress()).status()).isEqualTo(202);
        String param = PROVIDERS.findAll(postRequestedFor(urlPathEqualTo("/")).withQueryParam("PhoneNumbers", equalTo(phone)))
                .getFirst().queryParameter("TemplateParam").firstValue();
        Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([0-9]{6})\"").matcher(URLDecoder.decode(param, StandardCharsets.UTF_8));
        assertThat(code.find()).isTrue();
        Http.Reply registered = http.post("/api/v1/auth/register/phone", Http.json(Map.of("phone", phone, "code", code.group(1),
                "password", Journeys.PASSWORD, "role", "CUSTOMER"))).send();
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().path("accessToken").asString();
    }

    private UUID accountOf(String token) {
        return UUID.fromString(http.get("/api/v1/auth/me").bearer(token).send().json().path("id").asString());
    }

    private JsonNode noticesOf(String token) {
        return http.get("/api/v1/me/notices").bearer(token).send().json();
    }

    @Test
    @DisplayName("C5.1 a failing SMS provider and a failing WeChat lose no notice: both stay in the message centre")
    void failingProvidersLoseNothing(CapturedOutput output) throws Exception {
        String phone = Journeys.newPhone();
        String byPhone = registeredByPhone(phone);
        Http.Reply weChat = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", "wx-code-" + UUID.randomUUID()))).send();
        assertThat(weChat.status()).as(weChat.body()).isEqualTo(200);
        String byWeChat = weChat.json().path("accessToken").asString();

        UUID order = UUID.randomUUID();
        for (String token : new String[] {byPhone, byWeChat}) {
            UUID account = accountOf(token);
            NoticeRequest accepted = NoticeRequest.of("OrderAccepted:" + order + ":" + account, account, NoticeTemplate.ORDER_ACCEPTED,
                    Map.of("workerName", "王小梅"), new Notice.Subject("ORDER", order.toString()));
            Optional<UUID> first = transactions.execute(status -> notify.notify(accepted));
            Optional<UUID> again = transactions.execute(status -> notify.notify(accepted));
            assertThat(first).isPresent();
            assertThat(again).as("a redelivered event makes no second notice").isEmpty();
        }

        Await.condition(() -> PROVIDERS.findAll(postRequestedFor(urlPathEqualTo("/")).withQueryParam("TemplateCode", equalTo("SMS_900001"))).size() == 3,
                "three attempts at the text message");
        Await.condition(() -> PROVIDERS.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))).size() == 3,
                "three attempts at the WeChat message");
        for (String token : new String[] {byPhone, byWeChat}) {
            JsonNode notices = noticesOf(token);
            assertThat(notices.path("total").asLong()).isEqualTo(1);
            assertThat(notices.path("items").get(0).path("body").asString()).isEqualTo("您发布的家政服务需求已被 王小梅 接单,请留意服务时间");
        }
        Thread.sleep(300);
        assertThat(output.getAll()).contains("did not carry notice").doesNotContain(phone).doesNotContain(OPENID);
    }

    @Test
    @DisplayName("C5.1 a muted channel is not called at all")
    void mutedChannelsAreNotCalled() throws Exception {
        String token = registeredByPhone(Journeys.newPhone());
        assertThat(http.put("/api/v1/me/notice-settings", Http.json(Map.of("mutedChannels", java.util.List.of("SMS", "WECHAT"))))
                .bearer(token).send().status()).isEqualTo(200);
        UUID account = accountOf(token);
        transactions.execute(status -> notify.notify(NoticeRequest.of("OrderAccepted:" + UUID.randomUUID(), account,
                NoticeTemplate.ORDER_ACCEPTED, Map.of("workerName", "王小梅"), null)));
        Await.condition(() -> noticesOf(token).path("total").asLong() == 1, "the in-app notice");
        Thread.sleep(500);
        assertThat(PROVIDERS.findAll(postRequestedFor(urlPathEqualTo("/")).withQueryParam("TemplateCode", equalTo("SMS_900001")))).isEmpty();
        assertThat(PROVIDERS.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send")))).isEmpty();
    }
}
