package org.shangmen.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.shangmen.identity.application.port.in.ManagePassword;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.MailSender;
import org.shangmen.identity.application.port.out.OneTimeTokenStore;
import org.shangmen.identity.application.port.out.OneTimeTokenStore.OneTimeToken;
import org.shangmen.identity.application.port.out.OneTimeTokenStore.Purpose;
import org.shangmen.identity.application.port.out.PasswordHasher;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.CodePurpose;
import org.shangmen.identity.domain.EmailAddress;
import org.shangmen.identity.domain.PasswordPolicy;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** Changing and resetting passwords; every change ends all of the account's sessions. */
public class PasswordService implements ManagePassword {

    public static final Duration RESET_LINK_VALIDITY = Duration.ofMinutes(30);
    private static final Logger security = LoggerFactory.getLogger("shangmen.security");

    private final AccountStore accounts;
    private final CodeService codes;
    private final SessionService sessions;
    private final RegistrationService registration;
    private final OneTimeTokenStore links;
    private final PasswordHasher hasher;
    private final MailSender mail;
    private final Clock clock;
    private final String publicBaseUrl;

    public PasswordService(AccountStore accounts, CodeService codes, SessionService sessions, RegistrationService registration,
                           OneTimeTokenStore links, PasswordHasher hasher, MailSender mail, Clock clock, String publicBaseUrl) {
        this.accounts = accounts;
        this.codes = codes;
        this.sessions = sessions;
        this.registration = registration;
        this.links = links;
        this.hasher = hasher;
        this.mail = mail;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    @Override
    @Transactional
    public void change(UUID accountId, String currentPassword, String newPassword) {
        Account account = accounts.byId(accountId).orElseThrow(() -> DomainException.notFound("identity.account-not-found"));
        account.ensureMaySignIn(clock.instant());
        if (account.passwordHash().isPresent()
                && (currentPassword == null || currentPassword.length() > 256 || !hasher.matches(currentPassword, account.passwordHash().get()))) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "identity.current-password-wrong");
        }
        setPassword(account, newPassword, "password-changed");
    }

    @Override
    @Transactional
    public void resetBySms(String phoneInput, String code, String newPassword) {
        PhoneNumber phone = PhoneNumber.parse(phoneInput);
        PasswordPolicy.check(newPassword, phone.national());
        codes.verifyAndConsume(phone, CodePurpose.RESET_PASSWORD, code);
        Account account = accounts.byPhone(phone).orElseThrow(() -> DomainException.notFound("identity.phone-not-registered"));
        setPassword(account, newPassword, "password-reset");
    }

    @Override
    @Transactional
    public void requestResetMail(String emailInput) {
        EmailAddress email = EmailAddress.parse(emailInput);
        Instant now = clock.instant();
        accounts.byEmail(email).ifPresent(account -> {
            String token = OpaqueTokens.newToken();
            links.insert(new OneTimeToken(OpaqueTokens.hash(token), account.id(), Purpose.RESET_PASSWORD,
                    now.plus(RESET_LINK_VALIDITY), false), now);
            String link = publicBaseUrl + "/reset-password?token=" + token;
            mail.send(new MailSender.OutgoingMail(email, "【上门】重置密码",
                    "您好!\n\n我们收到了重置您上门账号密码的请求。请在 30 分钟内使用以下链接设置新密码:\n" + link
                            + "\n\n重置令牌:" + token + "\n\n如果这不是您本人的操作,请忽略本邮件,您的密码不会改变。",
                    null));
            security.info("password reset mail sent: account={}", account.id());
        });
    }

    @Override
    @Transactional
    public void resetByMail(String token, String newPassword) {
        OneTimeToken link = registration.usableLink(token, Purpose.RESET_PASSWORD);
        Account account = accounts.byId(link.accountId()).orElseThrow();
        PasswordPolicy.check(newPassword, account.email().map(EmailAddress::value).orElse(null));
        if (!links.use(link.tokenHash(), clock.instant())) {
            throw DomainException.rejected("identity.link-invalid");
        }
        // Following the mailed link proves the address, so it also counts as verification.
        setPassword(account.withVerifiedEmail(), newPassword, "password-reset");
    }

    private void setPassword(Account account, String newPassword, String reason) {
        PasswordPolicy.check(newPassword, account.phone().map(PhoneNumber::national).orElse(null),
                account.email().map(EmailAddress::value).orElse(null), account.username().orElse(null));
        accounts.update(account.withPassword(hasher.hash(newPassword)));
        sessions.revokeAll(account.id(), reason);
    }
}
