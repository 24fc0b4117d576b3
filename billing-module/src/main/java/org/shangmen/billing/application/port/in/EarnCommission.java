package org.shangmen.billing.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shangmen.billing.domain.Earning;
import org.shangmen.billing.domain.Statement;
import org.shangmen.billing.domain.StatementAdjustment;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** A3.2: a completed order's split by the commission rule in force, and what workers read of their money. */
public interface EarnCommission {

    /** Records the order's earning and the ledger's split once, whatever the number of deliveries. */
    Earning completed(Completion completion);

    Page<Earning> earnings(UUID workerId, PageRequest page);

    Page<Statement> statements(UUID workerId, PageRequest page);

    /** The adjustments operators made to one of the worker's statements. */
    List<StatementAdjustment> adjustments(UUID statementId);

    /** What the platform owes the worker now, derived from the ledger. */
    long balanceFen(UUID workerId);

    /**
     * @param totalFen    the order's full price, before discounts, add-ons included: the worker's share comes from it
     * @param discountFen what promotions and coupons took off, which the platform bears
     */
    record Completion(UUID orderId, UUID workerId, long totalFen, long discountFen, List<String> itemCodes, String districtCode,
                      Instant at) {
        public Completion {
            itemCodes = List.copyOf(itemCodes);
        }
    }
}
