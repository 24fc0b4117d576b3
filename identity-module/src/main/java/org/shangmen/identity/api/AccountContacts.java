package org.shangmen.identity.api;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reaching an account's owner outside the platform, for the notification module. The phone number never
 * leaves the identity module: a notice text message is handed over here, addressed by account.
 */
public interface AccountContacts {

    /** The account's openid in the WeChat mini-program {@code appId}, when the account signed in there. */
    Optional<String> weChatOpenId(UUID accountId, String appId);

    /** The account's openid in the platform's own mini-program (the one customers sign in with), for WeChat Pay. */
    Optional<String> miniProgramOpenId(UUID accountId);

    /**
     * Sends a notice text message to the account's phone. {@code templateCode} is the provider's approved
     * template for it (may be null in development), {@code parameters} fill that template and {@code text}
     * is the same message rendered. Answers {@link SmsOutcome#NO_PHONE} for an account without a phone or
     * an account that is disabled; a provider that cannot take the message answers a
     * {@link org.shangmen.kernel.DomainException} of kind UNAVAILABLE or TOO_MANY_REQUESTS.
     */
    SmsOutcome sendNoticeSms(UUID accountId, String templateCode, Map<String, String> parameters, String text);

    enum SmsOutcome { SENT, NO_PHONE }
}
