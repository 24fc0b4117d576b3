package org.shangmen.identity.adapter.out.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.shangmen.identity.adapter.out.social.FakeProviders.JSCODE2SESSION;
import static org.shangmen.identity.adapter.out.social.FakeProviders.WECHAT_APP_ID;
import static org.shangmen.identity.adapter.out.social.FakeProviders.WECHAT_SECRET;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangmen.identity.application.port.out.SocialLogin.Provider;
import org.shangmen.identity.application.port.out.SocialLogin.SocialIdentity;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

/** WeChat mini-program sign-in against a WireMock playing {@code jscode2session} with its real answers. */
class HttpSocialLoginWeChatTest {

    static final String CODE = "0a3Xk1000Ykq3S1pWg200wq8Rt0Xk10u";
    static final String OPENID = "oWl8S5ZxQ2mJ0dL9wXv4sH7kT1aE";
    static final String UNIONID = "o6_bmasdasdsad6_2sgVt7hMZOPfL";
    static final String SESSION_KEY = "tiihtNczf5v6AKRyjwEUhQ==";

    static FakeProviders providers;
    HttpSocialLogin login;

    @BeforeAll
    static void start() {
        providers = new FakeProviders();
    }

    @AfterAll
    static void stop() {
        providers.close();
    }

    @BeforeEach
    void fresh() {
        providers.reset();
        login = providers.login();
    }

    private static void answer(String json) {
        providers.server.stubFor(get(urlPathEqualTo(JSCODE2SESSION)).willReturn(okJson(json)));
    }

    private DomainException refusal(String code) {
        return catchThrowableOfType(DomainException.class, () -> login.weChatMiniProgram(code));
    }

    @Test
    @DisplayName("C1.3 a WeChat code becomes the configured app id, the openid and the unionid")
    void successWithUnionId() {
        answer("{\"openid\":\"" + OPENID + "\",\"session_key\":\"" + SESSION_KEY + "\",\"unionid\":\"" + UNIONID + "\"}");

        SocialIdentity identity = login.weChatMiniProgram(CODE);

        assertThat(identity).isEqualTo(new SocialIdentity(Provider.WECHAT, WECHAT_APP_ID, OPENID, Optional.of(UNIONID)));
        providers.server.verify(1, getRequestedFor(urlPathEqualTo(JSCODE2SESSION))
                .withQueryParam("appid", equalTo(WECHAT_APP_ID))
                .withQueryParam("secret", equalTo(WECHAT_SECRET))
                .withQueryParam("js_code", equalTo(CODE))
                .withQueryParam("grant_type", equalTo("authorization_code")));
    }

    @Test
    @DisplayName("C1.3 a WeChat user of an app outside an open-platform account has an openid and no unionid")
    void successWithoutUnionId() {
        answer("{\"openid\":\"" + OPENID + "\",\"session_key\":\"" + SESSION_KEY + "\"}");

        SocialIdentity identity = login.weChatMiniProgram(CODE);

        assertThat(identity.openId()).isEqualTo(OPENID);
        assertThat(identity.unionId()).isEmpty();
    }

    @Test
    @DisplayName("C1.3 WeChat's session_key is in no field of the sign-in result, nor in its text")
    void sessionKeyNeverLeaves() throws Exception {
        answer("{\"openid\":\"" + OPENID + "\",\"session_key\":\"" + SESSION_KEY + "\",\"unionid\":\"" + UNIONID + "\"}");

        SocialIdentity identity = login.weChatMiniProgram(CODE);

        for (RecordComponent component : SocialIdentity.class.getRecordComponents()) {
            assertThat(String.valueOf(component.getAccessor().invoke(identity)))
                    .as(component.getName()).doesNotContain(SESSION_KEY);
        }
        assertThat(identity.toString()).contains(OPENID).doesNotContain(SESSION_KEY);
    }

    @Test
    @DisplayName("C1.3 a WeChat answer labelled text/plain is read as JSON all the same")
    void plainTextContentType() {
        providers.server.stubFor(get(urlPathEqualTo(JSCODE2SESSION)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain")
                .withBody("{\"session_key\":\"" + SESSION_KEY + "\",\"openid\":\"" + OPENID + "\"}")));

        assertThat(login.weChatMiniProgram(CODE).openId()).isEqualTo(OPENID);
    }

    @ParameterizedTest(name = "C1.3 WeChat errcode {0} ({3}) is {1} {2}, asked once")
    @DisplayName("C1.3 each WeChat errcode becomes the port's refusal and is never repeated")
    @CsvSource(delimiter = '|', textBlock = """
            40029 | INVALID           | identity.social-code-invalid | invalid code
            40163 | INVALID           | identity.social-code-invalid | code been used
            45011 | TOO_MANY_REQUESTS | identity.social-rate-limited | api minute-quota reach limit
            40226 | FORBIDDEN         | identity.social-user-blocked | high risk user
            40013 | UNAVAILABLE       | identity.social-unavailable  | invalid appid
            """)
    void errcodes(int errcode, ErrorKind kind, String code, String message) {
        answer("{\"errcode\":" + errcode + ",\"errmsg\":\"" + message + ", rid: 65a1b2c3-1d2e3f4a-5b6c7d8e\"}");

        DomainException refusal = refusal(CODE);

        assertThat(refusal).isNotNull();
        assertThat(refusal.kind()).isEqualTo(kind);
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(providers.requestsTo(JSCODE2SESSION)).isEqualTo(1);
    }

    @Test
    @DisplayName("C1.3 WeChat's errcode -1 (system busy) is asked three times, then the service is unavailable")
    void systemBusy() {
        answer("{\"errcode\":-1,\"errmsg\":\"system error\"}");

        DomainException refusal = refusal(CODE);

        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("identity.social-unavailable");
        assertThat(providers.requestsTo(JSCODE2SESSION)).isEqualTo(3);
    }

    @Test
    @DisplayName("C1.3 an answer that is no JSON (a gateway's HTML page) makes WeChat unavailable, asked once")
    void unreadableAnswer() {
        providers.server.stubFor(get(urlPathEqualTo(JSCODE2SESSION)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>502 Bad Gateway</body></html>")));

        DomainException refusal = refusal(CODE);

        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(providers.requestsTo(JSCODE2SESSION)).isEqualTo(1);
    }

    @Test
    @DisplayName("C1.3 a WeChat success without an openid makes WeChat unavailable rather than signing in nobody")
    void answerWithoutOpenId() {
        answer("{\"session_key\":\"" + SESSION_KEY + "\"}");

        DomainException refusal = refusal(CODE);

        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("identity.social-unavailable");
    }

    @ParameterizedTest(name = "C1.3 the WeChat code [{0}] is refused without calling WeChat")
    @DisplayName("C1.3 a missing or blank WeChat code is refused as invalid without calling WeChat")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankCode(String code) {
        answer("{\"openid\":\"" + OPENID + "\"}");

        DomainException refusal = refusal(code);

        assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(refusal.code()).isEqualTo("identity.social-code-invalid");
        assertThat(providers.requestsTo(JSCODE2SESSION)).isZero();
    }
}
