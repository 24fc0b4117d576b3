package org.shangmen.identity.adapter.out.social;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shangmen.identity.application.port.out.SocialLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Offline {@link SocialLogin} for development and demos ({@code shangmen.social.provider=dev}, the
 * default). A code {@code dev-<1 to 64 of A-Z a-z 0-9 _ ->} always signs in the same person: the openid
 * is {@code dev-} plus the first 24 hex digits of the code's SHA-256, the app id {@code dev-wechat} or
 * {@code dev-qq}, and the unionid {@code dev-union-} plus the same digits, so WeChat and QQ sign-ins with
 * one code are one person across apps. Any other code is refused as invalid; nothing leaves the machine.
 */
@Component
@ConditionalOnProperty(name = "shangmen.social.provider", havingValue = SocialLoginProperties.DEV, matchIfMissing = true)
class DevSocialLogin implements SocialLogin {

    static final String WECHAT_APP_ID = "dev-wechat";
    static final String QQ_APP_ID = "dev-qq";

    private static final Logger log = LoggerFactory.getLogger(DevSocialLogin.class);
    private static final Pattern CODE = Pattern.compile("dev-[A-Za-z0-9_-]{1,64}");
    private static final int HASH_HEX_DIGITS = 24;

    DevSocialLogin() {
        log.warn("Social sign-in is the offline development stand-in: codes 'dev-...' sign in without WeChat or QQ; "
                + "set shangmen.social.provider=http in production");
    }

    @Override
    public String weChatAppId() {
        return WECHAT_APP_ID;
    }

    @Override
    public SocialIdentity weChatMiniProgram(String jsCode) {
        return identity(Provider.WECHAT, WECHAT_APP_ID, jsCode);
    }

    @Override
    public SocialIdentity qq(String authorizationCode, String redirectUri) {
        return identity(Provider.QQ, QQ_APP_ID, authorizationCode);
    }

    private static SocialIdentity identity(Provider provider, String appId, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw SocialLoginErrors.codeInvalid();
        }
        String hash = sha256Hex(code).substring(0, HASH_HEX_DIGITS);
        return new SocialIdentity(provider, appId, "dev-" + hash, Optional.of("dev-union-" + hash));
    }

    private static String sha256Hex(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
