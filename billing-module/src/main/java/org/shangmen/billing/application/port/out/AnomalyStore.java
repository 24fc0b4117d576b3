package org.shangmen.billing.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payments operators must look at: money that arrived but did not match what was due. */
public interface AnomalyStore {

    void record(UUID paymentId, String kind, long expectedFen, long receivedFen, String detail, Instant at);

    List<Anomaly> open(int limit);

    record Anomaly(UUID id, UUID paymentId, String kind, long expectedFen, long receivedFen, String detail, Instant createdAt) {
    }
}
