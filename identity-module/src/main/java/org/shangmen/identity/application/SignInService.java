package org.shangmen.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.identity.api.Role;
import org.shangmen.identity.api.event.AccountRegistered;
import org.shangmen.identity.application.port.in.SignIn;
import org.shangmen.identity.application.port.in.SignedIn;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.PasswordHasher;
import org.shangmen.identity.application.port.out.SignInFailureLog;
import org.shangmen.identity.application.port.out.SocialLogin;
import org.shangmen.identity.application.port.out.SocialLogin.SocialIdentity;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.CodePurpose;
import org.shangmen.identity.domain.EmailAddress;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** Signing in by password, SMS code, WeChat or QQ (C1.3, C1.4, W1.1). */
public class SignInService implements SignIn {

    /** Failed sign-ins from one client address within a quarter of an hour before it must wait. */
    public static final int FAILURES_PER_ADDRESS = AttemptLedger.FAILURES_PER_ADDRESS;
    private static final Logger security = LoggerFactory.getLogger("shangmen.security");

    private final AccountStore accounts;
    private final CodeService codes;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final SocialLogin social;
    private final AttemptLedger ledger;
    private final SignInFailureLog failures;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Compared against when the account does not exist, so both answers take as long. */
    private final String absentHash;

    public SignInService(AccountStore accounts, CodeService codes, SessionService sessions, PasswordHasher hasher,
                         SocialLogin social, AttemptLedger ledger, SignInFailureLog failures, FieldCipher cipher,
                         ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.sessions = sessions;
        this.hasher = hasher;
        this.social = social;
        this.ledger = ledger;
        this.failures = failures;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
        this.absentHash = hasher.hash(OpaqueTokens.newToken());
    }

    @Override
    @Transactional
    public SignedIn withPassword(String accountName, String password, boolean rememberMe, String clientAddress) {
        String address = cipher.lookupHash("address:" + (clientAddress == null ? "" : clientAddress));
        ensureAddressMayTry(address);
        if (accountName == null || accountName.isBlank() || accountName.length() > 254 || password == null || password.length() > 256) {
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "identity.bad-credentials");
        }
        Optional<Account> found = find(accountName.strip());
        if (found.isEmpty()) {
            hasher.matches(password, absentHash);
            ledger.failedSignInFrom(address);
            security.warn("sign-in refused: unknown account");
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "identity.bad-credentials");
        }
        Account account = found.get();
        // A locked account answers exactly like an unknown one or a wrong password, so that nobody learns
        // from the answer that an account exists; only the right password reveals a disabled account.
        boolean matches = false;
        if (account.passwordHash().isPresent()) {
            matches = hasher.matches(password, account.passwordHash().get());
        } else {
            hasher.matches(password, absentHash);
        }
        if (account.isLocked(clock.instant())) {
            ledger.failedSignInFrom(address);
            security.warn("sign-in refused: account={} is locked", account.id());
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "identity.bad-credentials");
        }
        if (!matches) {
            Account failed = ledger.failedSignIn(account.id());
            ledger.failedSignInFrom(address);
            security.warn("sign-in refused: wrong password for account={} failures={}", account.id(), failed.failedLogins());
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "identity.bad-credentials");
        }
        account.ensureMaySignIn(clock.instant());
        if (!account.isVerified()) {
            throw DomainException.forbidden("identity.email-not-verified");
        }
        Account signedIn = account.succeededSignIn();
        accounts.update(signedIn);
        return sessions.open(signedIn, rememberMe, false);
    }

    @Override
    @Transactional
    public SignedIn withSmsCode(String phoneInput, String code, boolean rememberMe, String clientAddress) {
        PhoneNumber phone = PhoneNumber.parse(phoneInput);
        codes.verifyAndConsume(phone, CodePurpose.LOGIN, code);
        Account account = accounts.byPhone(phone)
                .orElseThrow(() -> DomainException.notFound("identity.phone-not-registered"));
        if (account.status() == Account.Status.DISABLED) {
            throw DomainException.forbidden("identity.account-disabled");
        }
        // Proving the phone is as good as the password: it also lifts a password lock.
        Account signedIn = account.succeededSignIn();
        accounts.update(signedIn);
        return sessions.open(signedIn, rememberMe, false);
    }

    @Override
    @Transactional
    public SignedIn withWeChat(String jsCode, Role roleForNewAccount, boolean rememberMe) {
        requireCode(jsCode);
        return socialSignIn(social.weChatMiniProgram(jsCode.strip()), roleForNewAccount, rememberMe);
    }

    @Override
    @Transactional
    public SignedIn withQq(String code, String redirectUri, Role roleForNewAccount, boolean rememberMe) {
        requireCode(code);
        if (redirectUri == null || redirectUri.isBlank() || redirectUri.length() > 512) {
            throw DomainException.invalid("identity.redirect-uri-required");
        }
        return socialSignIn(social.qq(code.strip(), redirectUri.strip()), roleForNewAccount, rememberMe);
    }

    @Override
    public SignedIn refresh(String refreshToken) {
        return sessions.refresh(refreshToken);
    }

    @Override
    public void signOut(UUID sessionId) {
        sessions.signOut(sessionId);
    }

    private SignedIn socialSignIn(SocialIdentity identity, Role roleForNewAccount, boolean rememberMe) {
        Optional<UUID> bound = accounts.accountOf(identity)
                .or(() -> identity.unionId().flatMap(union -> accounts.accountOfUnion(identity.provider(), union)));
        if (bound.isPresent()) {
            Account account = accounts.byId(bound.get()).orElseThrow();
            if (account.status() == Account.Status.DISABLED) {
                throw DomainException.forbidden("identity.account-disabled");
            }
            accounts.bind(identity, account.id());
            return sessions.open(account, rememberMe, false);
        }
        Instant now = clock.instant();
        Account account = Account.register(Ids.newId(clock), RegistrationService.selfServiceRole(roleForNewAccount),
                Optional.empty(), Optional.empty(), Optional.empty(), false, now);
        accounts.insert(account);
        if (!accounts.bind(identity, account.id())) {
            throw DomainException.conflict("identity.social-already-bound");
        }
        events.publishEvent(new AccountRegistered(account.id(), account.roles(), identity.provider().name(), now));
        return sessions.open(account, rememberMe, true);
    }

    private Optional<Account> find(String name) {
        if (name.contains("@")) {
            return accounts.byEmail(EmailAddress.parse(name));
        }
        if (name.matches("[+0-9 ()-]{7,20}")) {
            try {
                return accounts.byPhone(PhoneNumber.parse(name));
            } catch (DomainException notAPhone) {
                return Optional.empty();
            }
        }
        return accounts.byUsername(name);
    }

    private void ensureAddressMayTry(String address) {
        try {
            ledger.ensureAddressMayTry(address);
        } catch (DomainException limited) {
            security.warn("sign-in refused: too many failures from one address");
            throw limited;
        }
    }

    private static void requireCode(String code) {
        if (code == null || code.isBlank() || code.length() > 256) {
            throw DomainException.invalid("identity.social-code-invalid");
        }
    }
}
