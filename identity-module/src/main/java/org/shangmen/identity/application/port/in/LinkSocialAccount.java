package org.shangmen.identity.application.port.in;

import java.util.UUID;
import org.shangmen.identity.application.port.in.OwnAccount.AccountView;

/**
 * C1.3 linking a WeChat mini-program or QQ login to the signed-in account (an account registered by phone
 * can then sign in with WeChat and pay with WeChat Pay), and unlinking it. The conflict rules are those of
 * sign-in: a WeChat or QQ user belongs to one account; an account keeps at least one way to sign in.
 */
public interface LinkSocialAccount {

    /** Links the WeChat user of a {@code wx.login} code; refused when that user belongs to another account. */
    AccountView linkWeChat(UUID accountId, String jsCode);

    /** Links the QQ user of an OAuth authorization code issued for the redirect URI. */
    AccountView linkQq(UUID accountId, String authorizationCode, String redirectUri);

    /** Unlinks WeChat; refused when it is the account's only way to sign in. */
    AccountView unlinkWeChat(UUID accountId);

    /** Unlinks QQ; refused when it is the account's only way to sign in. */
    AccountView unlinkQq(UUID accountId);
}
