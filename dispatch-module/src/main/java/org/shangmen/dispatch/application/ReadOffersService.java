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

    @Override
    @Transactional(readOnly = true)
    public Page<OfferDetail> offers(UUID workerId, boolean openOnly, PageRequest page) {
        Page<Offer> found = offers.ofWorker(workerId, openOnly, page);
        List<UUID> orderIds = found.items().stream().map(Offer::orderId).distinct().toList();
        Map<UUID, OrderSnapshot> snapshots = cases.snapshots(orderIds);
        Map<UUID, List<QuotedItem>> lines = new HashMap<>();
        orderIds.forEach(id -> lines.put(id, orders.lines(id)));
        return found.map(o -> detail(o, snapshots.get(o.orderId()), lines.get(o.orderId())));
    }

    @Override
    @Transactional(readOnly = true)
    public OfferDetail offer(UUID workerId, UUID offerId) {
        Offer offer = offers.find(offerId).filter(o -> o.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("dispatch.offer-not-found"));
        return detail(offer, cases.snapshot(offer.orderId()).orElseThrow(), orders.lines(offer.orderId()));
    }

    private OfferDetail detail(Offer offer, OrderSnapshot snapshot, List<QuotedItem> lines) {
        Optional<String> community = snapshot.communityId().flatMap(areas::community).map(ServiceAreaDirectory.CommunityView::name);
        Optional<Instant> openUntil = offer.status() == OfferStatus.OPEN
                ? Optional.of(snapshot.startsAt().minus(ladder.giveUpBeforeStart())) : offer.declineUntil();
        List<String> itemCodes = lines.stream().map(QuotedItem::itemCode).toList();
        long fullPrice = lines.stream().mapToLong(QuotedItem::lineTotalFen).sum();
        OptionalLong share = pay.map(p -> OptionalLong.of(p.workerShareFen(offer.workerId(), itemCodes, snapshot.districtCode(), fullPrice,
                snapshot.startsAt()))).orElse(OptionalLong.empty());
        return new OfferDetail(offer, snapshot, lines, share, community, openUntil, qualifyingBadges(offer));
    }

    /** W4.2 the worker's valid badges that the order's services require: what qualified the worker for it. */
    private List<String> qualifyingBadges(Offer offer) {
        Map<Skill, List<WorkerBadges.Requirement>> required = badges.requirements();
        if (required.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        orders.order(offer.orderId()).needs().forEach(n -> required.getOrDefault(n.skill(), List.of()).forEach(r -> codes.add(r.code())));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.CHINA);
        return badges.badges(offer.workerId()).stream().filter(b -> codes.contains(b.code()) && b.validOn(today))
                .map(WorkerBadges.Badge::label).toList();
    }
}
