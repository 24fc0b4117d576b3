package org.shangmen.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.OrderDispatching.DispatchOrder;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.dispatch.application.port.in.StartDispatch;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.shangmen.dispatch.domain.CaseState;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.Ladder;
import org.shangmen.dispatch.domain.OfferStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C2.4: the order's own life seen by dispatch. A new order opens a case and climbs its first rung; an
 * order back without a worker returns to the ladder; a moved visit moves the snapshot; a cancelled
 * order closes the case. Each step runs in its own transaction, so that a conflict on a rung does not
 * undo the opened case.
 */
public class OpenDispatchService implements StartDispatch {

    private final OrderDispatching orders;
    private final CaseStore cases;
    private final OfferStore offers;
    private final DecisionLog decisions;
    private final CaseOpening opening;
    private final Ladder ladder;
    private final ClimbLadderService climb;
    private final boolean openAndClimbTogether;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public OpenDispatchService(OrderDispatching orders, CaseStore cases, OfferStore offers, DecisionLog decisions, CaseOpening opening,
                               Ladder ladder, ClimbLadderService climb, PlatformTransactionManager transactions, Clock clock) {
        this(orders, cases, offers, decisions, opening, ladder, climb, transactions, clock, true);
    }

    /** {@code openAndClimbTogether} false: the case opens in one transaction and climbs in another (the load driver's comparison). */
    public OpenDispatchService(OrderDispatching orders, CaseStore cases, OfferStore offers, DecisionLog decisions, CaseOpening opening,
                               Ladder ladder, ClimbLadderService climb, PlatformTransactionManager transactions, Clock clock,
                               boolean openAndClimbTogether) {
        this.openAndClimbTogether = openAndClimbTogether;
        this.orders = orders;
        this.cases = cases;
        this.offers = offers;
        this.decisions = decisions;
        this.opening = opening;
        this.ladder = ladder;
        this.climb = climb;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void start(UUID orderId) {
        if (openAndClimbTogether) {
            try {
                // The usual case in one transaction: the case opens and climbs its first rung, so the tick never sees it unclimbed.
                ownTransaction.execute(s -> open(orderId).map(opened -> climb.climbOpened(opened.dispatchCase(), opened.order())).orElse(false));
                return;
            } catch (RuntimeException conflict) {
                // A conflict on the first rung (a worker booked meanwhile): open alone, and climb on its own below.
            }
        }
        if (ownTransaction.execute(s -> open(orderId)).isPresent()) {
            climb.advance(orderId);
        }
    }

    private record Opened(DispatchCase dispatchCase, DispatchOrder order) {
    }

    /** Opens the case of a new order awaiting acceptance; empty when it has one already or is no longer waiting. */
    private Optional<Opened> open(UUID orderId) {
        if (cases.find(orderId).isPresent()) {
            return Optional.empty();
        }
        DispatchOrder order = orders.order(orderId);
        if (order.status() != OrderStatus.AWAITING_ACCEPTANCE) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        AssignmentMode mode = opening.modeFor(order);
        DispatchCase opened = DispatchCase.open(orderId, order.customerId(), mode, now);
        if (!cases.insert(opened, CaseOpening.snapshotOf(order))) {
            return Optional.empty();
        }
        decisions.record(orderId, "OPENED", Optional.empty(), Optional.empty(), "mode=" + mode, now);
        return Optional.of(new Opened(opened, order));
    }

    @Override
    public void reopen(UUID orderId, UUID formerWorkerId) {
        Boolean reopened = ownTransaction.execute(s -> {
            Optional<DispatchCase> found = cases.find(orderId);
            if (found.isEmpty() || found.get().state() != CaseState.ASSIGNED) {
                return false;
            }
            Instant now = clock.instant();
            offers.withdrawHeldBy(orderId, formerWorkerId, now);
            cases.update(found.get().reopened(ladder.firstOpenRung() - 1, now));
            decisions.record(orderId, "REOPENED", Optional.of(formerWorkerId), Optional.empty(), "订单退回派单", now);
            return true;
        });
        if (Boolean.TRUE.equals(reopened)) {
            climb.advance(orderId);
        }
    }

    @Override
    public void rescheduled(UUID orderId, Instant startsAt, Instant endsAt) {
        ownTransaction.executeWithoutResult(s -> cases.moveTime(orderId, startsAt, endsAt));
    }

    @Override
    public void cancelled(UUID orderId) {
        ownTransaction.executeWithoutResult(s -> cases.find(orderId).filter(c -> c.state().isOpen() || c.state() == CaseState.ASSIGNED)
                .ifPresent(c -> {
                    Instant now = clock.instant();
                    offers.closeOpen(orderId, OfferStatus.EXPIRED, Optional.empty(), now);
                    cases.update(c.closed(CaseState.CANCELLED));
                    decisions.record(orderId, "CLOSED", Optional.empty(), Optional.empty(), "客户取消", now);
                }));
    }
}
