package org.shangmen.identity.application;

import java.time.Clock;
import java.util.UUID;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.CodeStore;
import org.shangmen.identity.application.port.out.SignInFailureLog;
import org.shangmen.identity.domain.Account;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records failed attempts in a transaction of their own, so that the refusal which follows (and rolls
 * back the caller's transaction) cannot undo the count that leads to a lock.
 */
public class AttemptLedger {

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

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void wrongCode(UUID codeId) {
        codes.recordWrongEntry(codeId);
    }
}
