package org.shangmen.identity.adapter.out.social;

import static org.shangmen.identity.adapter.out.social.SocialLoginErrors.codeInvalid;
import static org.shangmen.identity.adapter.out.social.SocialLoginErrors.rateLimited;
import static org.shangmen.identity.adapter.out.social.SocialLoginErrors.unavailable;
import static org.shangmen.identity.adapter.out.social.SocialLoginErrors.userBlocked;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shangmen.identity.application.port.out.SocialLogin;
import org.shangmen.kernel.DomainException;
import org.shangmen.provider.ProviderFailure;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProviderHttp;
import org.shangmen.provider.ProviderSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SocialLogin} against the real providers: WeChat's {@code jscode2session} for the mini-program, and
 * QQ Connect's OAuth 2.0 {@code token} and {@code me} endpoints. Every HTTP call has connect and read
 * timeouts, runs behind one circuit breaker per provider and is repeated (at most twice) only after a
 * server error, a network error, a timeout or WeChat's "system busy"; a refused code or any other business
 * answer is final. Whatever the provider does, the caller sees a {@link DomainException} from the port's
 * contract. WeChat's {@code session_key} and QQ's access token are dropped here: never returned, kept or
 * logged, and neither are codes, secrets or request URLs (they carry both).
 */
@Component
@ConditionalOnProperty(name = "shangmen.social.provider", havingValue = SocialLoginProperties.HTTP)
class HttpSocialLogin implements SocialLogin {


    private static final Logger log = LoggerFactory.getLogger(HttpSocialLogin.class);
    private static final int MAX_CODE_LENGTH = 512;
    private static final int MAX_ID_LENGTH = 128;
    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final int WECHAT_SYSTEM_BUSY = -1;
    private static final String JSONP_PREFIX = "callback(";

    private final SocialLoginProperties.WeChat weChat;
    private final SocialLoginProperties.Qq qq;
    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ProviderGuard weChatGuard;
    private final ProviderGuard qqGuard;

    HttpSocialLogin(SocialLoginProperties properties, RestClient http, Duration firstRetryWait) {
        this(properties, http, ProviderGuards.standalone(ProviderSettings.NONE.withFirstRetryWait(firstRetryWait)));
    }

