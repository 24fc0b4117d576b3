package org.shangmen.notification.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shangmen.kernel.PersonalData;
import org.shangmen.notification.application.port.out.NoticePrivacyStore;
import org.springframework.transaction.annotation.Transactional;

/** The notices an account received, in its export; deleted with its settings when the account closes. */
public class NoticePersonalData implements PersonalData {

    private final NoticePrivacyStore store;

    public NoticePersonalData(NoticePrivacyStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "notification";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        var notices = store.notices(accountId);
        if (!notices.isEmpty()) {
            data.put("notices", notices);
        }
        return data;
    }

    @Transactional
    public void forget(UUID accountId) {
        store.forget(accountId, "(该用户已注销)");
    }
}
