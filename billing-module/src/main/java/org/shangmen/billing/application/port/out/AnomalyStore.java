package org.shangmen.billing.application.port.out;

import java.time.Instant;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Payments operators must look at: money that arrived but did not match what was due. */
public interface AnomalyStore {

    void record(UUID paymentId, String kind, long expectedFen, long receivedFen, String detail, Instant at);

    Page<Anomaly> open(PageRequest page);

    record Anomaly(UUID id, UUID paymentId, String kind, long expectedFen, long receivedFen, String detail, Instant createdAt) {
    }
}
