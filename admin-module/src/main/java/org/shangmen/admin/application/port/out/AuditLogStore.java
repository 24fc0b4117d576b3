package org.shangmen.admin.application.port.out;

import java.util.List;
import org.shangmen.admin.application.port.in.ReadAuditLog.Filter;
import org.shangmen.admin.domain.AuditEntry;

/** Append-only storage of the audit log: there is deliberately no way to change or remove an entry. */
public interface AuditLogStore {

    void append(AuditEntry entry);

    List<AuditEntry> find(Filter filter, long offset, int limit);

    long count(Filter filter);
}
