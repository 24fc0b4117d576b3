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
}
