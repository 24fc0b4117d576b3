package org.shangmen.notification.adapter.out.wechat;

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
import org.shangmen.provider.ProviderFailure;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProviderHttp;
import org.shangmen.provider.ProviderSettings;
import org.shangmen.notification.application.port.out.WeChatSubscribeMessages;
import org.shangmen.notification.domain.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

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
    /** The provider's name under {@code shangmen.providers}. */
    static final String PROVIDER = "wechat-subscribe";
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
    HttpWeChatSubscribe(WeChatProperties properties, AccountContacts contacts, ProviderGuards guards) {
        this(properties, contacts, Clock.systemUTC(), guards);
    }

    HttpWeChatSubscribe(WeChatProperties properties, AccountContacts contacts, Clock clock, Duration retryBackoff) {
        this(properties, contacts, clock, ProviderGuards.standalone(ProviderSettings.NONE.withFirstRetryWait(retryBackoff)));
    }

    private HttpWeChatSubscribe(WeChatProperties properties, AccountContacts contacts, Clock clock, ProviderGuards guards) {
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
        this.guard = guards.guard(PROVIDER, HttpWeChatSubscribe.class);
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
        return guard.call(() -> sendOnce(message, notice), HttpWeChatSubscribe::unavailable);
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
            throw ProviderFailure.retryable("errcode " + errcode);
        }
        if (errcode == SYSTEM_BUSY) {
            throw ProviderFailure.retryable("errcode -1");
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
                throw ProviderFailure.retryable("token errcode -1");
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
        ProviderHttp.JsonReply reply = ProviderHttp.json(
                rest.post().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(body));
        if (reply.body() == null || reply.status() >= 300) {
            log.warn("WeChat answered HTTP {} without a readable body", reply.status());
            throw unavailable();
        }
        return reply.body();
    }

    private static int errcode(Map<String, Object> reply) {
        Object code = reply.get("errcode");
        return code instanceof Number n ? n.intValue() : 0;
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, "notification.wechat-unavailable");
    }
}
