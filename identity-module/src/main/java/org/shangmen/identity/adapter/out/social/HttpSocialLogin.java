package org.shangmen.identity.adapter.out.social;

import org.shangmen.identity.adapter.out.ProviderGuard;

import static org.shangmen.identity.adapter.out.social.SocialLoginErrors.codeInvalid;
import static org.shangmen.identity.adapter.out.social.SocialLoginErrors.rateLimited;
import static org.shangmen.identity.adapter.out.social.SocialLoginErrors.unavailable;
import static org.shangmen.identity.adapter.out.social.SocialLoginErrors.userBlocked;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.shangmen.identity.application.port.out.SocialLogin;
import org.shangmen.kernel.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
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

    /** Wait before the first repeat; the second waits twice as long. */
    static final Duration FIRST_RETRY_WAIT = Duration.ofMillis(200);
    static final int MAX_ATTEMPTS = 3;

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
    private final Guard weChatGuard;
    private final Guard qqGuard;

    @Autowired
    HttpSocialLogin(SocialLoginProperties properties,
                    @Qualifier(SocialLoginConfiguration.REST_CLIENT) RestClient http) {
        this(properties, http, FIRST_RETRY_WAIT);
    }

    HttpSocialLogin(SocialLoginProperties properties, RestClient http, Duration firstRetryWait) {
        List<String> missing = properties.missingCredentials();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(SocialLoginProperties.PREFIX + ".provider=http calls WeChat and QQ and needs "
                    + String.join(", ", missing) + "; set them, or use " + SocialLoginProperties.PREFIX
                    + ".provider=dev to sign in offline");
        }
        this.weChat = properties.wechat();
        this.qq = properties.qq();
        this.http = http;
        this.weChatGuard = Guard.of(Provider.WECHAT, firstRetryWait);
        this.qqGuard = Guard.of(Provider.QQ, firstRetryWait);
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
                throw new ProviderFailure("errcode -1 (system busy)", true);
            }
            return body;
        });
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
        JsonNode token = qqGuard.call(() -> read(fetch(tokenUri)));
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
        JsonNode me = qqGuard.call(() -> read(fetch(meUri)));
        failOnQqError(me, "me");
        Optional<String> clientId = id(me, "client_id");
        if (clientId.isPresent() && !clientId.get().equals(qq.appId())) {
            throw malformed(Provider.QQ, "me answered for another app id");
        }
        String openId = id(me, "openid").orElseThrow(() -> malformed(Provider.QQ, "me answered without an openid"));
        return new SocialIdentity(Provider.QQ, qq.appId(), openId, id(me, "unionid"));
    }

    private Reply fetch(URI uri) {
        try {
            return http.get()
                    .uri(uri)
                    .accept(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN)
                    .exchange((request, response) ->
                            new Reply(response.getStatusCode().value(), readBounded(response.getBody())));
        } catch (ResourceAccessException networkOrTimeout) {
            // The exception's message names the URL, which carries secrets: report only what failed.
            throw new ProviderFailure("network error or timeout (" + rootCauseName(networkOrTimeout) + ")", true);
        } catch (RestClientException other) {
            throw new ProviderFailure("HTTP client error (" + other.getClass().getSimpleName() + ")", false);
        }
    }

    /** The answer as a JSON object whatever its content type (WeChat sometimes says {@code text/plain}). */
    private JsonNode read(Reply reply) {
        int status = reply.status();
        if (status >= 500) {
            throw new ProviderFailure("HTTP " + status, true);
        }
        if (status == 429) {
            throw rateLimited();
        }
        if (status < 200 || status >= 300) {
            throw new ProviderFailure("HTTP " + status, false);
        }
        String text = new String(reply.body(), StandardCharsets.UTF_8).strip();
        if (text.startsWith(JSONP_PREFIX) && text.lastIndexOf(')') > JSONP_PREFIX.length()) {
            // QQ's older JSONP form: callback( {...} );
            text = text.substring(JSONP_PREFIX.length(), text.lastIndexOf(')'));
        }
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ProviderFailure("answer is no JSON object (HTTP " + status + ")", false);
            }
            return node;
        } catch (JacksonException unreadable) {
            throw new ProviderFailure("answer is no JSON (HTTP " + status + ")", false);
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

    private static byte[] readBounded(InputStream body) throws IOException {
        return body == null ? new byte[0] : body.readNBytes(MAX_ANSWER_BYTES);
    }

    private static String rootCauseName(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private record Reply(int status, byte[] body) {
    }

    /**
     * A failure that is no answer from the provider's business logic: the circuit breaker counts it, and
     * the retry repeats it when {@code retryable}. Its message is written here and holds no secret.
     */
    private static final class ProviderFailure extends RuntimeException {

        private final boolean retryable;

        ProviderFailure(String reason, boolean retryable) {
            super(reason, null, false, false);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }

    /**
     * One provider's circuit breaker and retry. The retry wraps the breaker, so every attempt counts
     * and an open breaker stops the attempts at once. Business answers (returned values and
     * {@link DomainException}s) count as successes and are never repeated.
     */
    private record Guard(Provider provider, ProviderGuard guard) {

        static Guard of(Provider provider, Duration firstRetryWait) {
            ProviderGuard guard = ProviderGuard.of("social-" + provider.name().toLowerCase(Locale.ROOT), MAX_ATTEMPTS, firstRetryWait,
                    ProviderFailure.class::isInstance, failure -> failure instanceof ProviderFailure pf && pf.retryable());
            guard.breaker().getEventPublisher().onStateTransition(event ->
                    log.warn("{} sign-in circuit breaker: {}", provider, event.getStateTransition()));
            guard.retry().getEventPublisher().onRetry(event -> log.info("{} sign-in attempt {} failed ({}); trying again",
                    provider, event.getNumberOfRetryAttempts(), event.getLastThrowable().getMessage()));
            return new Guard(provider, guard);
        }

        <T> T call(Supplier<T> exchange) {
            try {
                return guard.call(exchange);
            } catch (CallNotPermittedException open) {
                log.warn("{} sign-in not attempted: circuit breaker open", provider);
                throw unavailable();
            } catch (ProviderFailure failure) {
                log.warn("{} sign-in failed: {}", provider, failure.getMessage());
                throw unavailable();
            }
        }
    }
}
