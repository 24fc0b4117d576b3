package org.shangmen.dispatch.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.OrderDispatching.DispatchOrder;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.RejectionReason;
import org.shangmen.dispatch.api.DispatchAdministration;
import org.shangmen.dispatch.api.event.DispatchFlagged;
import org.shangmen.dispatch.api.event.OfferMade;
import org.shangmen.dispatch.api.event.OfferRejected;
import org.shangmen.dispatch.api.event.OrderAutoAssigned;
import org.shangmen.dispatch.api.event.OrderGone;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.shangmen.dispatch.application.port.in.AnswerOffers;
import org.shangmen.dispatch.application.port.in.StartDispatch;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.ModeStore;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.shangmen.dispatch.domain.Candidate;
import org.shangmen.dispatch.domain.CaseState;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.Ladder;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.dispatch.domain.OrderSnapshot;
import org.shangmen.dispatch.domain.Ranked;
import org.shangmen.dispatch.domain.Ranking;
import org.shangmen.dispatch.domain.Rung;
import org.shangmen.dispatch.domain.Step;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.api.WorkerDirectory;
import org.shangmen.worker.api.WorkerDirectory.WorkerCard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dispatch (C2.4, W2.1, W2.2, A3.1). A new order opens a case and climbs the ladder: each rung either
 * sends offers (broadcast) or assigns the best-ranked free worker directly (automatic mode), and
 * escalates by itself when its time is up. Winning an order is booking's compare-and-set on the order
 * and the worker's calendar in the same transaction; dispatch writes its own rows only after that, so
 * concurrent accepts queue on the order's row alone and cannot deadlock on offers.
 */
public class DispatchService implements StartDispatch, AdvanceDispatch, AnswerOffers, DispatchAdministration {

    static final Duration LOAD_WINDOW = Duration.ofDays(7);
    static final int DUE_BATCH = 100;

    private final OrderDispatching orders;
    private final WorkerDirectory workers;
    private final ServiceAreaDirectory areas;
    private final CaseStore cases;
    private final OfferStore offers;
    private final DecisionLog decisions;
    private final ModeStore modes;
    private final AssignmentMode defaultMode;
    private final Ladder ladder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public DispatchService(OrderDispatching orders, WorkerDirectory workers, ServiceAreaDirectory areas, CaseStore cases,
                           OfferStore offers, DecisionLog decisions, ModeStore modes, AssignmentMode defaultMode, Ladder ladder,
                           ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.workers = workers;
        this.areas = areas;
        this.cases = cases;
        this.offers = offers;
        this.decisions = decisions;
        this.modes = modes;
        this.defaultMode = defaultMode;
        this.ladder = ladder;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // --- the order's life ---

    @Override
    public void start(UUID orderId) {
        Boolean opened = ownTransaction.execute(s -> {
            if (cases.find(orderId).isPresent()) {
                return false;
            }
            DispatchOrder order = orders.order(orderId);
            if (order.status() != OrderStatus.AWAITING_ACCEPTANCE) {
                return false;
            }
            Instant now = clock.instant();
            AssignmentMode mode = modeFor(order);
            if (!cases.insert(DispatchCase.open(orderId, order.customerId(), mode, now), snapshot(order))) {
                return false;
            }
            decisions.record(orderId, "OPENED", Optional.empty(), Optional.empty(), "mode=" + mode, now);
            return true;
        });
        if (Boolean.TRUE.equals(opened)) {
            advanceQuietly(orderId);
        }
    }

    @Override
    public void reopen(UUID orderId, UUID formerWorkerId) {
        Boolean reopened = ownTransaction.execute(s -> {
            Optional<DispatchCase> found = cases.find(orderId);
            if (found.isEmpty() || found.get().state() != CaseState.ASSIGNED) {
                return false;
            }
            Instant now = clock.instant();
            withdrawOffersOf(orderId, formerWorkerId, now);
            cases.update(found.get().reopened(ladder.firstOpenRung() - 1, now));
            decisions.record(orderId, "REOPENED", Optional.of(formerWorkerId), Optional.empty(), "订单退回派单", now);
            return true;
        });
        if (Boolean.TRUE.equals(reopened)) {
            advanceQuietly(orderId);
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

    // --- the ladder ---

    @Override
    public int advanceDue() {
        int moved = 0;
        for (UUID orderId : ownTransaction.execute(s -> cases.due(clock.instant(), DUE_BATCH))) {
            if (advanceQuietly(orderId)) {
                moved++;
            }
        }
        return moved;
    }

    /** One case's escalation in its own transaction; a conflict leaves the case due for the next tick. */
    private boolean advanceQuietly(UUID orderId) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(s -> advance(orderId)));
        } catch (DomainException | StaleCase raced) {
            return false;
        }
    }

