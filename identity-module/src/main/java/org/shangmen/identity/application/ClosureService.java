package org.shangmen.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.shangmen.identity.api.AccountClosure;
import org.shangmen.identity.api.Role;
import org.shangmen.identity.api.event.AccountClosed;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.PasswordHasher;
import org.shangmen.identity.application.port.out.SessionStore;
import org.shangmen.identity.application.port.out.SocialLogin;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.CodePurpose;
import org.shangmen.kernel.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing an account at the owner's request (PIPL art. 47): confirmed by password or a sign-in code
 * sent to the account's phone; every session ends, the phone, e-mail, password and social links go,
 * and {@link AccountClosed} tells the other modules to anonymise what they keep.
 */
public class ClosureService implements AccountClosure {

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final CodeService codes;
    private final PasswordHasher hasher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ClosureService(AccountStore accounts, SessionStore sessions, CodeService codes, PasswordHasher hasher,
                          ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.codes = codes;
        this.hasher = hasher;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void close(UUID accountId, String password, String smsCode) {
        Account account = accounts.byId(accountId).orElseThrow(() -> DomainException.notFound("identity.account-not-found"));
        if (account.roles().contains(Role.ADMIN)) {
            throw DomainException.forbidden("identity.closure-not-for-operators");
        }
        boolean confirmed;
        if (password != null && !password.isBlank()) {
            confirmed = account.passwordHash().map(hash -> hasher.matches(password, hash)).orElse(false);
        } else if (smsCode != null && !smsCode.isBlank() && account.phone().isPresent()) {
            codes.verifyAndConsume(account.phone().get(), CodePurpose.LOGIN, smsCode);
            confirmed = true;
        } else {
            confirmed = false;
        }
        if (!confirmed) {
            throw DomainException.rejected("identity.closure-confirmation-invalid");
        }
        Instant now = clock.instant();
        sessions.revokeAllOf(accountId, "ACCOUNT_CLOSED", now);
        for (SocialLogin.Provider provider : SocialLogin.Provider.values()) {
            accounts.unbind(accountId, provider);
        }
        accounts.update(account.closed());
        events.publishEvent(new AccountClosed(accountId, account.roles(), now));
    }
}
