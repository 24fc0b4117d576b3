package org.shangmen.dispatch.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * Operators' dispatch work (A3.1), for the admin module, which checks the operator's permission
 * first: assign or reassign by hand, read every decision, watch the open cases, set the assignment
 * mode per city or item.
 */
public interface DispatchAdministration {

    /**
     * Gives the order to the worker: from awaiting acceptance, or away from its current worker before
     * payment. The worker must be free and eligible; refused otherwise with the booking's reason.
     */
    void assign(UUID orderId, UUID workerId, UUID operatorId, String reason);

    /** Every dispatch decision on the order, oldest first. */
    List<DecisionView> decisions(UUID orderId);

    /** Orders dispatch is still working on (offering or awaiting an operator), flagged ones first, oldest first. */
    Page<CaseView> openCases(PageRequest page);

    /** The number of cases in each state (OFFERING, AWAITING_OPERATOR, ASSIGNED, UNFILLED, CANCELLED). */
    Map<String, Long> counts();

    List<ModeView> modes();

    /** {@code scope} is CITY (a city's 4-digit code) or ITEM (a catalogue item's code); {@code mode} BROADCAST or AUTO. */
    ModeView setMode(String scope, String key, String mode, UUID operatorId);

    /** Removes a city's or item's own mode, so that the wider one (or the default) applies again. */
    void clearMode(String scope, String key);

    record DecisionView(String kind, Optional<UUID> workerId, Optional<UUID> operatorId, String detail, Instant at) {
    }

    record CaseView(UUID orderId, String state, String step, Instant deadline, Optional<UUID> workerId, Optional<Instant> flaggedAt,
                    Instant createdAt, int openOffers, int rejections) {
    }

    record ModeView(String scope, String key, String mode, UUID updatedBy, Instant updatedAt) {
    }
}
