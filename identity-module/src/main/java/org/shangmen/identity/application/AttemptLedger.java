package org.shangmen.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.CodeStore;
import org.shangmen.identity.application.port.out.SignInFailureLog;
import org.shangmen.identity.domain.Account;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records failed attempts in a transaction of their own, so that the refusal which follows (and rolls
 * back the caller's transaction) cannot undo the count that leads to a lock.
 */
public class AttemptLedger {

    public static final int FAILURES_PER_ADDRESS = 30;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    private final AccountStore accounts;
    private final CodeStore codes;
    private final SignInFailureLog failures;
    private final Clock clock;

    public AttemptLedger(AccountStore accounts, CodeStore codes, SignInFailureLog failures, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.failures = failures;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Account failedSignIn(UUID accountId) {
        Account failed = accounts.byId(accountId).orElseThrow().failedSignIn(clock.instant());
        accounts.update(failed);
        return failed;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failedSignInFrom(String addressHash) {
        failures.record(addressHash, clock.instant());
    }

    /**
     * Refuses an address that failed {@link #FAILURES_PER_ADDRESS} sign-ins or registrations in the
     * last 15 minutes, whatever the accounts or phones it tried.
     */
    public void ensureAddressMayTry(String addressHash) {
        if (failures.since(addressHash, clock.instant().minus(ADDRESS_WINDOW)) >= FAILURES_PER_ADDRESS) {
            throw new DomainException(ErrorKind.TOO_MANY_REQUESTS, "identity.sign-in-address-limit");
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void wrongCode(UUID codeId) {
        codes.recordWrongEntry(codeId);
    }
}
