package org.shangmen.identity.application;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.PhoneNumber;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may know about an account. */
public class AccountDirectoryService implements AccountDirectory {

    private final AccountStore accounts;

    public AccountDirectoryService(AccountStore accounts) {
        this.accounts = accounts;
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
}
