package org.shangmen.identity.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.identity.api.Role;
import org.shangmen.identity.application.port.in.OwnAccount;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.PasswordHasher;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.CodePurpose;
import org.shangmen.identity.domain.EmailAddress;
import org.shangmen.identity.domain.PasswordPolicy;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** Reading accounts (the owner's own view, other modules' view) and operators' accounts. */
public class AccountService implements OwnAccount, AccountDirectory, OperatorAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z][a-z0-9._-]{2,31}");

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

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(UUID accountId) {
        return accounts.byId(accountId).map(a -> new AccountSummary(a.id(), a.roles(), a.status() == Account.Status.ACTIVE,
                a.isVerified(), a.phone().map(PhoneNumber::masked).orElse(null)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayTransact(UUID accountId) {
        return accounts.byId(accountId).map(a -> a.status() == Account.Status.ACTIVE && a.isVerified()).orElse(false);
    }

    @Override
    @Transactional
    public OperatorView createOperator(String username, String initialPassword, Set<String> permissions) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw DomainException.invalid("identity.username-invalid");
        }
        if (permissions == null || permissions.isEmpty() || !PERMISSIONS.containsAll(permissions)) {
            throw DomainException.invalid("identity.permissions-invalid", String.join(", ", new java.util.TreeSet<>(PERMISSIONS)));
        }
        PasswordPolicy.check(initialPassword, name);
        Account operator = Account.operator(Ids.newId(clock), name, hasher.hash(initialPassword), permissions, clock.instant());
        if (!accounts.insert(operator)) {
            throw DomainException.conflict("identity.username-taken");
        }
        return operatorView(operator);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OperatorView> operators() {
        return accounts.operators().stream()
                .sorted(Comparator.comparing(Account::createdAt))
                .map(AccountService::operatorView).toList();
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

    /** The first operator, from configuration, on a platform that has none yet. */
    @Transactional
    public void bootstrapAdministrator(String username, String password) {
        if (accounts.anyOperator()) {
            return;
        }
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            log.warn("No operator account exists. Set SHANGMEN_ADMIN_USERNAME and SHANGMEN_ADMIN_PASSWORD to create the first one.");
            return;
        }
        createOperator(username, password, Set.of("superadmin"));
        log.info("The first operator account was created; its password must be changed at first sign-in.");
    }

    private AccountView view(Account a) {
        return new AccountView(a.id(), a.roles(), a.phone().map(PhoneNumber::national), a.email().map(EmailAddress::value),
                a.emailVerified(), a.username(), a.passwordHash().isPresent(), accounts.providersOf(a.id()),
                a.passwordChangeRequired(), a.effectivePermissions(), a.createdAt());
    }

    private static OperatorView operatorView(Account a) {
        return new OperatorView(a.id(), a.username().orElse(""), a.permissions(), a.passwordChangeRequired(),
                a.status() == Account.Status.ACTIVE, a.createdAt());
    }
}
