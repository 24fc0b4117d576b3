package org.shangmen.identity.application.port.in;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/** A customer's optional birth year, kept only with the customer's consent (used for age bands in insights). */
public interface ShareBirthYear {

    /** The year, given with consent. */
    int share(ShareCommand command);

    /** Withdraws the consent: the year is removed. */
    void withdraw(UUID accountId);

    Optional<Integer> birthYear(UUID accountId);

    /** Youngest and oldest ages a birth year may give. */
    int MIN_AGE = 16;
    int MAX_AGE = 110;

    record ShareCommand(UUID accountId, Integer birthYear, Boolean consent) {
        public ShareCommand {
            if (!Boolean.TRUE.equals(consent)) {
                throw DomainException.invalid("identity.birth-year-consent-required");
            }
            if (birthYear == null) {
                throw DomainException.invalid("identity.birth-year-invalid", "1916", "2010");
            }
        }
    }
}
