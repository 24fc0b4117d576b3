package org.shangmen.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.dispatch.api.event.OrderGone;
import org.shangmen.dispatch.application.port.in.AcceptOffer;
import org.shangmen.dispatch.application.port.in.ReadOffers;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.CaseState;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * W2.2: grabbing an offer. Winning is booking's compare-and-set on the order and the worker's calendar
 * in the same transaction; dispatch writes its own rows only after that, so concurrent accepts queue
 * on the order's row alone and cannot deadlock on offers.
 */
public class AcceptOfferService implements AcceptOffer {

    private final OrderDispatching orders;
    private final WorkerCalendar calendar;
    private final CaseStore cases;
    private final OfferStore offers;
    private final DecisionLog decisions;
    private final ReadOffers read;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AcceptOfferService(OrderDispatching orders, WorkerCalendar calendar, CaseStore cases, OfferStore offers, DecisionLog decisions, ReadOffers read,
                              ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.calendar = calendar;
        this.cases = cases;
        this.offers = offers;
        this.decisions = decisions;
        this.read = read;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OfferDetail accept(UUID workerId, UUID offerId) {
        // The offer alone first: what the worker is shown of it is read once, for the answer, after she won.
        Offer offer = offers.find(offerId).filter(o -> o.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("dispatch.offer-not-found"));
        offer.requireOpen();
        DispatchCase c = cases.find(offer.orderId()).orElseThrow(() -> DomainException.notFound("dispatch.offer-not-found"));
        if (!c.state().isOpen()) {
            throw c.state() == CaseState.ASSIGNED ? DomainException.conflict("dispatch.order-gone")
                    : DomainException.conflict("dispatch.offer-expired");
        }
        Instant now = clock.instant();
        // One worker's accepts are decided one after another, so that the travel buffer and the daily cap hold under concurrent accepts.
        calendar.holdForBooking(workerId);
        try {
            orders.assign(offer.orderId(), workerId, Actor.worker(workerId), "接单");
        } catch (DomainException e) {
            if ("booking.order-taken".equals(e.code())) {
                throw DomainException.conflict("dispatch.order-gone");
            }
            throw e;
        }
        // Only the winner reaches this line: its own rows are written after the order moved.
        offers.answer(offerId, OfferStatus.OPEN, OfferStatus.ACCEPTED, now, Optional.empty(), Optional.empty());
        List<UUID> losers = offers.closeOpen(offer.orderId(), OfferStatus.GONE, Optional.of(offerId), now);
        cases.overwrite(offer.orderId(), current -> current.settled(workerId));
        decisions.record(offer.orderId(), "ACCEPTED", Optional.of(workerId), Optional.empty(), offer.step() + " 抢单成功", now);
        events.publishEvent(new OrderGone(offer.orderId(), workerId, losers, now));
        return read.offer(workerId, offerId);
    }
}
