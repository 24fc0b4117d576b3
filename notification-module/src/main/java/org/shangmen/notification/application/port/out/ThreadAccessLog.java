package org.shangmen.notification.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Operators' reads of private threads, kept for audit. */
public interface ThreadAccessLog {

    void record(UUID operatorId, UUID orderId, UUID complaintId, Instant at);
}
