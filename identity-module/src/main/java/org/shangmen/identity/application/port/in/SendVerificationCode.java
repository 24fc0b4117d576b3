package org.shangmen.identity.application.port.in;

import org.shangmen.identity.domain.CodePurpose;
import org.shangmen.kernel.DomainException;

/** C1.1 / W1.1: an SMS code for registering, signing in, resetting a password or binding a phone. */
public interface SendVerificationCode {

    CodeSent send(SendCode command);

    record SendCode(String phone, CodePurpose purpose, String clientAddress) {
        public SendCode {
            if (purpose == null) {
                throw DomainException.invalid("identity.code-purpose-required");
            }
        }
    }

    record CodeSent(int validSeconds, int resendAfterSeconds) {
    }
}
