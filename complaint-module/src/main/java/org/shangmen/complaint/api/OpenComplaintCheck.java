package org.shangmen.complaint.api;

import java.util.UUID;

/** Whether a complaint exists, is about the order, and is still open (not resolved): what lets an operator read the order's private thread. */
public interface OpenComplaintCheck {

    boolean isOpenOn(UUID orderId, UUID complaintId);
}
