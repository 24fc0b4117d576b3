package org.shangmen.booking.application.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.event.PlacementSubstituteSought;
import org.shangmen.booking.api.event.PlacementSubstituted;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.FreeWorker;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.SpanQuery;
import org.shangmen.booking.application.port.in.placement.ArrangeSubstitutes;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.booking.application.port.out.placement.SubstituteRequestStore;
import org.shangmen.booking.application.port.out.placement.SubstitutionStore;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.booking.domain.placement.PlacementStatus;
import org.shangmen.booking.domain.placement.SubstituteRequest;
import org.shangmen.booking.domain.placement.Substitution;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * C2.4 a substitute for leave days of a placement's worker: sought through dispatch's ladder like an
 * order (a {@link SubstituteRequest} that {@link SubstituteDispatchService} shows to dispatch), or, when
 * the customer picks one (say after nobody took the offer), the named worker among those with the item's
 * skill who serve the district and are free every one of those days (the whole-span search) takes them; their calendar holds the days under the substitution's id with the same
 * guarantee against overlaps as any booking, decided under the substitute's lock.
 */
public class PlacementSubstituteService implements ArrangeSubstitutes {

    private final PlacementStore placements;
    private final SubstitutionStore substitutions;
    private final SubstituteRequestStore requests;
    private final PlacementSearchService search;
    private final WorkerCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PlacementSubstituteService(PlacementStore placements, SubstitutionStore substitutions, SubstituteRequestStore requests,
                                      PlacementSearchService search, WorkerCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.placements = placements;
        this.substitutions = substitutions;
        this.search = search;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SubstituteRequest seek(LeaveCommand c) {
        return seek(leaveOf(c), c);
    }

    @Override
    @Transactional
    public SubstituteRequest leave(LeaveCommand c) {
        Placement placement = leaveOf(c);
        if (c.substituteId().isEmpty()) {
            return seek(placement, c);
        }
        return SubstituteRequest.named(arrange(placement, c), placement.customerId());
    }

    private SubstituteRequest seek(Placement placement, LeaveCommand c) {
        LocalDate endDay = c.firstDay().plusDays(c.days());
        SubstituteRequest request = SubstituteRequest.seek(Ids.newId(clock), placement, c.firstDay(), endDay, c.reason(), clock.instant());
        requests.insert(request);
        // Dispatch opens its case for the request after this commits, and climbs its ladder like an order's.
        events.publishEvent(new PlacementSubstituteSought(request.id(), placement.id(), placement.customerId(), c.firstDay(), endDay,
                clock.instant()));
        return request;
    }

    @Override
    @Transactional
    public Substitution arrange(LeaveCommand c) {
        return arrange(leaveOf(c), c);
    }

    private Substitution arrange(Placement placement, LeaveCommand c) {
        LocalDate endDay = c.firstDay().plusDays(c.days());
        UUID main = placement.workerId().orElseThrow();
        List<UUID> free = search.free(new SpanQuery(placement.itemId(), placement.district(), c.firstDay(), endDay)).stream()
                .map(FreeWorker::workerId).filter(w -> !w.equals(main)).toList();
        UUID substitute = c.substituteId().orElseGet(() -> free.stream().findFirst()
                .orElseThrow(() -> DomainException.conflict("booking.placement-no-free-worker")));
        if (!free.contains(substitute)) {
            throw DomainException.conflict("booking.placement-worker-busy", substitute);
        }
        var span = Placement.span(c.firstDay(), endDay);
        calendar.holdForBooking(substitute);
        if (!calendar.freeThroughout(Set.of(substitute), span).contains(substitute)) {
            throw DomainException.conflict("booking.placement-worker-busy", substitute);
        }
        Substitution substitution = new Substitution(Ids.newId(clock), placement.id(), main, substitute, c.firstDay(), endDay, c.reason(),
                clock.instant());
        calendar.book(substitute, substitution.id(), span);
        substitutions.insert(substitution);
        events.publishEvent(new PlacementSubstituted(substitution.id(), placement.id(), placement.customerId(), main, substitute,
                c.firstDay(), endDay, clock.instant()));
        return substitution;
    }

    /** The running placement of the requester whose leave days are within its span, from tomorrow on, and not substituted or sought yet. */
    private Placement leaveOf(LeaveCommand c) {
        Placement placement = placements.find(c.placementId())
                .filter(p -> c.byWorker() ? p.workerId().filter(c.requesterId()::equals).isPresent() : p.customerId().equals(c.requesterId()))
                .orElseThrow(() -> DomainException.notFound("booking.placement-not-found"));
        if (placement.endReason().isPresent()
                || (placement.status() != PlacementStatus.CONTRACTED && placement.status() != PlacementStatus.ACTIVE)) {
            throw DomainException.conflict("booking.placement-not-running");
        }
        LocalDate endDay = c.firstDay().plusDays(c.days());
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        if (!c.firstDay().isAfter(today) || c.firstDay().isBefore(placement.startsOn()) || endDay.isAfter(placement.endsOn())) {
            throw DomainException.invalid("booking.placement-leave-invalid", LeaveCommand.MAX_DAYS);
        }
        if (substitutions.ofPlacement(placement.id()).stream().anyMatch(s -> s.overlaps(c.firstDay(), endDay))
                || requests.ofPlacement(placement.id()).stream().anyMatch(r -> r.blocks(c.firstDay(), endDay))) {
            throw DomainException.conflict("booking.placement-leave-overlaps");
        }
        return placement;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SubstituteRequest> requests(UUID customerId, UUID placementId) {
        placements.find(placementId).filter(p -> p.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("booking.placement-not-found"));
        return requests.ofPlacement(placementId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Substitution> substitutions(UUID accountId, boolean customer, UUID placementId) {
        Placement placement = placements.find(placementId).orElseThrow(() -> DomainException.notFound("booking.placement-not-found"));
        List<Substitution> all = substitutions.ofPlacement(placementId);
        if (customer) {
            if (!placement.customerId().equals(accountId)) {
                throw DomainException.notFound("booking.placement-not-found");
            }
            return all;
        }
        List<Substitution> hers = all.stream().filter(s -> s.mainWorkerId().equals(accountId) || s.workerId().equals(accountId)).toList();
        if (hers.isEmpty() && placement.workerId().filter(accountId::equals).isEmpty()) {
            throw DomainException.notFound("booking.placement-not-found");
        }
        return hers;
    }
}
