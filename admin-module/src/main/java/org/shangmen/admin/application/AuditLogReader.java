package org.shangmen.admin.application;

import java.util.List;
import org.shangmen.admin.application.port.in.ReadAuditLog;
import org.shangmen.admin.application.port.out.AuditLogStore;
import org.shangmen.admin.domain.AuditEntry;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

public class AuditLogReader implements ReadAuditLog {

    private final AuditLogStore store;

    public AuditLogReader(AuditLogStore store) {
        this.store = store;
    }

    @Override
    public Page<AuditEntry> page(Filter filter, PageRequest page) {
        return Page.of(store.find(filter, page.offset(), page.size()), page, store.count(filter));
    }

    @Override
    public List<AuditEntry> export(Filter filter) {
        return store.find(filter, 0, EXPORT_LIMIT);
    }
}
