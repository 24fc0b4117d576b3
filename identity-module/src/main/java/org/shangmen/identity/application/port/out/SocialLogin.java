package org.shangmen.identity.application.port.out;

import java.util.Optional;

/**
 * Exchanges a one-time code from a social provider's client SDK for the user's stable identity there.
 * Implementations call the provider server-side; a code works once. They answer a
 * {@link org.shangmen.kernel.DomainException}: kind INVALID {@code identity.social-code-invalid} for a
 * bad, used or expired code; kind TOO_MANY_REQUESTS {@code identity.social-rate-limited}; kind
 * FORBIDDEN {@code identity.social-user-blocked} for a user the provider flags as high-risk; kind
 * UNAVAILABLE {@code identity.social-unavailable} when the provider is down or times out. Secrets the
 * provider returns (WeChat's {@code session_key}, QQ's access token) never leave the adapter.
 */
public interface SocialLogin {

    /** WeChat mini-program: {@code wx.login} code → {@code jscode2session}. */
    SocialIdentity weChatMiniProgram(String jsCode);

    /** The mini-program's app id, under which its users' openids are kept. */
    String weChatAppId();

    /** QQ: OAuth 2.0 authorization code (and the redirect URI it was issued for) → openid/unionid. */
    SocialIdentity qq(String authorizationCode, String redirectUri);

    enum Provider { WECHAT, QQ }

    /** Who the provider says this is: per-app {@code openId} under {@code appId}, and {@code unionId} across apps when known. */
    record SocialIdentity(Provider provider, String appId, String openId, Optional<String> unionId) {
    }
}
