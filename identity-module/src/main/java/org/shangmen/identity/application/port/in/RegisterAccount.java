package org.shangmen.identity.application.port.in;

import org.shangmen.identity.api.Role;

/** C1.1, C1.2, W1.1: registration by phone (code + password) and by e-mail (verified by a link). */
public interface RegisterAccount {

    SignedIn byPhone(PhoneRegistration command);

    /** Creates an unverified account and mails the verification link; sign-in waits for the click. */
    void byEmail(EmailRegistration command);

    /** The click on the mailed link: the account is verified and may sign in. */
    void verifyEmail(String token);

    /** {@code clientAddress}: where the request came from, for the limit on wrong codes per address. */
    record PhoneRegistration(String phone, String code, String password, Role role, boolean rememberMe, String clientAddress) {
    }

    record EmailRegistration(String email, String password, Role role) {
    }
}
