package org.shangmen.identity.application;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.shangmen.identity.api.AccountContacts;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.SmsSender;
import org.shangmen.identity.application.port.out.SocialLogin;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.PhoneNumber;
import org.springframework.transaction.annotation.Transactional;

/** Notices to an account's phone and its WeChat openid, for the notification module. */
public class ContactService implements AccountContacts {

    private final AccountStore accounts;
    private final SmsSender sms;
    private final Supplier<String> miniProgramAppId;

    public ContactService(AccountStore accounts, SmsSender sms, Supplier<String> miniProgramAppId) {
        this.accounts = accounts;
        this.sms = sms;
        this.miniProgramAppId = miniProgramAppId;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> miniProgramOpenId(UUID accountId) {
        return weChatOpenId(accountId, miniProgramAppId.get());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> weChatOpenId(UUID accountId, String appId) {
        Objects.requireNonNull(accountId, "accountId");
        if (appId == null || appId.isBlank()) {
            return Optional.empty();
        }
        return accounts.openIdOf(accountId, SocialLogin.Provider.WECHAT, appId);
    }

    @Override
    public SmsOutcome sendNoticeSms(UUID accountId, String templateCode, Map<String, String> parameters, String text) {
        Objects.requireNonNull(accountId, "accountId");
        Optional<PhoneNumber> phone = accounts.byId(accountId)
                .filter(a -> a.status() == Account.Status.ACTIVE)
                .flatMap(Account::phone);
        if (phone.isEmpty()) {
            return SmsOutcome.NO_PHONE;
        }
        sms.sendNotice(phone.get(), templateCode, Map.copyOf(parameters), Objects.requireNonNull(text, "text"));
        return SmsOutcome.SENT;
    }
}
