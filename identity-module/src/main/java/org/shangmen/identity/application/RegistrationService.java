package org.shangmen.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.shangmen.identity.api.Role;
import org.shangmen.identity.api.event.AccountRegistered;
import org.shangmen.identity.application.port.in.RegisterAccount;
import org.shangmen.identity.application.port.in.SignedIn;
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
import org.shangmen.kernel.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** Registration by phone and by e-mail (C1.1, C1.2, W1.1). */
public class RegistrationService implements RegisterAccount {

    public static final Duration EMAIL_LINK_VALIDITY = Duration.ofHours(24);

    private final AccountStore accounts;
    private final CodeService codes;
    private final AttemptLedger ledger;
    private final SessionService sessions;
    private final OneTimeTokenStore links;
    private final PasswordHasher hasher;
    private final MailSender mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicBaseUrl;

    public RegistrationService(AccountStore accounts, CodeService codes, AttemptLedger ledger, SessionService sessions,
                               OneTimeTokenStore links, PasswordHasher hasher, MailSender mail, ApplicationEventPublisher events,
                               Clock clock, String publicBaseUrl) {
        this.accounts = accounts;
        this.codes = codes;
        this.ledger = ledger;
        this.sessions = sessions;
        this.links = links;
        this.hasher = hasher;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    @Override
    @Transactional
    public SignedIn byPhone(PhoneRegistration command) {
        PhoneNumber phone = PhoneNumber.parse(command.phone());
        Role role = selfServiceRole(command.role());
        PasswordPolicy.check(command.password(), phone.national());
        // The code comes first: only someone who received it learns whether the phone has an account
        // (a code for REGISTER is never sent to a registered phone), and wrong codes slow the address down.
        String address = codes.addressHash(command.clientAddress());
        ledger.ensureAddressMayTry(address);
        try {
            codes.verifyAndConsume(phone, CodePurpose.REGISTER, command.code());
        } catch (DomainException wrong) {
            ledger.failedSignInFrom(address);
            throw wrong;
        }
        if (accounts.byPhone(phone).isPresent()) {
            throw DomainException.conflict("identity.phone-registered");
        }
        Instant now = clock.instant();
        Account account = Account.register(Ids.newId(clock), role, Optional.of(phone), Optional.empty(),
                Optional.of(hasher.hash(command.password())), false, now);
        if (!accounts.insert(account)) {
            throw DomainException.conflict("identity.phone-registered");
        }
        events.publishEvent(new AccountRegistered(account.id(), account.roles(), "PHONE", now));
        return sessions.open(account, command.rememberMe(), true);
    }

    @Override
    @Transactional
    public void byEmail(EmailRegistration command) {
        EmailAddress email = EmailAddress.parse(command.email());
        Role role = selfServiceRole(command.role());
        PasswordPolicy.check(command.password(), email.value());
        if (accounts.byEmail(email).isPresent()) {
            // Answered like a new address; only the mailbox's owner learns that it already has an account.
            mail.send(new MailSender.OutgoingMail(email, "【上门】有人尝试用您的邮箱注册",
                    "您好!\n\n有人刚刚尝试用这个邮箱注册上门,但它已经注册过。如果是您本人,请直接登录;忘记密码可在登录页找回。"
                            + "\n\n如果这不是您本人的操作,请忽略本邮件,您的账号没有任何变化。\n\n上门 同城家政服务",
                    "<p>您好!</p><p>有人刚刚尝试用这个邮箱注册上门,但它已经注册过。如果是您本人,请直接登录;忘记密码可在登录页找回。</p>"
                            + "<p>如果这不是您本人的操作,请忽略本邮件,您的账号没有任何变化。</p>"));
            return;
        }
        Instant now = clock.instant();
        Account account = Account.register(Ids.newId(clock), role, Optional.empty(), Optional.of(email),
                Optional.of(hasher.hash(command.password())), false, now);
        if (!accounts.insert(account)) {
            throw DomainException.conflict("identity.email-registered");
        }
        String token = OpaqueTokens.newToken();
        links.insert(new OneTimeToken(OpaqueTokens.hash(token), account.id(), Purpose.VERIFY_EMAIL,
                now.plus(EMAIL_LINK_VALIDITY), false), now);
        String link = publicBaseUrl + "/api/v1/auth/email/verify?token=" + token;
        mail.send(new MailSender.OutgoingMail(email, "【上门】请验证您的邮箱",
                "您好!\n\n感谢注册上门。请在 24 小时内打开以下链接完成邮箱验证:\n" + link
                        + "\n\n如果这不是您本人的操作,请忽略本邮件。\n\n上门 同城家政服务",
                "<p>您好!</p><p>感谢注册上门。请在 24 小时内点击下面的链接完成邮箱验证:</p><p><a href=\"" + link + "\">验证邮箱</a></p>"
                        + "<p>如果这不是您本人的操作,请忽略本邮件。</p>"));
        events.publishEvent(new AccountRegistered(account.id(), account.roles(), "EMAIL", now));
    }

    @Override
    @Transactional
    public void verifyEmail(String token) {
        OneTimeToken link = usableLink(token, Purpose.VERIFY_EMAIL);
        Account account = accounts.byId(link.accountId()).orElseThrow();
        if (!links.use(link.tokenHash(), clock.instant())) {
            throw DomainException.rejected("identity.link-invalid");
        }
        accounts.update(account.withVerifiedEmail());
    }

    OneTimeToken usableLink(String token, Purpose purpose) {
        if (!OpaqueTokens.looksValid(token)) {
            throw DomainException.rejected("identity.link-invalid");
        }
        OneTimeToken link = links.find(OpaqueTokens.hash(token))
                .filter(l -> l.purpose() == purpose && !l.used())
                .orElseThrow(() -> DomainException.rejected("identity.link-invalid"));
        if (!link.expiresAt().isAfter(clock.instant())) {
            throw DomainException.rejected("identity.link-expired");
        }
        return link;
    }

    static Role selfServiceRole(Role requested) {
        Role role = requested == null ? Role.CUSTOMER : requested;
        if (role == Role.ADMIN) {
            throw DomainException.forbidden("identity.role-not-self-service");
        }
        return role;
    }
}
