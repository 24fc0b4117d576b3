package org.shangmen.notification.adapter.out.wechat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shangmen.notification.wechat.*}: WeChat mini-program subscribe messages. {@code provider} is
 * {@code dev} (offline, the default) or {@code http}; the mini-program's AppID and AppSecret (the same
 * mini-program users sign in with); and per notice template code (ORDER_ACCEPTED, …) the subscribe
 * template's id and how its fields ({@code thing1}, {@code time2}, …) are filled from the notice, with
 * {@code {title}}, {@code {body}}, {@code {createdAt}} and the notice's own placeholders. A notice whose
 * template has no subscribe template is not sent over WeChat. Secrets never appear in {@link #toString()}.
 */
@ConfigurationProperties("shangmen.notification.wechat")
record WeChatProperties(String provider, String appId, String appSecret, String baseUrl, String page, String state, String lang,
                        Map<String, Template> templates, Duration connectTimeout, Duration readTimeout) {

    static final String DEV = "dev";
    static final String HTTP = "http";
    static final String DEFAULT_BASE_URL = "https://api.weixin.qq.com";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    WeChatProperties {
        provider = provider == null || provider.isBlank() ? DEV : provider.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        page = page == null || page.isBlank() ? "pages/notices/detail?id={id}" : page.strip();
        state = state == null || state.isBlank() ? "formal" : state.strip();
        lang = lang == null || lang.isBlank() ? "zh_CN" : lang.strip();
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        connectTimeout = connectTimeout == null ? DEFAULT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_TIMEOUT : readTimeout;
    }

    /** A subscribe template: its id at WeChat and its fields, each a pattern over the notice. */
    record Template(String id, Map<String, String> fields) {

        Template {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    /** What {@code provider=http} needs and lacks, as property names; empty when complete. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (appId == null || appId.isBlank()) {
            missing.add("shangmen.notification.wechat.app-id (SHANGMEN_NOTIFICATION_WECHAT_APPID)");
        }
        if (appSecret == null || appSecret.isBlank()) {
            missing.add("shangmen.notification.wechat.app-secret (SHANGMEN_NOTIFICATION_WECHAT_APPSECRET)");
        }
        return missing;
    }

    @Override
    public String toString() {
        return "WeChatProperties[provider=" + provider + ", appId=" + appId + ", appSecret="
                + (appSecret == null || appSecret.isEmpty() ? "<unset>" : "******") + ", baseUrl=" + baseUrl + ", templates="
                + templates.keySet() + "]";
    }
}
