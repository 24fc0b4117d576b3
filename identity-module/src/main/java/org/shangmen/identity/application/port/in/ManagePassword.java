package org.shangmen.identity.application.port.in;

import java.util.UUID;

/** C1.4: change and reset a password; each ends every session of the account. */
public interface ManagePassword {

    void change(UUID accountId, String currentPassword, String newPassword);

    void resetBySms(String phone, String code, String newPassword);

    /** Mails a reset link when the address belongs to an account; answers the same either way. */
    void requestResetMail(String email);

    void resetByMail(String token, String newPassword);
}