    private boolean advance(UUID orderId) {
        Optional<DispatchCase> found = cases.find(orderId);
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().deadline().isEmpty() || found.get().deadline().get().isAfter(now)) {
            return false;
        }
        DispatchCase c = found.get();
        DispatchOrder order = orders.order(orderId);
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
        Candidates candidates = new Candidates(order, now);
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
                Ranked best = chosen.getFirst();
                orders.assign(orderId, best.workerId(), Actor.platform(), "自动派单");
                Instant declineUntil = now.plus(ladder.declineWindow());
                Offer offer = new Offer(Ids.newId(clock), orderId, best.workerId(), rung.step(), OfferStatus.ASSIGNED, best.score(),
                        best.distanceMetres(), now, Optional.empty(), Optional.of(declineUntil), Optional.empty(), Optional.empty());
                offers.insert(offer);
                save(c.assigned(i, best.workerId(), Optional.of(declineUntil)));
                decisions.record(orderId, "AUTO_ASSIGNED", Optional.of(best.workerId()), Optional.empty(),
                        rung.step() + " score=" + best.score() + " distance=" + best.distanceMetres(), now);
                events.publishEvent(new OrderAutoAssigned(offer.id(), orderId, best.workerId(), declineUntil, now));
                return true;
            }
            for (Ranked r : chosen) {
                Offer offer = new Offer(Ids.newId(clock), orderId, r.workerId(), rung.step(), OfferStatus.OPEN, r.score(), r.distanceMetres(),
                        now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
                offers.insert(offer);
                events.publishEvent(new OfferMade(offer.id(), orderId, r.workerId(), rung.step().name(), now));
            }
            save(c.offering(i, now.plus(rung.timeout())));
            decisions.record(orderId, "OFFERED", Optional.empty(), Optional.empty(), rung.step() + ": " + chosen.size() + " 人", now);
            return true;
        }
        giveUp(c, now);
        return true;
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

    /** The free workers of one order, read once per climb and ranked per rung. */
    private final class Candidates {

        private final DispatchOrder order;
        private final Instant now;
        private List<Ranked> ranked;
        private Set<UUID> free;

        Candidates(DispatchOrder order, Instant now) {
            this.order = order;
            this.now = now;
        }

        List<Ranked> forRung(Rung rung) {
            Set<UUID> offered = offers.workersOf(order.orderId());
            if (rung.step() == Step.PREFERRED) {
                Optional<UUID> favoured = order.preferredWorkerId().or(order::previousWorkerId);
                if (favoured.isEmpty() || offered.contains(favoured.get()) || !free().contains(favoured.get())) {
                    return List.of();
                }
                return ranked().stream().filter(r -> r.workerId().equals(favoured.get())).toList();
            }
            List<Ranked> out = new ArrayList<>();
            for (Ranked r : ranked()) {
                if (out.size() >= rung.maxOffers()) {
                    break;
                }
                if (!offered.contains(r.workerId()) && (rung.radiusMetres() == 0 || r.distanceMetres() <= rung.radiusMetres())) {
                    out.add(r);
                }
            }
            return out;
        }

        private Set<UUID> free() {
            if (free == null) {
                free = new LinkedHashSet<>(orders.freeWorkers(order.orderId()));
            }
            return free;
        }

        private List<Ranked> ranked() {
            if (ranked == null) {
                Set<UUID> ids = free();
                Map<UUID, WorkerCard> cards = workers.cards(ids);
                Map<UUID, Integer> load = offers.recentLoad(ids, now.minus(LOAD_WINDOW));
                List<Candidate> candidates = new ArrayList<>(ids.size());
                for (UUID id : ids) {
                    WorkerCard card = cards.get(id);
                    if (card != null) {
                        candidates.add(new Candidate(id, card.home(), card.ratingTenths(), card.ratingCount(), card.experienceYears(),
                                load.getOrDefault(id, 0)));
                    }
                }
                Set<UUID> favoured = new HashSet<>();
                order.preferredWorkerId().ifPresent(favoured::add);
                order.previousWorkerId().ifPresent(favoured::add);
                ranked = Ranking.rank(order.place(), candidates, favoured);
            }
            return ranked;
        }
    }

    // --- workers ---

    @Override
    @Transactional(readOnly = true)
    public Page<OfferDetail> offers(UUID workerId, boolean openOnly, PageRequest page) {
        Page<Offer> found = offers.ofWorker(workerId, openOnly, page);
        Map<UUID, OrderSnapshot> snapshots = cases.snapshots(found.items().stream().map(Offer::orderId).distinct().toList());
        return found.map(o -> detail(o, snapshots.get(o.orderId())));
    }

    @Override
    @Transactional(readOnly = true)
    public OfferDetail offer(UUID workerId, UUID offerId) {
        Offer offer = own(workerId, offerId);
        return detail(offer, cases.snapshot(offer.orderId()).orElseThrow());
    }

    @Override
    @Transactional
    public OfferDetail accept(UUID workerId, UUID offerId) {
        Offer offer = own(workerId, offerId);
        requireOpen(offer);
        DispatchCase c = cases.find(offer.orderId()).orElseThrow(() -> DomainException.notFound("dispatch.offer-not-found"));
        if (!c.state().isOpen()) {
            throw c.state() == CaseState.ASSIGNED ? DomainException.conflict("dispatch.order-gone")
                    : DomainException.conflict("dispatch.offer-expired");
        }
        Instant now = clock.instant();
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
        forceSave(cases.find(offer.orderId()).orElseThrow().settled(workerId));
        decisions.record(offer.orderId(), "ACCEPTED", Optional.of(workerId), Optional.empty(), offer.step() + " 抢单成功", now);
        events.publishEvent(new OrderGone(offer.orderId(), workerId, losers, now));
        return offer(workerId, offerId);
    }

    @Override
    @Transactional
    public OfferDetail reject(UUID workerId, UUID offerId, RejectionReason reason, Optional<String> note) {
        Offer offer = own(workerId, offerId);
        requireOpen(offer);
        Optional<String> text = note.map(String::strip).filter(s -> !s.isEmpty());
        if (reason == RejectionReason.OTHER && text.isEmpty()) {
            throw DomainException.invalid("dispatch.reject-note-required");
        }
        if (text.isPresent() && text.get().length() > 200) {
            throw DomainException.invalid("dispatch.note-too-long", 200);
        }
        Instant now = clock.instant();
        if (!offers.answer(offerId, OfferStatus.OPEN, OfferStatus.REJECTED, now, Optional.of(reason.name()), text)) {
            throw DomainException.conflict("dispatch.offer-answered");
        }
        orders.noteRejection(offer.orderId(), workerId, reason, text);
        DispatchCase c = cases.find(offer.orderId()).orElseThrow();
        decisions.record(offer.orderId(), "REJECTED", Optional.of(workerId), Optional.empty(), reason.label() + text.map(t -> ": " + t).orElse(""), now);
        events.publishEvent(new OfferRejected(offer.orderId(), c.customerId(), workerId, reason.name(), reason.label(), text, now));
        if (c.state() == CaseState.OFFERING && offers.ofOrder(offer.orderId()).stream().noneMatch(o -> o.status() == OfferStatus.OPEN)) {
            // Everyone asked has said no: escalate at the next tick rather than wait out the rung.
            forceSave(new DispatchCase(c.orderId(), c.customerId(), c.mode(), c.state(), c.rung(), Optional.of(now), c.workerId(),
                    c.flaggedAt(), c.createdAt(), c.version() + 1));
        }
        return offer(workerId, offerId);
    }

    @Override
    @Transactional
    public OfferDetail decline(UUID workerId, UUID offerId, Optional<String> note) {
        Offer offer = own(workerId, offerId);
        Instant now = clock.instant();
        if (offer.status() != OfferStatus.ASSIGNED || offer.declineUntil().isEmpty() || !now.isBefore(offer.declineUntil().get())) {
            throw DomainException.conflict("dispatch.decline-window-over");
        }
        orders.returnToDispatch(offer.orderId(), Actor.worker(workerId), "师傅婉拒自动派单" + note.map(n -> ": " + n.strip()).orElse(""));
        offers.answer(offerId, OfferStatus.ASSIGNED, OfferStatus.DECLINED, now, Optional.empty(), note.map(String::strip));
        DispatchCase c = cases.find(offer.orderId()).orElseThrow();
        // The same rung again, for the next-best worker.
        forceSave(c.reopened(c.rung() - 1, now));
        decisions.record(offer.orderId(), "DECLINED", Optional.of(workerId), Optional.empty(), "自动派单被婉拒", now);
        return offer(workerId, offerId);
    }

    @Override
    @Transactional
    public void withdraw(UUID workerId, UUID orderId, String reason) {
        DispatchCase c = cases.find(orderId).filter(k -> k.workerId().equals(Optional.of(workerId)) && k.state() == CaseState.ASSIGNED)
                .orElseThrow(() -> DomainException.notFound("dispatch.assignment-not-found"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw DomainException.invalid("dispatch.withdraw-reason-required", 200);
        }
        Instant now = clock.instant();
        orders.returnToDispatch(orderId, Actor.worker(workerId), why);
        withdrawOffersOf(orderId, workerId, now);
        forceSave(c.reopened(ladder.firstOpenRung() - 1, now));
        decisions.record(orderId, "WITHDRAWN", Optional.of(workerId), Optional.empty(), why, now);
    }

    private void withdrawOffersOf(UUID orderId, UUID workerId, Instant now) {
        for (Offer o : offers.ofOrder(orderId)) {
            if (o.workerId().equals(workerId) && (o.status() == OfferStatus.ACCEPTED || o.status() == OfferStatus.ASSIGNED)) {
                offers.answer(o.id(), o.status(), OfferStatus.WITHDRAWN, now, Optional.empty(), Optional.empty());
            }
        }
    }

    private void forceSave(DispatchCase next) {
        // Written under the order's row lock: the order's own state already decided; a concurrent climb will find its version stale.
        DispatchCase current = cases.find(next.orderId()).orElseThrow();
        DispatchCase rebased = new DispatchCase(next.orderId(), next.customerId(), next.mode(), next.state(), next.rung(), next.deadline(),
                next.workerId(), next.flaggedAt(), next.createdAt(), current.version() + 1);
        if (!cases.update(rebased)) {
            throw DomainException.conflict("dispatch.case-busy");
        }
    }

    private Offer own(UUID workerId, UUID offerId) {
        return offers.find(offerId).filter(o -> o.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("dispatch.offer-not-found"));
    }

    private static void requireOpen(Offer offer) {
        switch (offer.status()) {
            case OPEN -> { }
            case GONE -> throw DomainException.conflict("dispatch.order-gone");
            case EXPIRED -> throw DomainException.conflict("dispatch.offer-expired");
            default -> throw DomainException.conflict("dispatch.offer-answered");
        }
    }

    private OfferDetail detail(Offer offer, OrderSnapshot snapshot) {
        Optional<String> community = snapshot.communityId().flatMap(areas::community).map(ServiceAreaDirectory.CommunityView::name);
        Optional<Instant> openUntil = offer.status() == OfferStatus.OPEN
                ? Optional.of(snapshot.startsAt().minus(ladder.giveUpBeforeStart())) : offer.declineUntil();
        return new OfferDetail(offer, snapshot, community, openUntil);
    }

    // --- operators ---

    @Override
    @Transactional
    public void assign(UUID orderId, UUID workerId, UUID operatorId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw DomainException.invalid("dispatch.assign-reason-required", 200);
        }
        DispatchOrder order = orders.order(orderId);
        Instant now = clock.instant();
        if (order.workerId().equals(Optional.of(workerId))) {
            throw DomainException.conflict("dispatch.already-assigned");
        }
        if (order.status() == OrderStatus.AWAITING_PAYMENT && order.workerId().isPresent()) {
            orders.returnToDispatch(orderId, Actor.operator(operatorId), "改派: " + why);
            withdrawOffersOf(orderId, order.workerId().get(), now);
        } else if (order.status() != OrderStatus.AWAITING_ACCEPTANCE) {
            throw DomainException.conflict("dispatch.order-not-assignable", order.status().label());
        }
        orders.assign(orderId, workerId, Actor.operator(operatorId), why);
        Optional<Offer> existing = offers.ofOrder(orderId).stream().filter(o -> o.workerId().equals(workerId)).findFirst();
        if (existing.isPresent()) {
            offers.answer(existing.get().id(), existing.get().status(), OfferStatus.ACCEPTED, now, Optional.empty(), Optional.empty());
        } else {
            offers.insert(new Offer(Ids.newId(clock), orderId, workerId, Step.OPERATOR, OfferStatus.ACCEPTED, 0, 0, now, Optional.of(now),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        List<UUID> losers = offers.closeOpen(orderId, OfferStatus.GONE, Optional.empty(), now);
        Optional<DispatchCase> c = cases.find(orderId);
        if (c.isPresent()) {
            forceSave(c.get().settled(workerId));
        } else {
            cases.insert(DispatchCase.open(orderId, order.customerId(), modeFor(order), now).settled(workerId), snapshot(order));
        }
        decisions.record(orderId, order.workerId().isPresent() ? "REASSIGNED" : "MANUAL_ASSIGNED", Optional.of(workerId),
                Optional.of(operatorId), why, now);
        events.publishEvent(new OrderGone(orderId, workerId, losers, now));
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

    @Override
    @Transactional(readOnly = true)
    public List<ModeView> modes() {
        return modes.all();
    }

    @Override
    @Transactional
    public ModeView setMode(String scope, String key, String mode, UUID operatorId) {
        String s = scope(scope);
        String k = key(s, key);
        AssignmentMode m;
        try {
            m = AssignmentMode.valueOf(mode == null ? "" : mode.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("dispatch.mode-invalid");
        }
        Instant now = clock.instant();
        modes.put(s, k, m, operatorId, now);
        return new ModeView(s, k, m.name(), operatorId, now);
    }

    @Override
    @Transactional
    public void clearMode(String scope, String key) {
        String s = scope(scope);
        modes.remove(s, key(s, key));
    }

    private static String scope(String scope) {
        String s = scope == null ? "" : scope.strip().toUpperCase(java.util.Locale.ROOT);
        if (!s.equals("CITY") && !s.equals("ITEM")) {
            throw DomainException.invalid("dispatch.mode-scope-invalid");
        }
        return s;
    }

    private static String key(String scope, String key) {
        String k = key == null ? "" : key.strip();
        boolean valid = scope.equals("CITY") ? k.matches("\\d{4}00") && !k.endsWith("0000") : k.matches("[a-z0-9-]{1,64}");
        if (!valid) {
            throw DomainException.invalid("dispatch.mode-key-invalid");
        }
        return k;
    }

    private AssignmentMode modeFor(DispatchOrder order) {
        for (String code : order.itemCodes()) {
            Optional<AssignmentMode> item = modes.of("ITEM", code);
            if (item.isPresent()) {
                return item.get();
            }
        }
        return order.district().city().flatMap(city -> modes.of("CITY", city.value())).orElse(defaultMode);
    }

    private static OrderSnapshot snapshot(DispatchOrder order) {
        return new OrderSnapshot(order.orderId(), order.itemNames(), order.district().value(), order.communityId(), order.place(),
                order.time().start(), order.time().end(), order.requirements(), order.totalFen());
    }
}
