package org.shangmen.identity.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.domain.EmailAddress;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.kernel.PersonalData;
import org.springframework.transaction.annotation.Transactional;

/** The account itself in the owner's data export: how it signs in and since when. */
public class AccountPersonalData implements PersonalData {

    private final AccountStore accounts;

    public AccountPersonalData(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "identity";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        accounts.byId(accountId).ifPresent(a -> {
            data.put("accountId", a.id());
            data.put("roles", a.roles().stream().map(Enum::name).sorted().toList());
            data.put("status", a.status().name());
            data.put("phone", a.phone().map(PhoneNumber::national).orElse(null));
            data.put("email", a.email().map(EmailAddress::value).orElse(null));
            data.put("emailVerified", a.emailVerified());
            data.put("passwordSet", a.passwordHash().isPresent());
            data.put("socialLogins", accounts.providersOf(a.id()).stream().sorted().toList());
            data.put("createdAt", a.createdAt());
        });
        return data;
    }
}
