package org.shangmen.notification.adapter.out.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.identity.api.AccountContacts;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.notification.application.port.out.WeChatSubscribeMessages.Outcome;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeTemplate;

class HttpWeChatSubscribeTest {

    static final String OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";
    static final String TOKEN_REPLY = "{\"access_token\":\"ACCESS_TOKEN_1\",\"expires_in\":7200}";
    static WireMockServer wechat;
    final UUID withWeChat = UUID.randomUUID();

    final AccountContacts contacts = new AccountContacts() {
        @Override
        public Optional<String> weChatOpenId(UUID accountId, String appId) {
            return accountId.equals(withWeChat) && appId.equals("wx-app") ? Optional.of(OPENID) : Optional.empty();
        }

        @Override
        public Optional<String> miniProgramOpenId(UUID accountId) {
            return weChatOpenId(accountId, "wx-app");
        }

        @Override
        public SmsOutcome sendNoticeSms(UUID accountId, String templateCode, Map<String, String> parameters, String text) {
            throw new UnsupportedOperationException();
        }
    };

    @BeforeAll
    static void start() {
        wechat = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wechat.start();
    }

    @AfterAll
    static void stop() {
        wechat.stop();
    }

    @BeforeEach
    void reset() {
        wechat.resetAll();
    }

    /** Generous timeouts, so that a loaded machine does not turn a slow first answer into a retry. */
    HttpWeChatSubscribe adapter() {
        return adapter(Duration.ofSeconds(5));
    }

    HttpWeChatSubscribe adapter(Duration timeout) {
        WeChatProperties properties = new WeChatProperties("http", "wx-app", "wx-secret", wechat.baseUrl(), null, "trial", null,
                Map.of("ORDER_ACCEPTED", new WeChatProperties.Template("TPL-accepted", Map.of("thing1", "{workerName}",
                        "thing2", "{body}", "time3", "{createdAt}"))),
                timeout, timeout);
        return new HttpWeChatSubscribe(properties, contacts, Clock.systemUTC(), Duration.ofMillis(5));
    }

    Notice accepted(UUID recipient) {
        return Notice.create(UUID.fromString("0190a0c4-5e6f-7a1b-8c2d-3e4f5a6b7c8d"), recipient, "k", NoticeTemplate.ORDER_ACCEPTED,
                Map.of("workerName", "王小梅"), Optional.empty(), Optional.empty(), Instant.parse("2026-12-01T06:30:00Z"));
    }

    @Test
    @DisplayName("C5.1 takes a stable access token once, then sends the subscribe message with the configured fields")
    void sends() {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(okJson(TOKEN_REPLY)));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        HttpWeChatSubscribe adapter = adapter();

        assertThat(adapter.send(accepted(withWeChat))).isEqualTo(Outcome.SENT);
        assertThat(adapter.send(accepted(withWeChat))).isEqualTo(Outcome.SENT);

        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")).withRequestBody(equalToJson(
                "{\"grant_type\":\"client_credential\",\"appid\":\"wx-app\",\"secret\":\"wx-secret\",\"force_refresh\":false}")));
        wechat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withQueryParam("access_token", equalTo("ACCESS_TOKEN_1"))
                .withRequestBody(equalToJson("""
                        {"touser":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o","template_id":"TPL-accepted",
                         "page":"pages/notices/detail?id=0190a0c4-5e6f-7a1b-8c2d-3e4f5a6b7c8d","miniprogram_state":"trial","lang":"zh_CN",
                         "data":{"thing1":{"value":"王小梅"},"thing2":{"value":"您发布的家政服务需求已被 王小梅 接单…"},
                                 "time3":{"value":"2026-12-01 14:30"}}}""")));
    }

    @Test
    @DisplayName("C5.1 nothing is sent for a template without a subscribe template or a recipient without an openid")
    void notConfiguredOrNoOpenId() {
        Notice certified = Notice.create(UUID.randomUUID(), withWeChat, "k", NoticeTemplate.CERTIFICATION_APPROVED, Map.of(),
                Optional.empty(), Optional.empty(), Instant.now());
        assertThat(adapter().send(certified)).isEqualTo(Outcome.NOT_CONFIGURED);
        assertThat(adapter().send(accepted(UUID.randomUUID()))).isEqualTo(Outcome.NO_OPENID);
        assertThat(wechat.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("C5.1 a user who has not subscribed (43101) is an answer, not a failure")
    void notSubscribed() {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(okJson(TOKEN_REPLY)));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .willReturn(okJson("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg rid: x\"}")));
        assertThat(adapter().send(accepted(withWeChat))).isEqualTo(Outcome.NOT_SUBSCRIBED);
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send")));
    }

    @Test
    @DisplayName("C5.1 an expired access token (42001) is renewed and the message sent again")
    void renewsToken() {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(okJson(TOKEN_REPLY)));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")).willSetStateTo("renewed"));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        assertThat(adapter().send(accepted(withWeChat))).isEqualTo(Outcome.SENT);
        wechat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
    }

    @Test
    @DisplayName("C5.1 server errors are tried three times, then answered unavailable; a refusal is not retried")
    void failures() {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(okJson(TOKEN_REPLY)));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).willReturn(serverError()));
        DomainException down = catchThrowableOfType(DomainException.class, () -> adapter().send(accepted(withWeChat)));
        assertThat(down.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        wechat.verify(3, postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send")));

        wechat.resetAll();
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(okJson(TOKEN_REPLY)));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .willReturn(okJson("{\"errcode\":47003,\"errmsg\":\"argument invalid! data.thing1.value invalid\"}")));
        assertThatThrownBy(() -> adapter().send(accepted(withWeChat))).isInstanceOf(DomainException.class);
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send")));

        wechat.resetAll();
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}")));
        assertThat(catchThrowableOfType(DomainException.class, () -> adapter().send(accepted(withWeChat))).code())
                .isEqualTo("notification.wechat-unavailable");

        wechat.resetAll();
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(aResponse().withFixedDelay(1_500).withBody(TOKEN_REPLY)));
        assertThat(catchThrowableOfType(DomainException.class, () -> adapter(Duration.ofSeconds(1)).send(accepted(withWeChat))).kind())
                .isEqualTo(ErrorKind.UNAVAILABLE);
        // let the slow answers finish, so that they do not land in the next test's request journal
        try {
            Thread.sleep(1_600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("C5.1 choosing the real WeChat without AppID or AppSecret fails at start-up naming them, never the secret")
    void failsFastWhenIncomplete() {
        WeChatProperties incomplete = new WeChatProperties("http", "wx-app", "", null, null, null, null, null, null, null);
        assertThatThrownBy(() -> new HttpWeChatSubscribe(incomplete, contacts, Clock.systemUTC(), Duration.ZERO))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app-secret");
        assertThat(new WeChatProperties("http", "wx-app", "top-secret", null, null, null, null, null, null, null).toString())
                .doesNotContain("top-secret");
    }
}