    @Autowired
    HttpSocialLogin(SocialLoginProperties properties,
                    @Qualifier(SocialLoginConfiguration.REST_CLIENT) RestClient http, ProviderGuards guards) {
        List<String> missing = properties.missingCredentials();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(SocialLoginProperties.PREFIX + ".provider=http calls WeChat and QQ and needs "
                    + String.join(", ", missing) + "; set them, or use " + SocialLoginProperties.PREFIX
                    + ".provider=dev to sign in offline");
        }
        this.weChat = properties.wechat();
        this.qq = properties.qq();
        this.http = http;
        this.weChatGuard = guards.guard(providerName(Provider.WECHAT), HttpSocialLogin.class);
        this.qqGuard = guards.guard(providerName(Provider.QQ), HttpSocialLogin.class);
    }

    @Override
    public String weChatAppId() {
        return weChat.appId();
    }

    @Override
    public SocialIdentity weChatMiniProgram(String jsCode) {
        requireCode(jsCode);
        URI uri = UriComponentsBuilder.fromUriString(weChat.baseUrl())
                .path("/sns/jscode2session")
                .queryParam("appid", "{appid}")
                .queryParam("secret", "{secret}")
                .queryParam("js_code", "{code}")
                .queryParam("grant_type", "authorization_code")
                .encode()
                .buildAndExpand(Map.of("appid", weChat.appId(), "secret", weChat.appSecret(), "code", jsCode))
                .toUri();
        JsonNode answer = weChatGuard.call(() -> {
            JsonNode body = read(fetch(uri));
            if (body.path("errcode").asInt(0) == WECHAT_SYSTEM_BUSY) {
                throw ProviderFailure.retryable("errcode -1 (system busy)");
            }
            return body;
        }, SocialLoginErrors::unavailable);
        int errcode = answer.path("errcode").asInt(0);
        if (errcode != 0) {
            throw weChatRefusal(errcode);
        }
        // The answer also holds session_key; it is deliberately not read.
        String openId = id(answer, "openid")
                .orElseThrow(() -> malformed(Provider.WECHAT, "jscode2session answered without an openid"));
        return new SocialIdentity(Provider.WECHAT, weChat.appId(), openId, id(answer, "unionid"));
    }

    @Override
    public SocialIdentity qq(String authorizationCode, String redirectUri) {
        requireCode(authorizationCode);
        requireCode(redirectUri);
        URI tokenUri = UriComponentsBuilder.fromUriString(qq.baseUrl())
                .path("/oauth2.0/token")
                .queryParam("grant_type", "authorization_code")
                .queryParam("client_id", "{id}")
                .queryParam("client_secret", "{key}")
                .queryParam("code", "{code}")
                .queryParam("redirect_uri", "{redirect}")
                .queryParam("fmt", "json")
                .encode()
                .buildAndExpand(Map.of("id", qq.appId(), "key", qq.appKey(), "code", authorizationCode,
                        "redirect", redirectUri))
                .toUri();
        JsonNode token = qqGuard.call(() -> read(fetch(tokenUri)), SocialLoginErrors::unavailable);
        failOnQqError(token, "token");
        String accessToken = id(token, "access_token")
                .orElseThrow(() -> malformed(Provider.QQ, "token answered without an access_token"));

        URI meUri = UriComponentsBuilder.fromUriString(qq.baseUrl())
                .path("/oauth2.0/me")
                .queryParam("access_token", "{token}")
                .queryParam("unionid", "1")
                .queryParam("fmt", "json")
                .encode()
                .buildAndExpand(Map.of("token", accessToken))
                .toUri();
        JsonNode me = qqGuard.call(() -> read(fetch(meUri)), SocialLoginErrors::unavailable);
        failOnQqError(me, "me");
        Optional<String> clientId = id(me, "client_id");
        if (clientId.isPresent() && !clientId.get().equals(qq.appId())) {
            throw malformed(Provider.QQ, "me answered for another app id");
        }
        String openId = id(me, "openid").orElseThrow(() -> malformed(Provider.QQ, "me answered without an openid"));
        return new SocialIdentity(Provider.QQ, qq.appId(), openId, id(me, "unionid"));
    }

    /** Names under {@code shangmen.providers}: {@code social-wechat}, {@code social-qq}. */
    static String providerName(Provider provider) {
        return "social-" + provider.name().toLowerCase(Locale.ROOT);
    }

    private ProviderHttp.BytesReply fetch(URI uri) {
        return ProviderHttp.bytes(http.get().uri(uri).accept(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN), MAX_ANSWER_BYTES);
    }

    /** The answer as a JSON object whatever its content type (WeChat sometimes says {@code text/plain}). */
    private JsonNode read(ProviderHttp.BytesReply reply) {
        int status = reply.status();
        if (status == 429) {
            throw rateLimited();
        }
        if (status < 200 || status >= 300) {
            throw ProviderFailure.ofStatus(status);
        }
        String text = new String(reply.body(), StandardCharsets.UTF_8).strip();
        if (text.startsWith(JSONP_PREFIX) && text.lastIndexOf(')') > JSONP_PREFIX.length()) {
            // QQ's older JSONP form: callback( {...} );
            text = text.substring(JSONP_PREFIX.length(), text.lastIndexOf(')'));
        }
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw ProviderFailure.permanent("answer is no JSON object (HTTP " + status + ")");
            }
            return node;
        } catch (JacksonException unreadable) {
            throw ProviderFailure.permanent("answer is no JSON (HTTP " + status + ")");
        }
    }

    private static DomainException weChatRefusal(int errcode) {
        return switch (errcode) {
            case 40029, 40163 -> codeInvalid();
            case 45011 -> rateLimited();
            case 40226 -> userBlocked();
            default -> {
                log.warn("WeChat jscode2session refused with errcode {}", errcode);
                yield unavailable();
            }
        };
    }

    private static void failOnQqError(JsonNode answer, String step) {
        if (!answer.has("error")) {
            return;
        }
        int error = answer.path("error").asInt(-1);
        switch (error) {
            case 0 -> { }
            case 100016, 100019, 100020 -> throw codeInvalid();
            default -> {
                log.warn("QQ {} refused with error {}", step, error);
                throw unavailable();
            }
        }
    }

    /** A non-blank string field of reasonable length; absent, blank or other types are empty. */
    private static Optional<String> id(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            return Optional.empty();
        }
        return value.asString().length() <= MAX_ID_LENGTH ? Optional.of(value.asString()) : Optional.empty();
    }

    private static void requireCode(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_CODE_LENGTH) {
            throw codeInvalid();
        }
    }

    private static DomainException malformed(Provider provider, String what) {
        log.warn("{} sign-in failed: {}", provider, what);
        return unavailable();
    }
}
