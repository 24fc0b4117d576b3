package org.shangmen.booking.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Orders as personal data: what the export shows, what stands in the way of closing, and masking on closing. */
public interface OrderPrivacyStore {

    /** An order the account placed (with its address, decrypted) or served (without the customer's details). */
    record OrderRecord(UUID id, String role, String status, String districtCode, Instant startsAt, long totalFen,
                       String addressDetail, String contactName, String requirements, Instant createdAt) {
    }

    List<OrderRecord> ordersOf(UUID accountId);

    /** Orders of the account, as customer or worker, neither completed nor cancelled. */
    int openOrders(UUID accountId);

    /** The account's recurring plans still running or paused and its placements contracted or under way. */
    int runningPlans(UUID accountId);

    /** Masks the address, contact and requirements of the account's orders and plans and coarsens the place; orders stay. */
    int maskCustomer(UUID accountId, String mask);
}
