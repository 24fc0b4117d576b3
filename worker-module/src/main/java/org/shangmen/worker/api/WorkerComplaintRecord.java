package org.shangmen.worker.api;

import java.util.UUID;

/**
 * Complaints upheld against a worker (A2.1), counted by the module that resolves them inside its own
 * transaction and shown with the worker's rating: in operators' view of the worker and in the quality
 * tier commission rules use.
 */
public interface WorkerComplaintRecord {

    /** Counts one more complaint resolved with the worker at fault; the caller counts each complaint once. */
    void complaintUpheld(UUID workerId);

    /** How many complaints were upheld against the worker, and how many orders the worker completed. */
    Standing standing(UUID workerId);

    /** @param ratePermille upheld complaints per thousand completed orders (0 without completed orders) */
    record Standing(int complaints, int completedOrders, int ratePermille) {

        public static Standing of(int complaints, int completedOrders) {
            return new Standing(complaints, completedOrders, completedOrders == 0 ? 0
                    : (int) Math.min(1000L * 1000, Math.round(complaints * 1000.0 / completedOrders)));
        }
    }
}
