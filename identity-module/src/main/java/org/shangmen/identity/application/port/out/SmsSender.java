package org.shangmen.identity.application.port.out;

import org.shangmen.identity.domain.PhoneNumber;

/**
 * Sends text messages through the SMS provider. Implementations time out, retry only on server or
 * network errors, and answer a {@link org.shangmen.kernel.DomainException} of kind UNAVAILABLE
 * ({@code identity.sms-unavailable}) when the provider cannot take the message, or of kind
 * TOO_MANY_REQUESTS ({@code identity.sms-provider-limited}) when the provider's own limit refuses it.
 */
public interface SmsSender {

    /** A verification code message: "您的验证码为 {code},5 分钟内有效。" in the provider's approved template. */
    void sendVerificationCode(PhoneNumber phone, String code, int validMinutes);

    /**
     * A notice ("您预约的…服务时间将变更为…") through the provider's approved template {@code templateCode}
     * with its named parameters; {@code text} is the same message rendered, for providers that take plain text.
     */
    void sendNotice(PhoneNumber phone, String templateCode, java.util.Map<String, String> parameters, String text);
}
