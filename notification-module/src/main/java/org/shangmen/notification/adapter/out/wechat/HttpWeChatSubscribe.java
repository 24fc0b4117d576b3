package org.shangmen.notification.adapter.out.wechat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shangmen.identity.api.AccountContacts;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.notification.adapter.out.ProviderGuard;
import org.shangmen.notification.application.port.out.WeChatSubscribeMessages;
import org.shangmen.notification.domain.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends WeChat mini-program subscribe messages ({@code POST /cgi-bin/message/subscribe/send}) with an
 * access token from the stable token API ({@code POST /cgi-bin/stable_token}), kept until five minutes
 * before it expires and fetched anew when WeChat says it is invalid. Each attempt has connect and read
 * timeouts; server errors, network errors, timeouts and WeChat's "system busy" ({@code -1}) are tried at
 * most twice more; a circuit breaker stops calling when WeChat keeps failing. A recipient who has not
 * subscribed ({@code 43101}) is an answer, not a failure. The HTTP client is built from scratch, not from
 * Boot's shared builder, because the send URL carries the access token. Logs carry WeChat's errcode and
 * the notice id only, never an openid, a token or the secret.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.notification.wechat", name = "provider", havingValue = WeChatProperties.HTTP)
class HttpWeChatSubscribe implements WeChatSubscribeMessages {

    private static final Logger log = LoggerFactory.getLogger(HttpWeChatSubscribe.class);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final Set<Integer> TOKEN_INVALID = Set.of(40001, 40014, 42001);
    private static final int NOT_SUBSCRIBED = 43101;
    private static final int SYSTEM_BUSY = -1;
    private static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);

    private final WeChatProperties properties;
    private final AccountContacts contacts;
    private final RestClient rest;
    private final Clock clock;
    private final ProviderGuard guard;
    private final Object tokenLock = new Object();
    private String token;
    private Instant tokenExpires = Instant.MIN;

    @Autowired
    HttpWeChatSubscribe(WeChatProperties properties, AccountContacts contacts) {
        this(properties, contacts, Clock.systemUTC(), Duration.ofMillis(200));
    }

    HttpWeChatSubscribe(WeChatProperties properties, AccountContacts contacts, Clock clock, Duration retryBackoff) {
        if (!properties.missing().isEmpty()) {
            throw new IllegalStateException("shangmen.notification.wechat.provider=http needs " + String.join(", ", properties.missing())
                    + "; or set shangmen.notification.wechat.provider=dev to keep WeChat messages offline");
        }
        this.properties = properties;
        this.contacts = contacts;
        this.clock = Objects.requireNonNull(clock);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        this.rest = RestClient.builder().requestFactory(requests).build();
        this.guard = ProviderGuard.of("wechat-subscribe", 3, retryBackoff,
                TransientFailure.class::isInstance, TransientFailure.class::isInstance);
    }

    @Override
    public Outcome send(Notice notice) {
        WeChatProperties.Template template = properties.templates().get(notice.template().name());
        if (template == null || template.id() == null || template.id().isBlank()) {
            return Outcome.NOT_CONFIGURED;
        }
        Optional<String> openId = contacts.weChatOpenId(notice.recipientId(), properties.appId());
        if (openId.isEmpty()) {
            return Outcome.NO_OPENID;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("touser", openId.get());
        message.put("template_id", template.id().strip());
        message.put("page", SubscribeData.fill(properties.page(), Map.of("id", notice.id().toString())));
        message.put("miniprogram_state", properties.state());
        message.put("lang", properties.lang());
        message.put("data", SubscribeData.of(template.fields(), notice));
        try {
            return guard.call(() -> sendOnce(message, notice));
        } catch (CallNotPermittedException open) {
            log.warn("WeChat subscribe message for notice {} not sent: the circuit breaker is open", notice.id());
            throw unavailable();
        } catch (TransientFailure failure) {
            log.warn("WeChat subscribe message for notice {} failed after {} attempts: {}", notice.id(), guard.maxAttempts(),
                    failure.reason);
            throw unavailable();
        }
    }

    private Outcome sendOnce(Map<String, Object> message, Notice notice) {
        String accessToken = accessToken();
        Map<String, Object> reply = call(URI.create(properties.baseUrl() + "/cgi-bin/message/subscribe/send?access_token=" + accessToken),
                message);
        int errcode = errcode(reply);
        if (errcode == 0) {
            return Outcome.SENT;
        }
        if (errcode == NOT_SUBSCRIBED) {
            return Outcome.NOT_SUBSCRIBED;
        }
        if (TOKEN_INVALID.contains(errcode)) {
            forgetToken(accessToken);
            throw new TransientFailure("errcode " + errcode);
        }
        if (errcode == SYSTEM_BUSY) {
            throw new TransientFailure("errcode -1");
        }
        log.warn("WeChat refused the subscribe message for notice {}: errcode {}", notice.id(), errcode);
        throw unavailable();
    }

    private String accessToken() {
        synchronized (tokenLock) {
            Instant now = clock.instant();
            if (token != null && now.isBefore(tokenExpires.minus(TOKEN_MARGIN))) {
                return token;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("grant_type", "client_credential");
            body.put("appid", properties.appId());
            body.put("secret", properties.appSecret());
            body.put("force_refresh", false);
            Map<String, Object> reply = call(URI.create(properties.baseUrl() + "/cgi-bin/stable_token"), body);
            Object value = reply.get("access_token");
            if (value instanceof String fresh && !fresh.isBlank()) {
                long seconds = reply.get("expires_in") instanceof Number n ? n.longValue() : 7200;
                token = fresh;
                tokenExpires = now.plusSeconds(seconds);
                return token;
            }
            int errcode = errcode(reply);
            if (errcode == SYSTEM_BUSY) {
                throw new TransientFailure("token errcode -1");
            }
            log.warn("WeChat refused an access token: errcode {}", errcode);
            throw unavailable();
        }
    }

    private void forgetToken(String rejected) {
        synchronized (tokenLock) {
            if (rejected.equals(token)) {
                token = null;
                tokenExpires = Instant.MIN;
            }
        }
    }

    private Map<String, Object> call(URI uri, Map<String, Object> body) {
        Reply reply;
        try {
            reply = rest.post().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(body)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status >= 500) {
                            return new Reply(status, null);
                        }
                        try {
                            return new Reply(status, response.bodyTo(JSON_OBJECT));
                        } catch (RestClientException unreadable) {
                            return new Reply(status, null);
                        }
                    });
        } catch (ResourceAccessException io) {
            Throwable cause = io.getCause() == null ? io : io.getCause();
            throw new TransientFailure(cause.getClass().getSimpleName());
        } catch (RestClientException other) {
            log.warn("WeChat call failed: {}", other.getClass().getSimpleName());
            throw unavailable();
        }
        if (reply.status() >= 500) {
            throw new TransientFailure("HTTP " + reply.status());
        }
        if (reply.body() == null || reply.status() >= 300) {
            log.warn("WeChat answered HTTP {} without a readable body", reply.status());
            throw unavailable();
        }
        return reply.body();
    }

    private record Reply(int status, Map<String, Object> body) {
    }

    private static int errcode(Map<String, Object> reply) {
        Object code = reply.get("errcode");
        return code instanceof Number n ? n.intValue() : 0;
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, "notification.wechat-unavailable");
    }

    /** A failure worth another attempt: 5xx, a network error or timeout, WeChat busy, or a token to renew. */
    private static final class TransientFailure extends RuntimeException {

        private final String reason;

        TransientFailure(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }
}
