package org.shangmen.identity.adapter.out.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.shangmen.identity.adapter.out.social.FakeProviders.JSCODE2SESSION;
import static org.shangmen.identity.adapter.out.social.FakeProviders.QQ_APP_ID;
import static org.shangmen.identity.adapter.out.social.FakeProviders.QQ_KEY;
import static org.shangmen.identity.adapter.out.social.FakeProviders.QQ_ME;
import static org.shangmen.identity.adapter.out.social.FakeProviders.QQ_TOKEN;
import static org.shangmen.identity.adapter.out.social.FakeProviders.WECHAT_SECRET;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.slf4j.LoggerFactory;

/** Timeouts, retries and circuit breakers of the HTTP social sign-in, and what it logs. */
class HttpSocialLoginResilienceTest {

    static final String CODE = "0c1Yb2000Lmn4T2qXh300xr9Su1Yb21v";
    static final String QQ_CODE = "7E3D1C9B5A2F4E6D8C0B1A3F5E7D9C2B";
    static final String REDIRECT = "https://www.shangmen.org/auth/qq/callback";
    static final String SESSION_KEY = "HyVFkGl5F5OQWJZZaNzBBg==";
    static final String ACCESS_TOKEN = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
    static final String WECHAT_OK = "{\"openid\":\"oWl8S5ZxQ2mJ0dL9wXv4sH7kT1aE\",\"session_key\":\"" + SESSION_KEY + "\"}";
    static final String QQ_TOKEN_OK = "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":\"7776000\",\"refresh_token\":\"R\"}";
    static final String QQ_ME_OK = "{\"client_id\":\"" + QQ_APP_ID + "\",\"openid\":\"8A2B9C4D6E1F3A5B7C9D0E2F4A6B8C0D\"}";

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

    private static void stub(String path, ResponseDefinitionBuilder answer) {
        providers.server.stubFor(get(urlPathEqualTo(path)).willReturn(answer));
    }

