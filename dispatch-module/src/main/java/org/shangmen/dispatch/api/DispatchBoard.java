package org.shangmen.dispatch.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** What operators read of dispatch (A3.1): the open cases, the count per state, and every decision on an order. */
public interface DispatchBoard {

    /** Every dispatch decision on the order, oldest first. */
    List<DecisionView> decisions(UUID orderId);

    /** Orders dispatch is still working on (offering or awaiting an operator), flagged ones first, oldest first. */
    Page<CaseView> openCases(PageRequest page);

    /** The number of cases in each state (OFFERING, AWAITING_OPERATOR, ASSIGNED, UNFILLED, CANCELLED). */
    Map<String, Long> counts();

    record DecisionView(String kind, Optional<UUID> workerId, Optional<UUID> operatorId, String detail, Instant at) {
    }

    record CaseView(UUID orderId, String state, String step, Instant deadline, Optional<UUID> workerId, Optional<Instant> flaggedAt,
                    Instant createdAt, int openOffers, int rejections) {
    }
}
