package org.shangmen.identity.api;

import java.util.UUID;

/**
 * Closing an account at the owner's request (PIPL art. 47), for the coordinator that first asks every
 * module whether anything stands in the way. Confirmed by the account's password or a CLOSE_ACCOUNT
 * SMS code sent to its phone.
 */
public interface AccountClosure {

    /**
     * Checks the confirmation ({@code identity.closure-confirmation-invalid} otherwise), then ends every
     * session, removes the phone, e-mail, password and social links and publishes {@code AccountClosed}.
     */
    void close(UUID accountId, String password, String smsCode);
}
