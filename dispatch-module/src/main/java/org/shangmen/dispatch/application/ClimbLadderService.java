package org.shangmen.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.OrderDispatching.DispatchOrder;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.dispatch.api.event.DispatchFlagged;
import org.shangmen.dispatch.api.event.OffersMade;
import org.shangmen.dispatch.api.event.OrderAutoAssigned;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.shangmen.dispatch.domain.CaseState;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.Ladder;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.dispatch.domain.Ranked;
import org.shangmen.dispatch.domain.Rung;
import org.shangmen.dispatch.domain.Step;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.api.WorkerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C2.4, A3.1: the ladder. Each rung either sends offers (broadcast) or assigns the best-ranked free
 * worker directly (automatic mode), and escalates by itself when its time is up: to the next rung, to
 * an operator, and at last gives up (the customer is told and offered other times). An automatic
 * assignment whose decline window passed stands.
 */
public class ClimbLadderService implements AdvanceDispatch {

    static final int DUE_BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ClimbLadderService.class);

    private final OrderDispatching orders;
    private final WorkerCalendar calendar;
    private final WorkerDirectory workers;
    private final CaseStore cases;
    private final OfferStore offers;
    private final DecisionLog decisions;
    private final Ladder ladder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public ClimbLadderService(OrderDispatching orders, WorkerCalendar calendar, WorkerDirectory workers, CaseStore cases, OfferStore offers, DecisionLog decisions,
                              Ladder ladder, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.calendar = calendar;
        this.workers = workers;
        this.cases = cases;
        this.offers = offers;
        this.decisions = decisions;
        this.ladder = ladder;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public int advanceDue() {
        int moved = 0;
        for (UUID orderId : ownTransaction.execute(s -> cases.due(clock.instant(), DUE_BATCH))) {
            if (advance(orderId)) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * One case's escalation in its own transaction. Whatever goes wrong (a concurrent climb of the same
     * case, an offer the database's unique key refuses, a lost connection) rolls back this case alone
     * and leaves it due for the next tick; the other due cases still climb.
     */
    @Override
    public boolean advance(UUID orderId) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(s -> climb(orderId)));
        } catch (DomainException | StaleCase raced) {
            return false;
        } catch (RuntimeException failed) {
            LOG.warn("dispatch case of order {} did not climb ({}); it stays due for the next tick", orderId,
                    failed.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * The first climb of a case opened in the caller's transaction, with the order it read already: joins
     * that transaction, and a conflict on the rung throws, rolling back the opening with it.
     */
    boolean climbOpened(DispatchCase opened, DispatchOrder order) {
        // The caller inserted the case in this transaction and holds its row: nobody else can claim it, and nobody was asked yet.
        return climb(opened.orderId(), Optional.of(opened), Optional.of(order));
    }

    private boolean climb(UUID orderId) {
        // Claimed once: whoever holds the case (the new-order listener, a tick here or on another instance) climbs it.
        return climb(orderId, cases.claim(orderId), Optional.empty());
    }

    private boolean climb(UUID orderId, Optional<DispatchCase> found, Optional<DispatchOrder> known) {
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().deadline().isEmpty() || found.get().deadline().get().isAfter(now)) {
            return false;
        }
        DispatchCase c = found.get();
        DispatchOrder order = known.orElseGet(() -> orders.order(orderId));
        if (c.state() == CaseState.ASSIGNED) {
            // An automatic assignment's decline window is over: it stands.
            offers.ofOrder(orderId).stream().filter(o -> o.status() == OfferStatus.ASSIGNED)
                    .forEach(o -> offers.answer(o.id(), OfferStatus.ASSIGNED, OfferStatus.ACCEPTED, now, Optional.empty(), Optional.empty()));
            save(c.settled(c.workerId().orElseThrow()));
            decisions.record(orderId, "CONFIRMED", c.workerId(), Optional.empty(), "自动派单确认", now);
            return true;
        }
        if (order.status() != OrderStatus.AWAITING_ACCEPTANCE) {
            // Taken or cancelled by a path that did not reach this case yet.
            offers.closeOpen(orderId, order.workerId().isPresent() ? OfferStatus.GONE : OfferStatus.EXPIRED, Optional.empty(), now);
            save(order.workerId().map(c::settled).orElseGet(() -> c.closed(CaseState.CANCELLED)));
            return true;
        }
        if (!now.isBefore(order.time().start().minus(ladder.giveUpBeforeStart()))) {
            giveUp(c, now);
            return true;
        }
        Candidates candidates = new Candidates(order, now, orders, workers, offers, known.isPresent());
        for (int i = c.rung() + 1; i < ladder.rungs().size(); i++) {
            Rung rung = ladder.rungs().get(i);
            if (rung.step() == Step.OPERATOR) {
                save(c.flagged(i, now, now.plus(rung.timeout())));
                decisions.record(orderId, "FLAGGED", Optional.empty(), Optional.empty(), "无人接单,转人工处理", now);
                events.publishEvent(new DispatchFlagged(orderId, now));
                return true;
            }
            List<Ranked> chosen = candidates.forRung(rung);
            if (chosen.isEmpty()) {
                decisions.record(orderId, "SKIPPED", Optional.empty(), Optional.empty(), rung.step() + ": 没有可推送的家政人员", now);
                continue;
            }
            if (c.mode() == AssignmentMode.AUTO && rung.step() != Step.PREFERRED) {
                assignBest(c, i, rung, chosen.getFirst(), now);
            } else {
                offer(c, i, rung, chosen, now);
            }
            return true;
        }
        giveUp(c, now);
        return true;
    }

    /** Automatic mode: the best-ranked worker gets the order, and may decline it within the window. */
    private void assignBest(DispatchCase c, int rungIndex, Rung rung, Ranked best, Instant now) {
        UUID orderId = c.orderId();
        calendar.holdForBooking(best.workerId());
        orders.assign(orderId, best.workerId(), Actor.platform(), "自动派单");
        Instant declineUntil = now.plus(ladder.declineWindow());
        Offer offer = new Offer(Ids.newId(clock), orderId, best.workerId(), rung.step(), OfferStatus.ASSIGNED, best.score(),
                best.distanceMetres(), now, Optional.empty(), Optional.of(declineUntil), Optional.empty(), Optional.empty());
        offers.insert(offer);
        save(c.assigned(rungIndex, best.workerId(), Optional.of(declineUntil)));
        decisions.record(orderId, "AUTO_ASSIGNED", Optional.of(best.workerId()), Optional.empty(),
                rung.step() + " score=" + best.score() + " distance=" + best.distanceMetres(), now);
        events.publishEvent(new OrderAutoAssigned(offer.id(), orderId, best.workerId(), declineUntil, now));
    }

    /** Broadcast: every chosen worker gets an offer until the rung's timeout. */
    private void offer(DispatchCase c, int rungIndex, Rung rung, List<Ranked> chosen, Instant now) {
        UUID orderId = c.orderId();
        List<Offer> made = new ArrayList<>(chosen.size());
        for (Ranked r : chosen) {
            made.add(new Offer(Ids.newId(clock), orderId, r.workerId(), rung.step(), OfferStatus.OPEN, r.score(), r.distanceMetres(),
                    now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        // One statement and one event for the rung, however many workers it reaches.
        offers.insertAll(made);
        events.publishEvent(new OffersMade(orderId, rung.step().name(),
                made.stream().map(o -> new OffersMade.Made(o.id(), o.workerId())).toList(), now));
        save(c.offering(rungIndex, now.plus(rung.timeout())));
        decisions.record(orderId, "OFFERED", Optional.empty(), Optional.empty(), rung.step() + ": " + chosen.size() + " 人", now);
    }

    private void giveUp(DispatchCase c, Instant now) {
        orders.giveUp(c.orderId());
        offers.closeOpen(c.orderId(), OfferStatus.EXPIRED, Optional.empty(), now);
        save(c.closed(CaseState.UNFILLED));
        decisions.record(c.orderId(), "GAVE_UP", Optional.empty(), Optional.empty(), "无人接单,已通知客户并推荐其他时间", now);
    }

    private void save(DispatchCase next) {
        if (!cases.update(next)) {
            throw new StaleCase();
        }
    }

    /** Another transaction moved the case first; this one rolls back and the case is looked at again later. */
    static final class StaleCase extends RuntimeException {
        StaleCase() {
            super("dispatch case moved concurrently", null, false, false);
        }
    }
}
