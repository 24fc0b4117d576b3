package org.shangmen.identity.adapter.out.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.shangmen.identity.application.port.out.SmsSender;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProviderHttp;
import org.shangmen.provider.ProviderSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Sends verification codes through Alibaba Cloud SMS ({@code SendSms}, Dysmsapi 2017-05-25, RPC-style
 * HTTP API signed with HMAC-SHA1). Each attempt has connect and read timeouts; server errors, network
 * errors and timeouts are tried at most twice more; a circuit breaker stops calling a provider that keeps
 * failing. The provider's refusals become {@link DomainException}s; logs carry the provider's code only,
 * never the phone number, the code or the credentials. The validity in minutes is part of the approved
 * template's text, so only {@code code} goes into {@code TemplateParam}.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.sms", name = "provider", havingValue = SmsProperties.ALIYUN)
class AliyunSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(AliyunSmsSender.class);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> LIMIT_CODES = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL");
    private static final Set<String> PHONE_CODES = Set.of("isv.MOBILE_NUMBER_ILLEGAL");
    /** The provider's name under {@code shangmen.providers}. */
    static final String PROVIDER = "aliyun-sms";

    private final SmsProperties.Aliyun aliyun;
    private final RestClient rest;
    private final Clock clock;
    private final ProviderGuard guard;

    @Autowired
    AliyunSmsSender(SmsProperties properties, ObjectProvider<RestClient.Builder> builders, ProviderGuards guards) {
        this(properties, builders.getIfAvailable(RestClient::builder), Clock.systemUTC(), guards);
    }

    AliyunSmsSender(SmsProperties properties, RestClient.Builder builder, Clock clock, Duration retryBackoff) {
        this(properties, builder, clock, ProviderGuards.standalone(ProviderSettings.NONE.withFirstRetryWait(retryBackoff)));
    }

    private AliyunSmsSender(SmsProperties properties, RestClient.Builder builder, Clock clock, ProviderGuards guards) {
        this.aliyun = properties.aliyun();
        if (!aliyun.missing().isEmpty()) {
            throw new IllegalStateException("shangmen.sms.provider=aliyun needs " + String.join(", ", aliyun.missing())
                    + " (environment variables SHANGMEN_SMS_ALIYUN_ACCESS_KEY_ID, SHANGMEN_SMS_ALIYUN_ACCESS_KEY_SECRET, "
                    + "SHANGMEN_SMS_ALIYUN_SIGN_NAME, SHANGMEN_SMS_ALIYUN_TEMPLATE_CODE); "
                    + "or set shangmen.sms.provider=dev to keep messages in the development outbox");
        }
        this.clock = Objects.requireNonNull(clock);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        this.rest = builder.clone().requestFactory(requests).build();
        this.guard = guards.guard(PROVIDER, AliyunSmsSender.class);
    }

    @Override
    public void sendVerificationCode(PhoneNumber phone, String code, int validMinutes) {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(code, "code");
        send(phone, aliyun.templateCode(), "{\"code\":\"" + jsonEscape(code) + "\"}");
    }

    /**
     * A notice goes out through its own approved template with its parameters; the text is what the
     * template says and is not sent. A notice without an approved template is not sent at all.
     */
    @Override
    public void sendNotice(PhoneNumber phone, String templateCode, Map<String, String> parameters, String text) {
        Objects.requireNonNull(phone, "phone");
        if (templateCode == null || templateCode.isBlank()) {
            log.warn("Aliyun SMS not called: the notice has no approved template code");
            throw unavailable();
        }
        StringBuilder json = new StringBuilder("{");
        new java.util.TreeMap<>(parameters).forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(jsonEscape(name)).append("\":\"").append(jsonEscape(value)).append('"');
        });
        send(phone, templateCode.strip(), json.append('}').toString());
    }

    private void send(PhoneNumber phone, String templateCode, String templateParam) {
        guard.run(() -> sendOnce(phone, templateCode, templateParam), AliyunSmsSender::unavailable);
    }

    private void sendOnce(PhoneNumber phone, String templateCode, String templateParam) {
        ProviderHttp.JsonReply reply = ProviderHttp.json(rest.get()
                .uri(signedUri(phone, templateCode, templateParam))
                .accept(MediaType.APPLICATION_JSON));
        Object providerCode = reply.body() == null ? null : reply.body().get("Code");
        if (providerCode == null) {
            log.warn("Aliyun SMS answered HTTP {} without a readable code", reply.status());
            throw unavailable();
        }
        String providerCodeText = providerCode.toString();
        if ("OK".equals(providerCodeText) && reply.status() < 300) {
            return;
        }
        log.warn("Aliyun SMS refused the message: HTTP {}, code {}, request {}", reply.status(),
                loggable(providerCodeText), loggable(String.valueOf(reply.body().get("RequestId"))));
        if (LIMIT_CODES.contains(providerCodeText)) {
            throw new DomainException(ErrorKind.TOO_MANY_REQUESTS, "identity.sms-provider-limited");
        }
        if (PHONE_CODES.contains(providerCodeText)) {
            throw DomainException.invalid("identity.phone-invalid");
        }
        throw unavailable();
    }

    private URI signedUri(PhoneNumber phone, String templateCode, String templateParam) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", "SendSms");
        parameters.put("Version", "2017-05-25");
        parameters.put("Format", "JSON");
        parameters.put("AccessKeyId", aliyun.accessKeyId());
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant()));
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("PhoneNumbers", phone.national());
        parameters.put("SignName", aliyun.signName());
        parameters.put("TemplateCode", templateCode);
        parameters.put("TemplateParam", templateParam);
        String signature = AliyunRpcSignature.sign("GET", parameters, aliyun.accessKeySecret());
        return URI.create(aliyun.endpoint() + "/?Signature=" + AliyunRpcSignature.percentEncode(signature) + "&"
                + AliyunRpcSignature.canonicalQuery(parameters));
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, "identity.sms-unavailable");
    }

    private static String jsonEscape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A provider-supplied token made safe for one log line: short, no line breaks or markup. */
    private static String loggable(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) : safe;
    }
}
