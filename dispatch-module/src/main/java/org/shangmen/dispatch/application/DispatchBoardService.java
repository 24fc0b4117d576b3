package org.shangmen.dispatch.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.dispatch.api.DispatchBoard;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.Ladder;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** A3.1: operators' view of dispatch: open cases with their rung, counts per state, the decision log of an order. */
public class DispatchBoardService implements DispatchBoard {

    private final OrderDispatching orders;
    private final CaseStore cases;
    private final OfferStore offers;
    private final DecisionLog decisions;
    private final Ladder ladder;

    public DispatchBoardService(OrderDispatching orders, CaseStore cases, OfferStore offers, DecisionLog decisions, Ladder ladder) {
        this.orders = orders;
        this.cases = cases;
        this.offers = offers;
        this.decisions = decisions;
        this.ladder = ladder;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionView> decisions(UUID orderId) {
        orders.order(orderId);
        return decisions.of(orderId);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseView> openCases(PageRequest page) {
        Page<DispatchCase> found = cases.open(page);
        return found.map(c -> {
            List<Offer> all = offers.ofOrder(c.orderId());
            String step = c.rung() >= 0 && c.rung() < ladder.rungs().size() ? ladder.rungs().get(c.rung()).step().name() : "NONE";
            return new CaseView(c.orderId(), c.state().name(), step, c.deadline().orElse(null), c.workerId(), c.flaggedAt(), c.createdAt(),
                    (int) all.stream().filter(o -> o.status() == OfferStatus.OPEN).count(),
                    (int) all.stream().filter(o -> o.status() == OfferStatus.REJECTED).count());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        return cases.counts();
    }
}
