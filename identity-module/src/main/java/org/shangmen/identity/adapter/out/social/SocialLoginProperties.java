package org.shangmen.identity.adapter.out.social;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of social sign-in, under {@code shangmen.social}. {@code provider} chooses the adapter:
 * {@code dev} (the default, offline) or {@code http} (WeChat and QQ for real, which needs every app id and
 * secret). Defaults: the providers' public base URLs and 3 s connect and read timeouts. Secrets never
 * appear in {@link #toString()}.
 */
@ConfigurationProperties("shangmen.social")
record SocialLoginProperties(String provider, WeChat wechat, Qq qq, Duration connectTimeout, Duration readTimeout) {

    static final String PREFIX = "shangmen.social";
    static final String DEV = "dev";
    static final String HTTP = "http";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    SocialLoginProperties {
        provider = provider == null || provider.isBlank() ? DEV : provider.strip();
        if (!DEV.equalsIgnoreCase(provider) && !HTTP.equalsIgnoreCase(provider)) {
            throw new IllegalArgumentException(PREFIX + ".provider must be '" + DEV + "' or '" + HTTP + "', not '"
                    + provider + "'");
        }
        wechat = wechat == null ? new WeChat(null, null, null) : wechat;
        qq = qq == null ? new Qq(null, null, null) : qq;
        connectTimeout = positive(connectTimeout, "connect-timeout");
        readTimeout = positive(readTimeout, "read-timeout");
    }

    /** The credentials {@code provider=http} needs and lacks, as property names; empty when complete. */
    List<String> missingCredentials() {
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, wechat.appId(), "wechat.app-id");
        addIfBlank(missing, wechat.appSecret(), "wechat.app-secret");
        addIfBlank(missing, qq.appId(), "qq.app-id");
        addIfBlank(missing, qq.appKey(), "qq.app-key");
        return missing;
    }

    /** The environment variable Spring Boot binds to {@code shangmen.social.<property>}. */
    static String environmentVariable(String property) {
        return (PREFIX + "." + property).replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static void addIfBlank(List<String> missing, String value, String property) {
        if (value == null || value.isBlank()) {
            missing.add(PREFIX + "." + property + " (" + environmentVariable(property) + ")");
        }
    }

    private static Duration positive(Duration timeout, String property) {
        if (timeout == null) {
            return DEFAULT_TIMEOUT;
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(PREFIX + "." + property + " must be positive, not " + timeout);
        }
        return timeout;
    }

    /** The WeChat mini-program: its AppID and AppSecret, and the API base URL. */
    record WeChat(String appId, String appSecret, String baseUrl) {

        static final String DEFAULT_BASE_URL = "https://api.weixin.qq.com";

        WeChat {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        }

        @Override
        public String toString() {
            return "WeChat[appId=" + appId + ", appSecret=" + masked(appSecret) + ", baseUrl=" + baseUrl + "]";
        }
    }

    /** The QQ Connect (QQ 互联) website or mobile app: its APP ID and APP Key, and the API base URL. */
    record Qq(String appId, String appKey, String baseUrl) {

        static final String DEFAULT_BASE_URL = "https://graph.qq.com";

        Qq {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        }

        @Override
        public String toString() {
            return "Qq[appId=" + appId + ", appKey=" + masked(appKey) + ", baseUrl=" + baseUrl + "]";
        }
    }

    private static String masked(String secret) {
        return secret == null || secret.isEmpty() ? "<unset>" : "******";
    }
}
