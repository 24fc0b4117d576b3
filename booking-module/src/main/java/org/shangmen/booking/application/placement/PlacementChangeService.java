package org.shangmen.booking.application.placement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shangmen.booking.api.event.PlacementChanged;
import org.shangmen.booking.api.event.PlacementEnded;
import org.shangmen.booking.api.event.PlacementPeriodSettled;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements;
import org.shangmen.booking.application.port.in.placement.ChangePlacements;
import org.shangmen.booking.application.port.in.placement.SettlePlacements;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.booking.application.port.out.placement.SubstitutionStore;
import org.shangmen.booking.domain.placement.Contract;
import org.shangmen.booking.domain.placement.Instalment;
import org.shangmen.booking.domain.placement.Substitution;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C2.4, C4.2 a contracted placement over time: extension (the worker's calendar grows under the same
 * overlap guarantee), early end by notice with the pro-rata refund the contract allows, and the
 * settlement of each paid period once it is over, which is when the worker earns it (a substitute earns
 * the leave days they served in it).
 */
public class PlacementChangeService implements ChangePlacements, SettlePlacements {

    static final int SETTLE_BATCH = 100;

    private final PlacementStore placements;
    private final SubstitutionStore substitutions;
    private final ArrangePlacements arrange;
    private final WorkerCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public PlacementChangeService(PlacementStore placements, SubstitutionStore substitutions, ArrangePlacements arrange,
                                  WorkerCalendar calendar, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                                  Clock clock) {
        this.placements = placements;
        this.substitutions = substitutions;
        this.arrange = arrange;
        this.calendar = calendar;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Placement extend(UUID customerId, UUID placementId, int extraDays) {
        Placement placement = arrange.ofCustomer(customerId, placementId);
        if (placement.endReason().isPresent()) {
            throw DomainException.conflict("booking.placement-not-running");
        }
        Placement extended = placement.extend(extraDays, Ids.newId(clock));
        UUID worker = extended.workerId().orElseThrow();
        calendar.holdForBooking(worker);
        var added = Placement.span(placement.endsOn(), extended.endsOn());
        if (!calendar.freeThroughout(java.util.Set.of(worker), added).contains(worker)) {
            throw DomainException.conflict("booking.placement-worker-busy", worker);
        }
        calendar.moveEnd(placementId, added.end());
        save(extended);
        events.publishEvent(new PlacementChanged(placementId, customerId, worker, "EXTENDED", extended.endsOn(), clock.instant()));
        return extended;
    }

    @Override
    @Transactional
    public Placement.Ended endEarly(UUID customerId, UUID placementId, LocalDate firstDayNotServed, String reason) {
        if (firstDayNotServed == null) {
            throw DomainException.invalid("booking.placement-end-date-invalid", 0);
        }
        Placement placement = arrange.ofCustomer(customerId, placementId);
        if (placement.endReason().isPresent()) {
            throw DomainException.conflict("booking.placement-not-running");
        }
        String why = reason == null || reason.isBlank() ? "customer" : reason.strip().substring(0, Math.min(200, reason.strip().length()));
        Instant now = clock.instant();
        Placement.Ended ended = placement.endEarly(firstDayNotServed, LocalDate.now(clock.withZone(Zones.CHINA)), why);
        UUID worker = placement.workerId().orElseThrow();
        calendar.moveEnd(placementId, firstDayNotServed.atStartOfDay(Zones.CHINA).toInstant());
        // Substitutes' days after the end are freed too.
        for (Substitution sub : substitutions.ofPlacement(placementId)) {
            if (!sub.firstDay().isBefore(firstDayNotServed)) {
                calendar.release(sub.id());
            } else if (sub.endDay().isAfter(firstDayNotServed)) {
                calendar.moveEnd(sub.id(), firstDayNotServed.atStartOfDay(Zones.CHINA).toInstant());
            }
        }
        save(ended.placement());
        events.publishEvent(new PlacementChanged(placementId, customerId, worker, "ENDING_EARLY", firstDayNotServed, now));
        events.publishEvent(new PlacementEnded(placementId, customerId, worker, ended.heldFen(), ended.feeFen(), true, now));
        return ended;
    }

    @Override
    public int settleDue() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        List<UUID> due = ownTransaction.execute(s -> placements.dueForSettlement(today, SETTLE_BATCH));
        int touched = 0;
        for (UUID id : due == null ? List.<UUID>of() : due) {
            if (Boolean.TRUE.equals(ownTransaction.execute(s -> settleOne(id, today)))) {
                touched++;
            }
        }
        return touched;
    }

    /** One placement, in its own transaction: its periods that are over, and its end when the span is over. */
    private boolean settleOne(UUID placementId, LocalDate today) {
        Placement placement = placements.find(placementId).orElseThrow();
        Placement.Settled settled = placement.settle(today);
        if (settled.settledNow().isEmpty() && !settled.ended()) {
            return false;
        }
        save(settled.placement());
        Instant now = clock.instant();
        UUID worker = placement.workerId().orElseThrow();
        List<Substitution> substitutes = substitutions.ofPlacement(placementId);
        long daily = placement.contract().map(Contract::dailyPriceFen).orElse(0L);
        for (Instalment i : settled.settledNow()) {
            long mainFen = i.earnedFen();
            // A substitute earns the leave days they served within the period, at the contract's daily price.
            for (Substitution sub : substitutes) {
                long subFen = Math.min(mainFen, Math.multiplyExact(sub.daysWithin(i.periodStart(), i.periodEnd()), daily));
                if (subFen > 0) {
                    mainFen -= subFen;
                    UUID settlementId = UUID.nameUUIDFromBytes(("substitute:" + i.id() + ":" + sub.id()).getBytes(StandardCharsets.UTF_8));
                    events.publishEvent(new PlacementPeriodSettled(settlementId, placementId, sub.workerId(), subFen, placement.itemCode(),
                            placement.district().value(), now));
                }
            }
            if (mainFen > 0) {
                events.publishEvent(new PlacementPeriodSettled(i.id(), placementId, worker, mainFen, placement.itemCode(),
                        placement.district().value(), now));
            }
        }
        if (settled.ended() && placement.endReason().isEmpty()) {
            events.publishEvent(new PlacementEnded(placementId, placement.customerId(), worker, placement.depositHeldFen(), 0, false, now));
        }
        return true;
    }

    private void save(Placement placement) {
        if (!placements.update(placement)) {
            throw DomainException.conflict("booking.placement-changed");
        }
    }
}
