package org.shangmen.identity.adapter.out.sms;

import static org.shangmen.provider.ProviderLogs.loggable;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponse;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaRetryableException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.shangmen.identity.application.port.out.SmsSender;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.provider.ProviderFailure;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProviderHttp;
import org.shangmen.provider.ProviderSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sends verification codes and notices through Alibaba Cloud SMS ({@code SendSms}, Dysmsapi 2017-05-25)
 * with Alibaba Cloud's official Java SDK, which signs the request. The SDK's own retries are off: server
 * errors, network errors and timeouts are tried at most twice more by the provider's guard, whose circuit
 * breaker stops calling a provider that keeps failing. The provider's refusals become
 * {@link DomainException}s; logs carry the provider's code and request id only, never the phone number,
 * the code or the credentials. The validity in minutes is part of the approved template's text, so only
 * {@code code} goes into {@code TemplateParam}.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.sms", name = "provider", havingValue = SmsProperties.ALIYUN)
class AliyunSmsSender implements SmsSender {

    /** The provider's name under {@code shangmen.providers}. */
    static final String PROVIDER = "aliyun-sms";

    private static final Logger log = LoggerFactory.getLogger(AliyunSmsSender.class);
    private static final Set<String> LIMIT_CODES = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL");
    private static final Set<String> PHONE_CODES = Set.of("isv.MOBILE_NUMBER_ILLEGAL");

    private final SmsProperties.Aliyun aliyun;
    private final Client client;
    private final RuntimeOptions runtime;
    private final ProviderGuard guard;

    AliyunSmsSender(SmsProperties properties, Duration retryBackoff) {
        this(properties, ProviderGuards.standalone(ProviderSettings.NONE.withFirstRetryWait(retryBackoff)));
    }

    @Autowired
    AliyunSmsSender(SmsProperties properties, ProviderGuards guards) {
        this.aliyun = properties.aliyun();
        if (!aliyun.missing().isEmpty()) {
            throw new IllegalStateException("shangmen.sms.provider=aliyun needs " + String.join(", ", aliyun.missing())
                    + " (environment variables SHANGMEN_SMS_ALIYUN_ACCESS_KEY_ID, SHANGMEN_SMS_ALIYUN_ACCESS_KEY_SECRET, "
                    + "SHANGMEN_SMS_ALIYUN_SIGN_NAME, SHANGMEN_SMS_ALIYUN_TEMPLATE_CODE); "
                    + "or set shangmen.sms.provider=dev to keep messages in the development outbox");
        }
        URI endpoint = URI.create(aliyun.endpoint());
        int connectMillis = Math.toIntExact(properties.connectTimeout().toMillis());
        int readMillis = Math.toIntExact(properties.readTimeout().toMillis());
        Config config = new Config()
                .setAccessKeyId(aliyun.accessKeyId())
                .setAccessKeySecret(aliyun.accessKeySecret())
                .setProtocol(endpoint.getScheme())
                .setEndpoint(endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort())
                .setRegionId("cn-hangzhou")
                .setConnectTimeout(connectMillis)
                .setReadTimeout(readMillis);
        try {
            this.client = new Client(config);
        } catch (Exception e) {
            throw new IllegalStateException("Alibaba Cloud SMS client could not be made: " + e.getClass().getSimpleName());
        }
        this.runtime = new RuntimeOptions().setAutoretry(false).setMaxAttempts(1)
                .setConnectTimeout(connectMillis).setReadTimeout(readMillis);
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
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(jsonEscape(name)).append("\":\"").append(jsonEscape(value)).append('"');
        });
        send(phone, templateCode.strip(), json.append('}').toString());
    }

    private void send(PhoneNumber phone, String templateCode, String templateParam) {
        SendSmsRequest request = new SendSmsRequest()
                .setPhoneNumbers(phone.national())
                .setSignName(aliyun.signName())
                .setTemplateCode(templateCode)
                .setTemplateParam(templateParam);
        guard.run(() -> sendOnce(request), AliyunSmsSender::unavailable);
    }

    private void sendOnce(SendSmsRequest request) {
        SendSmsResponse response;
        try {
            response = client.sendSmsWithOptions(request, runtime);
        } catch (TeaRetryableException network) {
            throw ProviderFailure.ofNetwork(network);
        } catch (TeaException refused) {
            int status = refused.getStatusCode() == null ? 0 : refused.getStatusCode();
            if (ProviderHttp.isServerError(status)) {
                throw ProviderFailure.ofStatus(status);
            }
            throw refusal(status, refused.getCode(), requestId(refused));
        } catch (Exception failed) {
            if (ProviderHttp.isNetworkOrTimeout(failed)) {
                throw ProviderFailure.ofNetwork(failed);
            }
            throw ProviderFailure.permanent("SDK error (" + failed.getClass().getSimpleName() + ")");
        }
        SendSmsResponseBody body = response.getBody();
        int status = response.getStatusCode() == null ? 0 : response.getStatusCode();
        if (body == null || body.getCode() == null) {
            throw ProviderFailure.permanent("HTTP " + status + " without a readable code");
        }
        if ("OK".equals(body.getCode()) && status < 300) {
            return;
        }
        throw refusal(status, body.getCode(), body.getRequestId());
    }

    private static DomainException refusal(int status, String providerCode, String requestId) {
        log.warn("Aliyun SMS refused the message: HTTP {}, code {}, request {}", status, loggable(providerCode),
                loggable(requestId));
        if (LIMIT_CODES.contains(providerCode)) {
            return new DomainException(ErrorKind.TOO_MANY_REQUESTS, "identity.sms-provider-limited");
        }
        if (PHONE_CODES.contains(providerCode)) {
            return DomainException.invalid("identity.phone-invalid");
        }
        return unavailable();
    }

    private static String requestId(TeaException refused) {
        Object id = refused.getData() == null ? null : refused.getData().get("RequestId");
        return id == null ? null : id.toString();
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
}
