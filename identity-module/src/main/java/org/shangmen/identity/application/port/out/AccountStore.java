package org.shangmen.identity.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.identity.application.port.out.SocialLogin.SocialIdentity;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.EmailAddress;
import org.shangmen.identity.domain.PhoneNumber;

/** Accounts, with phone and e-mail encrypted at rest and found by keyed hash. */
public interface AccountStore {

    /** Inserts a new account; false when its phone, e-mail or username is already taken. */
    boolean insert(Account account);

    void update(Account account);

    Optional<Account> byId(UUID id);

    Optional<Account> byPhone(PhoneNumber phone);

    Optional<Account> byEmail(EmailAddress email);

    Optional<Account> byUsername(String username);

    boolean anyOperator();

    List<Account> operators();

    Optional<UUID> accountOf(SocialIdentity identity);

    /** Binds a social identity to an account; false when it is already bound. */
    boolean bind(SocialIdentity identity, UUID accountId);

    /** Removes the account's bindings at the provider; answers how many there were. */
    int unbind(UUID accountId, SocialLogin.Provider provider);

    /** Unique by union id across a provider's apps, when the provider gives one. */
    Optional<UUID> accountOfUnion(SocialLogin.Provider provider, String unionId);

    java.util.Set<String> providersOf(UUID accountId);

    /** The account's openid at a provider's app, when it is bound there. */
    Optional<String> openIdOf(UUID accountId, SocialLogin.Provider provider, String appId);
}
