package org.shangmen.notification.application.port.out;

import java.util.UUID;

/**
 * Whether a complaint is open on an order: the only reason an operator may read the order's private
 * thread. Until complaints are recorded by the platform, {@link #NONE} answers that none is open.
 */
public interface OpenComplaints {

    OpenComplaints NONE = (orderId, complaintId) -> false;

    boolean isOpen(UUID orderId, UUID complaintId);
}