    /** The first call to {@code path} fails with {@code status}, every later one succeeds with {@code json}. */
    private static void failsOnceThen(String path, int status, String json) {
        providers.server.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(status).withBody("busy")).willSetStateTo("recovered"));
        providers.server.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs("recovered")
                .willReturn(okJson(json)));
    }

    private static void assertUnavailable(DomainException refusal) {
        assertThat(refusal).isNotNull();
        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("identity.social-unavailable");
    }

    private DomainException weChatRefusal() {
        return catchThrowableOfType(DomainException.class, () -> login.weChatMiniProgram(CODE));
    }

    @Test
    @DisplayName("C1.3 a WeChat 500 is asked again and the second answer signs the user in")
    void weChatServerErrorRetried() {
        failsOnceThen(JSCODE2SESSION, 500, WECHAT_OK);

        assertThat(login.weChatMiniProgram(CODE).openId()).isEqualTo("oWl8S5ZxQ2mJ0dL9wXv4sH7kT1aE");
        assertThat(providers.requestsTo(JSCODE2SESSION)).isEqualTo(2);
    }

    @Test
    @DisplayName("C1.3 a QQ 502 on the token exchange is asked again and the user signs in")
    void qqTokenServerErrorRetried() {
        failsOnceThen(QQ_TOKEN, 502, QQ_TOKEN_OK);
        stub(QQ_ME, okJson(QQ_ME_OK));

        assertThat(login.qq(QQ_CODE, REDIRECT).openId()).isEqualTo("8A2B9C4D6E1F3A5B7C9D0E2F4A6B8C0D");
        assertThat(providers.requestsTo(QQ_TOKEN)).isEqualTo(2);
        assertThat(providers.requestsTo(QQ_ME)).isEqualTo(1);
    }

    @Test
    @DisplayName("C1.3 a QQ 503 on the openid step repeats only that step, so the one-time code is used once")
    void qqMeServerErrorRetriedAlone() {
        stub(QQ_TOKEN, okJson(QQ_TOKEN_OK));
        failsOnceThen(QQ_ME, 503, QQ_ME_OK);

        assertThat(login.qq(QQ_CODE, REDIRECT).openId()).isEqualTo("8A2B9C4D6E1F3A5B7C9D0E2F4A6B8C0D");
        assertThat(providers.requestsTo(QQ_TOKEN)).isEqualTo(1);
        assertThat(providers.requestsTo(QQ_ME)).isEqualTo(2);
    }

    @Test
    @DisplayName("C1.3 WeChat answering 500 every time is asked three times in all, then unavailable")
    void persistentServerError() {
        stub(JSCODE2SESSION, serverError());

        assertUnavailable(weChatRefusal());
        assertThat(providers.requestsTo(JSCODE2SESSION)).isEqualTo(3);
    }

    @ParameterizedTest(name = "C1.3 WeChat HTTP {0} is unavailable and asked once")
    @DisplayName("C1.3 a WeChat 4xx answer is never repeated")
    @ValueSource(ints = {400, 403, 404})
    void clientErrorNotRetried(int status) {
        stub(JSCODE2SESSION, aResponse().withStatus(status).withBody("{\"errcode\":44002,\"errmsg\":\"empty post data\"}"));

        assertUnavailable(weChatRefusal());
        assertThat(providers.requestsTo(JSCODE2SESSION)).isEqualTo(1);
    }

    @Test
    @DisplayName("C1.3 a QQ 400 on the token exchange is never repeated")
    void qqClientErrorNotRetried() {
        stub(QQ_TOKEN, aResponse().withStatus(400).withBody("bad request"));

        assertUnavailable(catchThrowableOfType(DomainException.class, () -> login.qq(QQ_CODE, REDIRECT)));
        assertThat(providers.requestsTo(QQ_TOKEN)).isEqualTo(1);
        assertThat(providers.requestsTo(QQ_ME)).isZero();
    }

    @Test
    @DisplayName("C1.3 an HTTP 429 from the provider is rate-limited and not repeated")
    void tooManyRequests() {
        stub(JSCODE2SESSION, aResponse().withStatus(429));

        DomainException refusal = weChatRefusal();

        assertThat(refusal.kind()).isEqualTo(ErrorKind.TOO_MANY_REQUESTS);
        assertThat(refusal.code()).isEqualTo("identity.social-rate-limited");
        assertThat(providers.requestsTo(JSCODE2SESSION)).isEqualTo(1);
    }

    @Test
    @DisplayName("C1.3 WeChat answering later than the read timeout is unavailable")
    void readTimeout() {
        login = providers.login(Duration.ofMillis(200));
        stub(JSCODE2SESSION, okJson(WECHAT_OK).withFixedDelay(1_500));

        assertUnavailable(weChatRefusal());
    }

    @Test
    @DisplayName("C1.3 WeChat refusing connections is unavailable")
    void connectionRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closedPort;
        SocialLoginProperties properties = new SocialLoginProperties("http",
                new SocialLoginProperties.WeChat(FakeProviders.WECHAT_APP_ID, WECHAT_SECRET, nowhere),
                new SocialLoginProperties.Qq(QQ_APP_ID, QQ_KEY, nowhere), Duration.ofSeconds(1), Duration.ofSeconds(1));
        login = new HttpSocialLogin(properties, SocialLoginConfiguration.restClient(properties), Duration.ofMillis(5));

        assertUnavailable(weChatRefusal());
    }

    @Test
    @DisplayName("C1.3 after repeated WeChat failures the breaker opens: calls fail at once without reaching WeChat, QQ still works")
    void breakerOpens() {
        stub(JSCODE2SESSION, serverError());
        assertUnavailable(weChatRefusal());
        assertUnavailable(weChatRefusal());
        assertThat(providers.requestsTo(JSCODE2SESSION)).as("attempts before the breaker opened").isGreaterThanOrEqualTo(4);

        providers.server.resetRequests();
        stub(JSCODE2SESSION, okJson(WECHAT_OK));
        assertUnavailable(weChatRefusal());
        assertThat(providers.requestsTo(JSCODE2SESSION)).as("calls while the breaker is open").isZero();

        stub(QQ_TOKEN, okJson(QQ_TOKEN_OK));
        stub(QQ_ME, okJson(QQ_ME_OK));
        assertThat(login.qq(QQ_CODE, REDIRECT).openId()).isEqualTo("8A2B9C4D6E1F3A5B7C9D0E2F4A6B8C0D");
    }

    @Test
    @DisplayName("C1.3 refused codes are answers, not failures: many of them leave the breaker closed")
    void businessRefusalsKeepBreakerClosed() {
        stub(JSCODE2SESSION, okJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}"));
        for (int i = 0; i < 12; i++) {
            assertThat(weChatRefusal().kind()).isEqualTo(ErrorKind.INVALID);
        }

        stub(JSCODE2SESSION, okJson(WECHAT_OK));
        assertThat(login.weChatMiniProgram(CODE).openId()).isEqualTo("oWl8S5ZxQ2mJ0dL9wXv4sH7kT1aE");
        assertThat(providers.requestsTo(JSCODE2SESSION)).isEqualTo(13);
    }

    @Test
    @DisplayName("C1.3 sign-in logs name what failed but never a secret, code, session_key or access token")
    void logsCarryNoSecrets() {
        Logger logger = (Logger) LoggerFactory.getLogger(HttpSocialLogin.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            login = providers.login(Duration.ofMillis(200));
            stub(JSCODE2SESSION, okJson(WECHAT_OK).withFixedDelay(1_500));
            weChatRefusal();
            login = providers.login();
            stub(JSCODE2SESSION, okJson("{\"errcode\":40013,\"errmsg\":\"invalid appid\"}"));
            weChatRefusal();
            stub(JSCODE2SESSION, okJson(WECHAT_OK));
            assertThat(login.weChatMiniProgram(CODE).openId()).isNotBlank();
            stub(QQ_TOKEN, okJson(QQ_TOKEN_OK));
            stub(QQ_ME, serverError());
            catchThrowableOfType(DomainException.class, () -> login.qq(QQ_CODE, REDIRECT));
        } finally {
            logger.detachAppender(appender);
        }

        List<String> lines = appender.list.stream()
                .map(event -> event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage()))
                .toList();
        assertThat(lines).anyMatch(line -> line.contains("HttpTimeoutException"))
                .anyMatch(line -> line.contains("40013"))
                .anyMatch(line -> line.contains("HTTP 500"));
        assertThat(lines).noneMatch(line -> line.contains(WECHAT_SECRET) || line.contains(QQ_KEY)
                || line.contains(CODE) || line.contains(QQ_CODE) || line.contains(SESSION_KEY)
                || line.contains(ACCESS_TOKEN) || line.contains("127.0.0.1"));
    }
}
