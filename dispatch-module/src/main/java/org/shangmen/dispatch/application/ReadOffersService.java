package org.shangmen.dispatch.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.WorkerPayEstimates;
import org.shangmen.dispatch.application.port.in.ReadOffers;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.Ladder;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.dispatch.domain.OrderSnapshot;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerBadges;
import org.springframework.transaction.annotation.Transactional;

/** W2.1: a worker's offers with what the worker sees of each order before taking it. */
public class ReadOffersService implements ReadOffers {

    private final OrderDispatching orders;
    private final CaseStore cases;
    private final OfferStore offers;
    private final ServiceAreaDirectory areas;
    private final Ladder ladder;
    private final Optional<WorkerPayEstimates> pay;
    private final WorkerBadges badges;
    private final Clock clock;

    /** @param pay billing's pay estimates, when billing is there */
    public ReadOffersService(OrderDispatching orders, CaseStore cases, OfferStore offers, ServiceAreaDirectory areas, Ladder ladder,
                             Optional<WorkerPayEstimates> pay, WorkerBadges badges, Clock clock) {
        this.pay = pay;
        this.badges = badges;
        this.clock = clock;
        this.orders = orders;
        this.cases = cases;
        this.offers = offers;
        this.areas = areas;
        this.ladder = ladder;
    }

    /**
     * One page of the worker's offers, read in a fixed number of statements whatever its length: the
     * offers, their cases, their orders, the worker's badges and the badge rules, and the pay rules.
     */
    @Override
    @Transactional(readOnly = true)
    public Page<OfferDetail> offers(UUID workerId, boolean openOnly, PageRequest page) {
        Page<Offer> found = offers.ofWorker(workerId, openOnly, page);
        return found.map(details(workerId, found.items())::get);
    }

    @Override
    @Transactional(readOnly = true)
    public OfferDetail offer(UUID workerId, UUID offerId) {
        Offer offer = offers.find(offerId).filter(o -> o.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("dispatch.offer-not-found"));
        return details(workerId, List.of(offer)).get(offer);
    }

    private Map<Offer, OfferDetail> details(UUID workerId, List<Offer> listed) {
        if (listed.isEmpty()) {
            return Map.of();
        }
        List<UUID> orderIds = listed.stream().map(Offer::orderId).distinct().toList();
        Map<UUID, OrderSnapshot> snapshots = cases.snapshots(orderIds);
        Map<UUID, OrderDispatching.OfferedOrder> ordered = orders.offered(orderIds);
        for (UUID id : orderIds) {
            if (!snapshots.containsKey(id) || !ordered.containsKey(id)) {
                throw DomainException.notFound("dispatch.offer-not-found");
            }
        }
        List<Offer> offersListed = List.copyOf(listed);
        Optional<long[]> shares = pay.map(p -> p.workerSharesFen(workerId, offersListed.stream().map(o -> {
            List<QuotedItem> lines = ordered.get(o.orderId()).lines();
            return new WorkerPayEstimates.Priced(lines.stream().map(QuotedItem::itemCode).toList(), snapshots.get(o.orderId()).districtCode(),
                    lines.stream().mapToLong(QuotedItem::lineTotalFen).sum(), snapshots.get(o.orderId()).startsAt());
        }).toList()));
        Map<Skill, List<WorkerBadges.Requirement>> required = badges.requirements();
        List<WorkerBadges.Badge> held = required.isEmpty() ? List.of() : badges.badges(workerId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.CHINA);
        Map<Offer, OfferDetail> details = new java.util.IdentityHashMap<>();
        for (int i = 0; i < offersListed.size(); i++) {
            Offer offer = offersListed.get(i);
            OrderSnapshot snapshot = snapshots.get(offer.orderId());
            OrderDispatching.OfferedOrder order = ordered.get(offer.orderId());
            Optional<String> community = snapshot.communityId().flatMap(areas::community).map(ServiceAreaDirectory.CommunityView::name);
            Optional<Instant> openUntil = offer.status() == OfferStatus.OPEN
                    ? Optional.of(snapshot.startsAt().minus(ladder.giveUpBeforeStart())) : offer.declineUntil();
            OptionalLong share = shares.isPresent() ? OptionalLong.of(shares.get()[i]) : OptionalLong.empty();
            details.put(offer, new OfferDetail(offer, snapshot, order.lines(), share, community, openUntil,
                    qualifyingBadges(order.needs(), required, held, today)));
        }
        return details;
    }

    /** W4.2 the worker's valid badges that the order's services require: what qualified the worker for it. */
    private static List<String> qualifyingBadges(List<OrderDispatching.Need> needs, Map<Skill, List<WorkerBadges.Requirement>> required,
                                                 List<WorkerBadges.Badge> held, LocalDate today) {
        if (required.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        needs.forEach(n -> required.getOrDefault(n.skill(), List.of()).forEach(r -> codes.add(r.code())));
        return held.stream().filter(b -> codes.contains(b.code()) && b.validOn(today)).map(WorkerBadges.Badge::label).toList();
    }
}
