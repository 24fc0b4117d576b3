package org.shangmen.booking.application.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.event.PlacementContracted;
import org.shangmen.booking.application.port.in.QuoteBasket;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.booking.domain.placement.Candidate;
import org.shangmen.booking.domain.placement.Contract;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * C2.4 matching a long placement: the request with its shortlist (each worker free for the whole span),
 * the workers' answers to their interviews, and the customer's choice, which prices the contract from
 * the catalogue and reserves the worker's whole span in one transaction.
 */
public class PlacementService implements ArrangePlacements {

    private final PlacementStore placements;
    private final PlacementSearchService search;
    private final QuoteBasket quotes;
    private final WorkerCalendar calendar;
    private final PlacementTerms terms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PlacementService(PlacementStore placements, PlacementSearchService search, QuoteBasket quotes, WorkerCalendar calendar,
                            PlacementTerms terms, ApplicationEventPublisher events, Clock clock) {
        this.placements = placements;
        this.search = search;
        this.quotes = quotes;
        this.calendar = calendar;
        this.terms = terms;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Page<FreeWorker> freeWorkers(SpanQuery query, PageRequest page) {
        return search.free(query, page);
    }

    @Override
    @Transactional
    public Placement request(RequestCommand command) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        SpanQuery span = command.span();
        if (span.startsOn().isBefore(today.plusDays(1)) || span.startsOn().isAfter(today.plusDays(180))) {
            throw DomainException.invalid("booking.placement-start-invalid", 180);
        }
        ServiceItem item = search.dailyItem(span.itemId());
        dailyPrice(item, command.options(), span, command);
        List<UUID> free = search.free(span).stream().map(FreeWorker::workerId).toList();
        List<Invitation> invitations = command.recommend()
                ? free.stream().limit(Placement.MAX_SHORTLIST)
                .map(w -> new Invitation(w, command.recommendInterviewAt().orElseThrow(), command.recommendMode())).toList()
                : command.shortlist();
        if (invitations.isEmpty()) {
            throw DomainException.conflict("booking.placement-no-free-worker");
        }
        for (Invitation i : invitations) {
            if (!free.contains(i.workerId())) {
                throw DomainException.conflict("booking.placement-worker-busy", i.workerId());
            }
        }
        List<Candidate> shortlist = invitations.stream().map(i -> new Candidate(i.workerId(), i.interviewAt(), i.mode(),
                Candidate.Status.INVITED, java.util.Optional.empty())).toList();
        Placement placement = Placement.request(Ids.newId(clock), command.customerId(), item.id(), item.code(), item.name(),
                command.options(), span.district(), command.point(), span.startsOn(), span.endsOn(), command.liveIn(), shortlist, now);
        placements.insert(placement);
        return placement;
    }

    @Override
    @Transactional
    public Placement answerInterview(UUID workerId, UUID placementId, boolean accept) {
        Placement answered = ofWorker(workerId, placementId).answer(workerId, accept, clock.instant());
        save(answered);
        return answered;
    }

    @Override
    @Transactional
    public Placement choose(ChooseCommand command) {
        Placement placement = ofCustomer(command.customerId(), command.placementId());
        Instant now = clock.instant();
        ServiceItem item = search.dailyItem(placement.itemId());
        long daily = dailyPrice(item, placement.options(), new SpanQuery(item.id(), placement.district(), placement.startsOn(),
                placement.endsOn()), null);
        List<String> included = command.included().isEmpty() ? item.standards() : command.included();
        Contract contract = new Contract(daily, Math.multiplyExact((long) terms.depositDays(), daily), command.plan(),
                command.restDaysPerMonth(), included, terms.trialDays(), terms.noticeDays(), terms.earlyEndFeeDays(), now);
        Placement chosen = placement.choose(command.workerId(), contract, () -> Ids.newId(clock), now);
        // One worker's bookings are decided one after another: the span is checked and booked under the worker's lock,
        // and the calendar's quarter-hour cells refuse any overlap a concurrent booking could still make.
        calendar.holdForBooking(command.workerId());
        if (!calendar.freeThroughout(Set.of(command.workerId()), placement.span()).contains(command.workerId())) {
            throw DomainException.conflict("booking.placement-worker-busy", command.workerId());
        }
        calendar.book(command.workerId(), placement.id(), placement.span());
        save(chosen);
        events.publishEvent(new PlacementContracted(chosen.id(), chosen.customerId(), command.workerId(), chosen.startsOn(),
                chosen.endsOn(), now));
        return chosen;
    }

    @Override
    @Transactional
    public Placement cancelRequest(UUID customerId, UUID placementId, String reason) {
        Placement cancelled = ofCustomer(customerId, placementId).cancelRequest(reason == null || reason.isBlank() ? "customer"
                : reason.strip().substring(0, Math.min(200, reason.strip().length())));
        save(cancelled);
        return cancelled;
    }

    @Override
    @Transactional(readOnly = true)
    public Placement ofCustomer(UUID customerId, UUID placementId) {
        return placements.find(placementId).filter(p -> p.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("booking.placement-not-found"));
    }

    @Override
    @Transactional(readOnly = true)
    public Placement ofWorker(UUID workerId, UUID placementId) {
        return placements.find(placementId)
                .filter(p -> p.workerId().filter(workerId::equals).isPresent() || p.candidate(workerId).isPresent())
                .orElseThrow(() -> DomainException.notFound("booking.placement-not-found"));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Placement> customerPlacements(UUID customerId, PageRequest page) {
        return placements.ofCustomer(customerId, page);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Placement> workerPlacements(UUID workerId, PageRequest page) {
        return placements.ofWorker(workerId, page);
    }

    /** One day's price of the item with the customer's options, by the catalogue and the district's price range. */
    private long dailyPrice(ServiceItem item, Map<String, Object> options, SpanQuery span, RequestCommand command) {
        Map<String, Object> oneDay = new HashMap<>(options);
        item.quantityOption().ifPresent(q -> oneDay.put(q.key(), 1));
        var quote = quotes.quote(new QuoteBasket.QuoteCommand(List.of(new QuoteBasket.BasketLine(item.id(), oneDay)), span.district(),
                java.util.Optional.empty(), command == null ? java.util.Optional.empty() : command.point(),
                span.startsOn().atStartOfDay(Zones.CHINA).toInstant()));
        return quote.lines().stream().mapToLong(QuotedItem::lineTotalFen).sum();
    }

    private void save(Placement placement) {
        if (!placements.update(placement)) {
            throw DomainException.conflict("booking.placement-changed");
        }
    }
}
