package org.shangmen.admin.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.admin.domain.AuditEntry;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** The audit log for auditors and super administrators: newest first, filtered. */
public interface ReadAuditLog {

    /** At most this many entries go into one export. */
    int EXPORT_LIMIT = 10_000;

    Page<AuditEntry> page(Filter filter, PageRequest page);

    /** Newest first, at most {@link #EXPORT_LIMIT}. */
    List<AuditEntry> export(Filter filter);

    /** Every part is optional; the period is {@code from} inclusive, {@code until} exclusive. */
    record Filter(Optional<UUID> operatorId, Optional<String> action, Optional<String> objectId,
                  Optional<Instant> from, Optional<Instant> until) {
    }
}
