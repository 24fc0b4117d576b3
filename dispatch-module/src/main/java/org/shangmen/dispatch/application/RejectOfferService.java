package org.shangmen.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.dispatch.api.event.OfferRejected;
import org.shangmen.dispatch.application.port.in.ReadOffers;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;
import org.shangmen.dispatch.application.port.in.RejectOffer;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.CaseState;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.kernel.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** W2.2: a worker refuses an offer with a reason the customer sees; when everyone asked refused, the ladder climbs at the next tick. */
public class RejectOfferService implements RejectOffer {

    private final OrderDispatching orders;
    private final CaseStore cases;
    private final OfferStore offers;
    private final DecisionLog decisions;
    private final ReadOffers read;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RejectOfferService(OrderDispatching orders, CaseStore cases, OfferStore offers, DecisionLog decisions, ReadOffers read,
                              ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.cases = cases;
        this.offers = offers;
        this.decisions = decisions;
        this.read = read;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OfferDetail reject(Command command) {
        UUID workerId = command.workerId();
        Offer offer = read.offer(workerId, command.offerId()).offer();
        offer.requireOpen();
        Optional<String> text = command.note();
        Instant now = clock.instant();
        if (!offers.answer(offer.id(), OfferStatus.OPEN, OfferStatus.REJECTED, now, Optional.of(command.reason().name()), text)) {
            throw DomainException.conflict("dispatch.offer-answered");
        }
        orders.noteRejection(offer.orderId(), workerId, command.reason(), text);
        DispatchCase c = cases.find(offer.orderId()).orElseThrow();
        decisions.record(offer.orderId(), "REJECTED", Optional.of(workerId), Optional.empty(),
                command.reason().label() + text.map(t -> ": " + t).orElse(""), now);
        events.publishEvent(new OfferRejected(offer.orderId(), c.customerId(), workerId, command.reason().name(), command.reason().label(),
                text, now));
        if (c.state() == CaseState.OFFERING && offers.ofOrder(offer.orderId()).stream().noneMatch(o -> o.status() == OfferStatus.OPEN)) {
            // Everyone asked has said no: escalate at the next tick rather than wait out the rung.
            cases.overwrite(new DispatchCase(c.orderId(), c.customerId(), c.mode(), c.state(), c.rung(), Optional.of(now), c.workerId(),
                    c.flaggedAt(), c.createdAt(), c.version() + 1));
        }
        return read.offer(workerId, offer.id());
    }
}
