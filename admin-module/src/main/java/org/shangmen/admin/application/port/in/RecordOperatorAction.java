package org.shangmen.admin.application.port.in;

import org.shangmen.admin.domain.AuditEntry;

/** Appends one operator action to the audit log; entries are never changed or removed afterwards. */
public interface RecordOperatorAction {

    void record(AuditEntry entry);
}
