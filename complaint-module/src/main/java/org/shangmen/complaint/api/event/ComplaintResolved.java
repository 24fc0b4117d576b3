package org.shangmen.complaint.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Operators resolved a complaint. {@code outcome} is one of NO_FAULT, APOLOGY, PARTIAL_REFUND, FULL_REFUND,
 * WORKER_PENALTY, RETRAINING; {@code workerAtFault} says whether the outcome holds the worker responsible
 * (penalty, retraining, or a refund for the worker's service); {@code refundFen} is 0 without a refund.
 */
public record ComplaintResolved(UUID complaintId, UUID orderId, UUID customerId, UUID workerId, String outcome,
                                boolean workerAtFault, long refundFen, Instant filedAt, Instant firstAnsweredAt,
                                Instant at) {
}
