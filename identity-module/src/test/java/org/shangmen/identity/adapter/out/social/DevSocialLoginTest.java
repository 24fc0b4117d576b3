package org.shangmen.identity.adapter.out.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangmen.identity.application.port.out.SocialLogin.Provider;
import org.shangmen.identity.application.port.out.SocialLogin.SocialIdentity;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

/** The offline development stand-in for social sign-in. */
class DevSocialLoginTest {

    private final DevSocialLogin login = new DevSocialLogin();

    @Test
    @DisplayName("C1.3 a dev WeChat code signs in the person its SHA-256 names, under app id dev-wechat")
    void weChatIdentity() {
        // printf 'dev-alice' | sha256sum → b5402af3712c50a173de2faf…
        assertThat(login.weChatMiniProgram("dev-alice")).isEqualTo(new SocialIdentity(Provider.WECHAT, "dev-wechat",
                "dev-b5402af3712c50a173de2faf", Optional.of("dev-union-b5402af3712c50a173de2faf")));
    }

    @Test
    @DisplayName("C1.3 a dev QQ code signs in under app id dev-qq with the same unionid as WeChat for that code")
    void qqSharesUnionId() {
        SocialIdentity qq = login.qq("dev-alice", "https://localhost/callback");
        SocialIdentity weChat = login.weChatMiniProgram("dev-alice");

        assertThat(qq.provider()).isEqualTo(Provider.QQ);
        assertThat(qq.appId()).isEqualTo("dev-qq");
        assertThat(qq.unionId()).isEqualTo(weChat.unionId()).contains("dev-union-b5402af3712c50a173de2faf");
    }

    @Test
    @DisplayName("C1.3 a dev code always gives the same person and different codes give different people")
    void deterministic() {
        assertThat(new DevSocialLogin().weChatMiniProgram("dev-bob")).isEqualTo(login.weChatMiniProgram("dev-bob"));
        assertThat(login.weChatMiniProgram("dev-bob").openId()).isEqualTo("dev-ef164568fad920bebac8dcc6");
        assertThat(login.weChatMiniProgram("dev-bob").openId()).isNotEqualTo(login.weChatMiniProgram("dev-alice").openId());
    }

    @ParameterizedTest(name = "C1.3 dev code [{0}] is accepted")
    @DisplayName("C1.3 dev codes of one to 64 letters, digits, dashes and underscores are accepted")
    @ValueSource(strings = {"dev-a", "dev-A_b-9", "dev---", "dev-1234567890123456789012345678901234567890123456789012345678901234"})
    void validCodes(String code) {
        assertThat(login.weChatMiniProgram(code).openId()).matches("dev-[0-9a-f]{24}");
    }

    @ParameterizedTest(name = "C1.3 dev code [{0}] is refused")
    @DisplayName("C1.3 anything but a dev code is refused as an invalid code by both providers")
    @NullAndEmptySource
    @ValueSource(strings = {"dev-", "alice", "DEV-alice", "0a3Xk1000Ykq3S1pWg200wq8Rt0Xk10u", "dev-a b", "dev-张三",
            "dev-alice\n", "dev-12345678901234567890123456789012345678901234567890123456789012345"})
    void invalidCodes(String code) {
        for (DomainException refusal : new DomainException[] {
                catchThrowableOfType(DomainException.class, () -> login.weChatMiniProgram(code)),
                catchThrowableOfType(DomainException.class, () -> login.qq(code, "https://localhost/callback"))}) {
            assertThat(refusal).isNotNull();
            assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(refusal.code()).isEqualTo("identity.social-code-invalid");
        }
    }
}
