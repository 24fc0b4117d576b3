package org.shangmen.identity.adapter.out.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.shangmen.identity.adapter.out.social.FakeProviders.QQ_APP_ID;
import static org.shangmen.identity.adapter.out.social.FakeProviders.QQ_KEY;
import static org.shangmen.identity.adapter.out.social.FakeProviders.QQ_ME;
import static org.shangmen.identity.adapter.out.social.FakeProviders.QQ_TOKEN;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shangmen.identity.application.port.out.SocialLogin.Provider;
import org.shangmen.identity.application.port.out.SocialLogin.SocialIdentity;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

/** QQ sign-in against a WireMock playing QQ Connect's token and openid endpoints with their real answers. */
class HttpSocialLoginQqTest {

    static final String CODE = "9A5F0B3C2D1E4F6A7B8C9D0E1F2A3B4C";
    static final String REDIRECT = "https://www.shangmen.org/auth/qq/callback?from=login&lang=zh";
    static final String ACCESS_TOKEN = "FE04C3A8B7D2E1F0A9B8C7D6E5F4A3B2";
    static final String OPENID = "8A2B9C4D6E1F3A5B7C9D0E2F4A6B8C0D";
    static final String UNIONID = "UID_5C3E9A1B7D2F4E6A8C0B1D3F5E7A9C2B";

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

    private static void token(String json) {
        providers.server.stubFor(get(urlPathEqualTo(QQ_TOKEN)).willReturn(okJson(json)));
    }

    private static void me(String json) {
        providers.server.stubFor(get(urlPathEqualTo(QQ_ME)).willReturn(okJson(json)));
    }

    private static void tokenIssued() {
        token("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":\"7776000\",\"refresh_token\":\"88E4BE14A7D3C2B1F0E9D8C7B6A5F4E3\"}");
    }

    private DomainException refusal() {
        return catchThrowableOfType(DomainException.class, () -> login.qq(CODE, REDIRECT));
    }

    @Test
    @DisplayName("C1.3 a QQ code is exchanged for a token, and the token for the app id, openid and unionid")
    void successWithUnionId() {
        tokenIssued();
        me("{\"client_id\":\"" + QQ_APP_ID + "\",\"openid\":\"" + OPENID + "\",\"unionid\":\"" + UNIONID + "\"}");

        SocialIdentity identity = login.qq(CODE, REDIRECT);

        assertThat(identity).isEqualTo(new SocialIdentity(Provider.QQ, QQ_APP_ID, OPENID, Optional.of(UNIONID)));
        providers.server.verify(1, getRequestedFor(urlPathEqualTo(QQ_TOKEN))
                .withQueryParam("grant_type", equalTo("authorization_code"))
                .withQueryParam("client_id", equalTo(QQ_APP_ID))
                .withQueryParam("client_secret", equalTo(QQ_KEY))
                .withQueryParam("code", equalTo(CODE))
                .withQueryParam("redirect_uri", equalTo(REDIRECT))
                .withQueryParam("fmt", equalTo("json")));
        providers.server.verify(1, getRequestedFor(urlPathEqualTo(QQ_ME))
                .withQueryParam("access_token", equalTo(ACCESS_TOKEN))
                .withQueryParam("unionid", equalTo("1"))
                .withQueryParam("fmt", equalTo("json")));
    }

    @Test
    @DisplayName("C1.3 a QQ user without a unionid signs in with the openid alone")
    void successWithoutUnionId() {
        tokenIssued();
        me("{\"client_id\":\"" + QQ_APP_ID + "\",\"openid\":\"" + OPENID + "\"}");

        SocialIdentity identity = login.qq(CODE, REDIRECT);

        assertThat(identity.openId()).isEqualTo(OPENID);
        assertThat(identity.unionId()).isEmpty();
    }

    @Test
    @DisplayName("C1.3 QQ's access token is in no field of the sign-in result, nor in its text")
    void accessTokenNeverLeaves() throws Exception {
        tokenIssued();
        me("{\"client_id\":\"" + QQ_APP_ID + "\",\"openid\":\"" + OPENID + "\",\"unionid\":\"" + UNIONID + "\"}");

        SocialIdentity identity = login.qq(CODE, REDIRECT);

        for (RecordComponent component : SocialIdentity.class.getRecordComponents()) {
            assertThat(String.valueOf(component.getAccessor().invoke(identity)))
                    .as(component.getName()).doesNotContain(ACCESS_TOKEN);
        }
        assertThat(identity.toString()).contains(OPENID).doesNotContain(ACCESS_TOKEN);
    }

    @Test
    @DisplayName("C1.3 QQ's older JSONP answer callback( {...} ); is read as well")
    void jsonpAnswer() {
        tokenIssued();
        providers.server.stubFor(get(urlPathEqualTo(QQ_ME)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("callback( {\"client_id\":\"" + QQ_APP_ID + "\",\"openid\":\"" + OPENID + "\"} );\n")));

        assertThat(login.qq(CODE, REDIRECT).openId()).isEqualTo(OPENID);
    }

    @ParameterizedTest(name = "C1.3 QQ token error {0} is {1} {2}, asked once")
    @DisplayName("C1.3 each QQ token error becomes the port's refusal, is never repeated and asks for no openid")
    @CsvSource(delimiter = '|', textBlock = """
            100019 | INVALID     | identity.social-code-invalid | code to access token error
            100020 | INVALID     | identity.social-code-invalid | code is reused error
            100010 | UNAVAILABLE | identity.social-unavailable  | redirect uri is illegal
            """)
    void tokenErrors(int error, ErrorKind kind, String code, String description) {
        token("{\"error\":" + error + ",\"error_description\":\"" + description + "\"}");

        DomainException refusal = refusal();

        assertThat(refusal).isNotNull();
        assertThat(refusal.kind()).isEqualTo(kind);
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(providers.requestsTo(QQ_TOKEN)).isEqualTo(1);
        assertThat(providers.requestsTo(QQ_ME)).isZero();
    }

    @ParameterizedTest(name = "C1.3 QQ me error {0} is {1} {2}, asked once")
    @DisplayName("C1.3 each QQ openid error becomes the port's refusal and is never repeated")
    @CsvSource(delimiter = '|', textBlock = """
            100016 | INVALID     | identity.social-code-invalid | access token check failed
            100007 | UNAVAILABLE | identity.social-unavailable  | param access token is wrong or lost
            """)
    void meErrors(int error, ErrorKind kind, String code, String description) {
        tokenIssued();
        me("{\"error\":" + error + ",\"error_description\":\"" + description + "\"}");

        DomainException refusal = refusal();

        assertThat(refusal).isNotNull();
        assertThat(refusal.kind()).isEqualTo(kind);
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(providers.requestsTo(QQ_TOKEN)).isEqualTo(1);
        assertThat(providers.requestsTo(QQ_ME)).isEqualTo(1);
    }

    @Test
    @DisplayName("C1.3 a QQ openid answered for another app id is not accepted")
    void otherAppRefused() {
        tokenIssued();
        me("{\"client_id\":\"100000001\",\"openid\":\"" + OPENID + "\"}");

        DomainException refusal = refusal();

        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("identity.social-unavailable");
    }

    @Test
    @DisplayName("C1.3 a QQ code without its redirect URI is refused as invalid without calling QQ")
    void missingRedirectUri() {
        tokenIssued();

        DomainException refusal = catchThrowableOfType(DomainException.class, () -> login.qq(CODE, " "));

        assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(refusal.code()).isEqualTo("identity.social-code-invalid");
        assertThat(providers.requestsTo(QQ_TOKEN)).isZero();
    }
}
