package org.shangmen.dispatch.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.springframework.transaction.annotation.Transactional;

/** W2.1: a worker's offers with what the worker sees of each order before taking it. */
public class ReadOffersService implements ReadOffers {

    private final CaseStore cases;
    private final OfferStore offers;
    private final ServiceAreaDirectory areas;
    private final Ladder ladder;

    public ReadOffersService(CaseStore cases, OfferStore offers, ServiceAreaDirectory areas, Ladder ladder) {
        this.cases = cases;
        this.offers = offers;
        this.areas = areas;
        this.ladder = ladder;
    }

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
        Offer offer = offers.find(offerId).filter(o -> o.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("dispatch.offer-not-found"));
        return detail(offer, cases.snapshot(offer.orderId()).orElseThrow());
    }

    private OfferDetail detail(Offer offer, OrderSnapshot snapshot) {
        Optional<String> community = snapshot.communityId().flatMap(areas::community).map(ServiceAreaDirectory.CommunityView::name);
        Optional<Instant> openUntil = offer.status() == OfferStatus.OPEN
                ? Optional.of(snapshot.startsAt().minus(ladder.giveUpBeforeStart())) : offer.declineUntil();
        return new OfferDetail(offer, snapshot, community, openUntil);
    }
}
