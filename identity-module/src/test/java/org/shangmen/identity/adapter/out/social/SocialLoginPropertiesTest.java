package org.shangmen.identity.adapter.out.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.web.client.RestClient;

/** Binding and checking of the {@code shangmen.social} settings, without an application context. */
class SocialLoginPropertiesTest {

    private static SocialLoginProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate(SocialLoginProperties.PREFIX, Bindable.of(SocialLoginProperties.class));
    }

    @Test
    @DisplayName("C1.3 without settings social sign-in is the dev stand-in with the public base URLs and 3 s timeouts")
    void defaults() {
        SocialLoginProperties properties = bind(Map.of());

        assertThat(properties.provider()).isEqualTo("dev");
        assertThat(properties.wechat().baseUrl()).isEqualTo("https://api.weixin.qq.com");
        assertThat(properties.qq().baseUrl()).isEqualTo("https://graph.qq.com");
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("C1.3 the http settings bind from their kebab-case names")
    void binds() {
        SocialLoginProperties properties = bind(Map.of(
                "shangmen.social.provider", "http",
                "shangmen.social.wechat.app-id", "wx5f3a9c1e2b7d4a60",
                "shangmen.social.wechat.app-secret", "s1",
                "shangmen.social.wechat.base-url", "https://wx.gateway.internal",
                "shangmen.social.qq.app-id", "101987654",
                "shangmen.social.qq.app-key", "k1",
                "shangmen.social.connect-timeout", "2s",
                "shangmen.social.read-timeout", "1500ms"));

        assertThat(properties.provider()).isEqualTo("http");
        assertThat(properties.wechat()).isEqualTo(new SocialLoginProperties.WeChat("wx5f3a9c1e2b7d4a60", "s1",
                "https://wx.gateway.internal"));
        assertThat(properties.qq()).isEqualTo(new SocialLoginProperties.Qq("101987654", "k1", "https://graph.qq.com"));
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(properties.missingCredentials()).isEmpty();
    }

    @Test
    @DisplayName("C1.3 an unknown provider name is refused when the settings are bound")
    void unknownProvider() {
        assertThatThrownBy(() -> bind(Map.of("shangmen.social.provider", "wechat")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("shangmen.social.provider must be 'dev' or 'http'");
    }

    @Test
    @DisplayName("C1.3 a zero timeout is refused when the settings are bound")
    void zeroTimeout() {
        assertThatThrownBy(() -> bind(Map.of("shangmen.social.read-timeout", "0s")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("shangmen.social.read-timeout must be positive");
    }

    @Test
    @DisplayName("C1.3 the http adapter refuses to start without every app id and secret, naming the missing ones")
    void failsFastWithoutCredentials() {
        SocialLoginProperties properties = bind(Map.of(
                "shangmen.social.provider", "http",
                "shangmen.social.wechat.app-id", "wx5f3a9c1e2b7d4a60",
                "shangmen.social.wechat.app-secret", "present-secret",
                "shangmen.social.qq.app-id", "101987654"));
        RestClient client = SocialLoginConfiguration.restClient(properties);

        assertThatThrownBy(() -> new HttpSocialLogin(properties, client, org.shangmen.provider.ProviderGuards.standalone()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shangmen.social.qq.app-key (SHANGMEN_SOCIAL_QQ_APPKEY)")
                .hasMessageNotContaining("wechat.app-secret")
                .hasMessageNotContaining("present-secret");
        assertThat(bind(Map.of("shangmen.social.provider", "http")).missingCredentials()).containsExactly(
                "shangmen.social.wechat.app-id (SHANGMEN_SOCIAL_WECHAT_APPID)",
                "shangmen.social.wechat.app-secret (SHANGMEN_SOCIAL_WECHAT_APPSECRET)",
                "shangmen.social.qq.app-id (SHANGMEN_SOCIAL_QQ_APPID)",
                "shangmen.social.qq.app-key (SHANGMEN_SOCIAL_QQ_APPKEY)");
    }

    @Test
    @DisplayName("C1.3 the settings' text shows no app secret or app key")
    void toStringHidesSecrets() {
        SocialLoginProperties properties = bind(Map.of(
                "shangmen.social.wechat.app-id", "wx5f3a9c1e2b7d4a60",
                "shangmen.social.wechat.app-secret", "wechat-secret-value",
                "shangmen.social.qq.app-key", "qq-key-value"));

        assertThat(properties.toString()).contains("wx5f3a9c1e2b7d4a60")
                .doesNotContain("wechat-secret-value").doesNotContain("qq-key-value");
    }
}
