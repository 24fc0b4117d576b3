package org.shangmen.dispatch.api;

import java.util.UUID;
import org.shangmen.kernel.DomainException;

/**
 * Operators assign or reassign an order by hand (A3.1), for the admin module, which checks the
 * operator's permission first.
 */
public interface ManualAssignment {

    /**
     * Gives the order to the worker: from awaiting acceptance, or away from its current worker before
     * payment. The worker must be free and eligible; refused otherwise with the booking's reason.
     */
    void assign(Assignment assignment);

    /** An operator's assignment; the reason is required (at most 200 characters) and is kept in the decision log. */
    record Assignment(UUID orderId, UUID workerId, UUID operatorId, String reason) {
        public Assignment {
            reason = reason == null ? "" : reason.strip();
            if (reason.isEmpty() || reason.length() > 200) {
                throw DomainException.invalid("dispatch.assign-reason-required", 200);
            }
        }
    }
}
