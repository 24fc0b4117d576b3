package org.shangmen.identity.application.port.in;

import java.util.UUID;
import org.shangmen.identity.api.Role;

/** C1.3, C1.4: signing in by each method, keeping the sign-in alive, and signing out. */
public interface SignIn {

    /** {@code account} is a phone number, an e-mail address or an operator's user name. */
    SignedIn withPassword(String account, String password, boolean rememberMe, String clientAddress);

    SignedIn withSmsCode(String phone, String code, boolean rememberMe, String clientAddress);

    /** WeChat mini-program: finds or creates the account bound to the WeChat user. */
    SignedIn withWeChat(String jsCode, Role roleForNewAccount, boolean rememberMe);

    SignedIn withQq(String code, String redirectUri, Role roleForNewAccount, boolean rememberMe);

    /** Rotates a refresh token; replaying a used one ends the whole sign-in session. */
    SignedIn refresh(String refreshToken);

    void signOut(UUID sessionId);
}
