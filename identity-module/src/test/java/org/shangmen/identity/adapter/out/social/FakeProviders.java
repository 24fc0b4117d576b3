package org.shangmen.identity.adapter.out.social;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;

/** WireMock on a free port of 127.0.0.1 playing both WeChat and QQ, and adapters pointed at it. */
final class FakeProviders implements AutoCloseable {

    static final String WECHAT_APP_ID = "wx5f3a9c1e2b7d4a60";
    static final String WECHAT_SECRET = "wechat-secret-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    static final String QQ_APP_ID = "101987654";
    static final String QQ_KEY = "qq-key-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static final String JSCODE2SESSION = "/sns/jscode2session";
    static final String QQ_TOKEN = "/oauth2.0/token";
    static final String QQ_ME = "/oauth2.0/me";
    /** Short enough for a quick suite, long enough for a loaded machine answering a stub. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(1500);

    final WireMockServer server;

    FakeProviders() {
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    SocialLoginProperties properties(Duration readTimeout) {
        return new SocialLoginProperties(SocialLoginProperties.HTTP,
                new SocialLoginProperties.WeChat(WECHAT_APP_ID, WECHAT_SECRET, baseUrl()),
                new SocialLoginProperties.Qq(QQ_APP_ID, QQ_KEY, baseUrl()),
                Duration.ofSeconds(1), readTimeout);
    }

    /** A fresh adapter (closed breakers) with the real client and short waits between attempts. */
    HttpSocialLogin login(Duration readTimeout) {
        SocialLoginProperties properties = properties(readTimeout);
        return new HttpSocialLogin(properties, SocialLoginConfiguration.restClient(properties), Duration.ofMillis(5));
    }

    HttpSocialLogin login() {
        return login(READ_TIMEOUT);
    }

    int requestsTo(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    void reset() {
        server.resetAll();
    }

    @Override
    public void close() {
        server.stop();
    }
}
