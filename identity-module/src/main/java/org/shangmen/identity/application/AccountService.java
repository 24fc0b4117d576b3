package org.shangmen.identity.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.identity.api.Role;
import org.shangmen.identity.application.port.in.OwnAccount;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.PasswordHasher;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.CodePurpose;
import org.shangmen.identity.domain.EmailAddress;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.springframework.transaction.annotation.Transactional;

/** The owner's own account: their view of it, binding a phone, and accounts imported with a known id. */
public class AccountService implements OwnAccount {

    private final AccountStore accounts;
    private final CodeService codes;
    private final PasswordHasher hasher;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    public AccountService(AccountStore accounts, CodeService codes, PasswordHasher hasher,
                          org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.hasher = hasher;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountView view(UUID accountId) {
        return view(accounts.byId(accountId).orElseThrow(() -> DomainException.notFound("identity.account-not-found")));
    }

    @Override
    @Transactional
    public AccountView bindPhone(UUID accountId, String phoneInput, String code) {
        PhoneNumber phone = PhoneNumber.parse(phoneInput);
        Account account = accounts.byId(accountId).orElseThrow(() -> DomainException.notFound("identity.account-not-found"));
        Optional<Account> holder = accounts.byPhone(phone);
        if (holder.isPresent() && !holder.get().id().equals(accountId)) {
            throw DomainException.conflict("identity.phone-registered");
        }
        codes.verifyAndConsume(phone, CodePurpose.BIND_PHONE, code);
        Account bound = account.withPhone(phone);
        accounts.update(bound);
        return view(bound);
    }

    /**
     * Creates an account with a given id, phone and password unless it exists: for demo data and
     * imports from an earlier system, never reachable over HTTP.
     */
    @Transactional
    public void ensureAccount(UUID id, Role role, String phone, String password) {
        if (accounts.byId(id).isPresent()) {
            return;
        }
        PhoneNumber number = PhoneNumber.parse(phone);
        Account account = Account.register(id, role, Optional.of(number), Optional.empty(), Optional.of(hasher.hash(password)), false,
                clock.instant());
        if (accounts.insert(account)) {
            events.publishEvent(new org.shangmen.identity.api.event.AccountRegistered(id, account.roles(), "IMPORT", clock.instant()));
        }
    }

    private AccountView view(Account a) {
        return new AccountView(a.id(), a.roles(), a.phone().map(PhoneNumber::national), a.email().map(EmailAddress::value),
                a.emailVerified(), a.username(), a.passwordHash().isPresent(), accounts.providersOf(a.id()),
                a.passwordChangeRequired(), a.effectivePermissions(), a.createdAt());
    }

}
