package org.shangmen.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform with its real provider adapters: SMTP mail into GreenMail, Alibaba Cloud SMS and WeChat
 * into WireMock playing the providers with their real answers. Outside the dev and demo profiles
 * there is no development outbox.
 */
@SpringBootTest(classes = ShangmenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RealProvidersJourneyTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final WireMockServer PROVIDERS = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

    static {
        SMTP.start();
        PROVIDERS.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("shangmen.mail.provider", () -> "smtp");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("shangmen.sms.provider", () -> "aliyun");
        registry.add("shangmen.sms.aliyun.endpoint", PROVIDERS::baseUrl);
        registry.add("shangmen.sms.aliyun.access-key-id", () -> "test-key-id");
        registry.add("shangmen.sms.aliyun.access-key-secret", () -> "test-key-secret");
        registry.add("shangmen.sms.aliyun.sign-name", () -> "上门");
        registry.add("shangmen.sms.aliyun.template-code", () -> "SMS_000001");
        registry.add("shangmen.social.provider", () -> "http");
        registry.add("shangmen.social.wechat.base-url", PROVIDERS::baseUrl);
        registry.add("shangmen.social.wechat.app-id", () -> "wx-test-app");
        registry.add("shangmen.social.wechat.app-secret", () -> "wx-test-secret");
        registry.add("shangmen.social.qq.base-url", PROVIDERS::baseUrl);
        registry.add("shangmen.social.qq.app-id", () -> "101000001");
        registry.add("shangmen.social.qq.app-key", () -> "qq-test-key");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        PROVIDERS.stop();
    }

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        PROVIDERS.resetAll();
    }

    @Test
    @DisplayName("C1.2 the verification mail goes out over SMTP, and its link completes the registration")
    void mailOverSmtp() throws Exception {
        String email = "smtp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assertThat(http.post("/api/v1/auth/register/email", Http.json(Map.of("email", email, "password", Journeys.PASSWORD)))
                .send().status()).isEqualTo(202);
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessagesForDomain("example.com")[SMTP.getReceivedMessagesForDomain("example.com").length - 1];
        assertThat(mail.getSubject()).isEqualTo("【上门】请验证您的邮箱");
        String body = text(mail.getContent());
        assertThat(body).contains("感谢注册上门");
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(token.find()).isTrue();
        assertThat(http.get("/api/v1/auth/email/verify?token=" + token.group(1)).send().status()).isEqualTo(200);
        assertThat(new Journeys(http).passwordSignIn(email, Journeys.PASSWORD, false, Journeys.newAddress()).status()).isEqualTo(200);
    }

    /** The decoded text of a mail part, whatever its transfer encoding and nesting. */
    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        StringBuilder all = new StringBuilder();
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    @DisplayName("C1.1 the code goes out through Alibaba Cloud SMS and registers the phone; the provider's limit is a clear 429")
    void smsOverAliyun() {
        PROVIDERS.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"Message\":\"OK\",\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\",\"Code\":\"OK\",\"BizId\":\"900619746936498440^0\"}")));
        String phone = Journeys.newPhone();
        Journeys journeys = new Journeys(http);
        assertThat(journeys.sendCode(phone, "REGISTER", Journeys.newAddress()).status()).isEqualTo(202);
        List<LoggedRequest> sent = PROVIDERS.findAll(postRequestedFor(urlPathEqualTo("/")).withQueryParam("PhoneNumbers", equalTo(phone)));
        assertThat(sent).hasSize(1);
        String templateParam = URLDecoder.decode(sent.get(0).queryParameter("TemplateParam").firstValue(), StandardCharsets.UTF_8);
        Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([0-9]{6})\"").matcher(templateParam);
        assertThat(code.find()).isTrue();
        assertThat(sent.get(0).getHeader("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=test-key-id,");
        Http.Reply registered = http.post("/api/v1/auth/register/phone", Http.json(Map.of("phone", phone, "code", code.group(1),
                "password", Journeys.PASSWORD))).send();
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        PROVIDERS.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"Message\":\"触发分钟级流控Permits:1\",\"RequestId\":\"x\",\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\"}")));
        Http.Reply limited = journeys.sendCode(Journeys.newPhone(), "REGISTER", Journeys.newAddress());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().path("code").asString()).isEqualTo("identity.sms-provider-limited");
    }

    @Test
    @DisplayName("C1.3 WeChat jscode2session decides who signs in; its error codes become clear problems")
    void weChatOverHttp() {
        PROVIDERS.stubFor(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", equalTo("good-code"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain")
                        .withBody("{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\",\"session_key\":\"tiihtNczf5v6AKRyjwEUhQ==\",\"unionid\":\"o6_bmasdasdsad6_2sgVt7hMZOPfL\"}")));
        PROVIDERS.stubFor(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", equalTo("used-code"))
                .willReturn(aResponse().withBody("{\"errcode\":40163,\"errmsg\":\"code been used, rid: 6530d4b3-1d2a6f1b-48e4c2a1\"}")));
        PROVIDERS.stubFor(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", equalTo("risky-code"))
                .willReturn(aResponse().withBody("{\"errcode\":40226,\"errmsg\":\"invalid user, rid: x\"}")));
        Http.Reply first = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", "good-code"))).send();
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).doesNotContain("tiihtNczf5v6AKRyjwEUhQ", "oUpF8uMuAJO");
        PROVIDERS.verify(getRequestedFor(urlPathEqualTo("/sns/jscode2session")).withQueryParam("appid", equalTo("wx-test-app"))
                .withQueryParam("grant_type", equalTo("authorization_code")));
        Http.Reply again = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", "good-code"))).send();
        assertThat(again.json().path("accountId").asString()).isEqualTo(first.json().path("accountId").asString());

        Http.Reply used = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", "used-code"))).send();
        assertThat(used.status()).isEqualTo(400);
        assertThat(used.json().path("code").asString()).isEqualTo("identity.social-code-invalid");
        Http.Reply risky = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", "risky-code"))).send();
        assertThat(risky.status()).isEqualTo(403);
        assertThat(risky.json().path("code").asString()).isEqualTo("identity.social-user-blocked");
    }

    @Test
    @DisplayName("C1.3 QQ sign-in exchanges the code for a token, then the token for the openid")
    void qqOverHttp() {
        PROVIDERS.stubFor(get(urlPathEqualTo("/oauth2.0/token")).withQueryParam("code", equalTo("qq-code"))
                .willReturn(aResponse().withBody("{\"access_token\":\"FE04E8A8B6F3A1D2\",\"expires_in\":\"7776000\",\"refresh_token\":\"88E4BE14\"}")));
        PROVIDERS.stubFor(get(urlPathEqualTo("/oauth2.0/me")).withQueryParam("access_token", containing("FE04E8A8B6F3A1D2"))
                .willReturn(aResponse().withBody("{\"client_id\":\"101000001\",\"openid\":\"B624064BA065E01CB73F835017FE96FA\",\"unionid\":\"UID_1\"}")));
        Http.Reply reply = http.post("/api/v1/auth/login/qq", Http.json(Map.of("code", "qq-code",
                "redirectUri", "https://m.shangmen.example/qq"))).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("FE04E8A8B6F3A1D2");
    }

    @Test
    @DisplayName("C1.1 outside the dev and demo profiles there is no development outbox")
    void noOutbox() {
        assertThat(http.get("/api/v1/dev/outbox").send().status()).isEqualTo(404);
    }
}
