package org.shangmen.identity.application;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.identity.application.port.in.LinkSocialAccount;
import org.shangmen.identity.application.port.in.OwnAccount;
import org.shangmen.identity.application.port.in.OwnAccount.AccountView;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.SocialLogin;
import org.shangmen.identity.application.port.out.SocialLogin.Provider;
import org.shangmen.identity.application.port.out.SocialLogin.SocialIdentity;
import org.shangmen.identity.domain.Account;
import org.shangmen.kernel.DomainException;
import org.springframework.transaction.annotation.Transactional;

/** Linking and unlinking WeChat and QQ on the signed-in account (C1.3). */
public class SocialLinkService implements LinkSocialAccount {

    private final AccountStore accounts;
    private final SocialLogin social;
    private final OwnAccount ownAccount;

    public SocialLinkService(AccountStore accounts, SocialLogin social, OwnAccount ownAccount) {
        this.accounts = accounts;
        this.social = social;
        this.ownAccount = ownAccount;
    }

    @Override
    @Transactional
    public AccountView linkWeChat(UUID accountId, String jsCode) {
        requireCode(jsCode);
        return link(accountId, social.weChatMiniProgram(jsCode.strip()));
    }

    @Override
    @Transactional
    public AccountView linkQq(UUID accountId, String authorizationCode, String redirectUri) {
        requireCode(authorizationCode);
        if (redirectUri == null || redirectUri.isBlank() || redirectUri.length() > 512) {
            throw DomainException.invalid("identity.redirect-uri-required");
        }
        return link(accountId, social.qq(authorizationCode.strip(), redirectUri.strip()));
    }

    @Override
    @Transactional
    public AccountView unlinkWeChat(UUID accountId) {
        return unlink(accountId, Provider.WECHAT);
    }

    @Override
    @Transactional
    public AccountView unlinkQq(UUID accountId) {
        return unlink(accountId, Provider.QQ);
    }

    private AccountView link(UUID accountId, SocialIdentity identity) {
        Account account = active(accountId);
        Optional<UUID> holder = accounts.accountOf(identity)
                .or(() -> identity.unionId().flatMap(union -> accounts.accountOfUnion(identity.provider(), union)));
        if (holder.isPresent() && !holder.get().equals(account.id())) {
            throw DomainException.conflict("identity.social-already-bound");
        }
        Optional<String> linked = accounts.openIdOf(account.id(), identity.provider(), identity.appId());
        if (linked.isPresent() && !linked.get().equals(identity.openId())) {
            throw DomainException.conflict("identity.social-other-linked");
        }
        if (!accounts.bind(identity, account.id()) && accounts.accountOf(identity).filter(account.id()::equals).isEmpty()) {
            throw DomainException.conflict("identity.social-already-bound");
        }
        return ownAccount.view(account.id());
    }

    private AccountView unlink(UUID accountId, Provider provider) {
        Account account = active(accountId);
        if (!accounts.providersOf(account.id()).contains(provider.name())) {
            throw DomainException.notFound("identity.social-not-linked");
        }
        boolean otherProvider = accounts.providersOf(account.id()).stream().anyMatch(p -> !p.equals(provider.name()));
        if (!otherProvider && !account.hasOwnSignIn()) {
            throw DomainException.conflict("identity.last-sign-in-method");
        }
        accounts.unbind(account.id(), provider);
        return ownAccount.view(account.id());
    }

    private Account active(UUID accountId) {
        Account account = accounts.byId(accountId).orElseThrow(() -> DomainException.notFound("identity.account-not-found"));
        if (account.status() == Account.Status.DISABLED) {
            throw DomainException.forbidden("identity.account-disabled");
        }
        return account;
    }

    private static void requireCode(String code) {
        if (code == null || code.isBlank() || code.length() > 256) {
            throw DomainException.invalid("identity.social-code-invalid");
        }
    }
}
