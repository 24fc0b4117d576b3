package org.shangmen.notification.adapter.out.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.Ids;
import org.shangmen.notification.application.port.out.ThreadAccessLog;
import org.springframework.stereotype.Repository;

/** {@code notification.thread_access}: who read which private thread, for which complaint, when. */
@Repository
class JdbiThreadAccessLog implements ThreadAccessLog {

    private final Jdbi jdbi;

    JdbiThreadAccessLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(UUID operatorId, UUID orderId, UUID complaintId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO notification.thread_access (id, operator_id, order_id, complaint_id, accessed_at) "
                        + "VALUES (:id, :operator, :order, :complaint, :at)")
                .bind("id", Ids.newId()).bind("operator", operatorId).bind("order", orderId).bind("complaint", complaintId)
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }
}
