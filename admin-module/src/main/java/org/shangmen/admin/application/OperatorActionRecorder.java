package org.shangmen.admin.application;

import org.shangmen.admin.application.port.in.RecordOperatorAction;
import org.shangmen.admin.application.port.out.AuditLogStore;
import org.shangmen.admin.domain.AuditEntry;

public class OperatorActionRecorder implements RecordOperatorAction {

    private final AuditLogStore store;

    public OperatorActionRecorder(AuditLogStore store) {
        this.store = store;
    }

    @Override
    public void record(AuditEntry entry) {
        store.append(entry);
    }
}
