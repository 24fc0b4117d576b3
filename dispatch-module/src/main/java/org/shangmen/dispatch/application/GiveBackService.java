package org.shangmen.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.dispatch.application.port.in.GiveBackOrder;
import org.shangmen.dispatch.application.port.in.ReadOffers;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.CaseState;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.Ladder;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.kernel.DomainException;
import org.springframework.transaction.annotation.Transactional;

/** W2.2: a worker hands an order back before payment; booking frees the time and the order climbs the ladder again. */
public class GiveBackService implements GiveBackOrder {

    private final OrderDispatching orders;
    private final CaseStore cases;
    private final OfferStore offers;
    private final DecisionLog decisions;
    private final ReadOffers read;
    private final Ladder ladder;
    private final Clock clock;

    public GiveBackService(OrderDispatching orders, CaseStore cases, OfferStore offers, DecisionLog decisions, ReadOffers read,
                           Ladder ladder, Clock clock) {
        this.orders = orders;
        this.cases = cases;
        this.offers = offers;
        this.decisions = decisions;
        this.read = read;
        this.ladder = ladder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OfferDetail decline(Decline command) {
        Offer offer = read.offer(command.workerId(), command.offerId()).offer();
        Instant now = clock.instant();
        if (offer.status() != OfferStatus.ASSIGNED || offer.declineUntil().isEmpty() || !now.isBefore(offer.declineUntil().get())) {
            throw DomainException.conflict("dispatch.decline-window-over");
        }
        orders.returnToDispatch(offer.orderId(), Actor.worker(command.workerId()),
                "师傅婉拒自动派单" + command.note().map(n -> ": " + n).orElse(""));
        offers.answer(offer.id(), OfferStatus.ASSIGNED, OfferStatus.DECLINED, now, Optional.empty(), command.note());
        DispatchCase c = cases.find(offer.orderId()).orElseThrow();
        // The same rung again, for the next-best worker.
        cases.overwrite(c.reopened(c.rung() - 1, now));
        decisions.record(offer.orderId(), "DECLINED", Optional.of(command.workerId()), Optional.empty(), "自动派单被婉拒", now);
        return read.offer(command.workerId(), offer.id());
    }

    @Override
    @Transactional
    public void withdraw(Withdraw command) {
        DispatchCase c = cases.find(command.orderId())
                .filter(k -> k.workerId().equals(Optional.of(command.workerId())) && k.state() == CaseState.ASSIGNED)
                .orElseThrow(() -> DomainException.notFound("dispatch.assignment-not-found"));
        Instant now = clock.instant();
        orders.returnToDispatch(command.orderId(), Actor.worker(command.workerId()), command.reason());
        offers.withdrawHeldBy(command.orderId(), command.workerId(), now);
        cases.overwrite(c.reopened(ladder.firstOpenRung() - 1, now));
        decisions.record(command.orderId(), "WITHDRAWN", Optional.of(command.workerId()), Optional.empty(), command.reason(), now);
    }
}
