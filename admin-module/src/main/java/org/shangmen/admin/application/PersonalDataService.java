package org.shangmen.admin.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.identity.api.AccountClosure;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.PersonalData;

/**
 * The owner's personal data across the platform (PIPL arts. 45, 47): an export gathered from every module
 * that keeps some, and closing the account once nothing stands in the way (no order in progress, no money
 * owed). Each module then anonymises its own data on the account-closed event.
 */
public class PersonalDataService {

    private final List<PersonalData> holders;
    private final AccountClosure closure;
    private final Clock clock;

    public PersonalDataService(List<PersonalData> holders, AccountClosure closure, Clock clock) {
        this.holders = holders.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
        this.closure = closure;
        this.clock = clock;
    }

    /** Every module's data about the account, by section, with the time of the export. */
    public Map<String, Object> export(UUID accountId) {
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalData holder : holders) {
            Map<String, Object> data = holder.export(accountId);
            if (!data.isEmpty()) {
                sections.put(holder.section(), data);
            }
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("accountId", accountId);
        export.put("exportedAt", clock.instant());
        export.put("sections", sections);
        return export;
    }

    /** Closes the account, or refuses ({@code identity.account-closure-blocked}) saying what stands in the way. */
    public void close(UUID accountId, String password, String smsCode) {
        List<String> blockers = new ArrayList<>();
        holders.forEach(holder -> blockers.addAll(holder.closureBlockers(accountId)));
        if (!blockers.isEmpty()) {
            throw DomainException.conflict("identity.account-closure-blocked", String.join(";", blockers));
        }
        closure.close(accountId, password, smsCode);
    }
}
