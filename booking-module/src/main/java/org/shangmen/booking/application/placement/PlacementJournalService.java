package org.shangmen.booking.application.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.booking.application.WorkerRerating;
import org.shangmen.booking.application.port.in.placement.KeepPlacementJournal;
import org.shangmen.booking.application.port.out.placement.PlacementJournalStore;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.booking.application.port.out.placement.SubstitutionStore;
import org.shangmen.booking.domain.placement.DayRecord;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.booking.domain.placement.PlacementReview;
import org.shangmen.booking.domain.placement.PlacementStatus;
import org.shangmen.booking.domain.placement.Substitution;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.springframework.transaction.annotation.Transactional;

/**
 * C2.4 a placement's journal: each served day recorded by whoever served it (the substitute on their
 * days), read by the customer and the workers of the placement; the customer's reviews every month of a
 * long placement and at its end.
 */
public class PlacementJournalService implements KeepPlacementJournal {

    private final PlacementStore placements;
    private final SubstitutionStore substitutions;
    private final PlacementJournalStore journal;
    private final WorkerRerating ratings;
    private final Clock clock;

    public PlacementJournalService(PlacementStore placements, SubstitutionStore substitutions, PlacementJournalStore journal,
                                   WorkerRerating ratings, Clock clock) {
        this.ratings = ratings;
        this.placements = placements;
        this.substitutions = substitutions;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DayRecord record(DayCommand c) {
        List<Substitution> subs = substitutions.ofPlacement(c.placementId());
        Placement p = readable(c.workerId(), false, c.placementId(), subs);
        if (p.status() != PlacementStatus.ACTIVE && p.status() != PlacementStatus.ENDED) {
            throw DomainException.conflict("booking.placement-not-running");
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        UUID servedBy = subs.stream().filter(s -> s.overlaps(c.day(), c.day().plusDays(1))).map(Substitution::workerId).findFirst()
                .orElseGet(() -> p.workerId().orElseThrow());
        if (c.day().isBefore(p.startsOn()) || !c.day().isBefore(p.endsOn()) || c.day().isAfter(today) || !servedBy.equals(c.workerId())) {
            throw DomainException.invalid("booking.placement-day-invalid");
        }
        DayRecord record = new DayRecord(Ids.newId(clock), p.id(), c.workerId(), c.day(), c.text(), c.observations(), clock.instant());
        if (!journal.insert(record)) {
            throw DomainException.conflict("booking.placement-day-recorded");
        }
        return record;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DayRecord> records(UUID accountId, boolean customer, UUID placementId, PageRequest page) {
        readable(accountId, customer, placementId, substitutions.ofPlacement(placementId));
        return journal.records(placementId, page);
    }

    @Override
    @Transactional
    public PlacementReview review(ReviewCommand c) {
        Placement p = readable(c.customerId(), true, c.placementId(), List.of());
        Set<Integer> reviewed = journal.reviews(p.id()).stream().map(PlacementReview::period).collect(Collectors.toSet());
        int period = PlacementReview.duePeriod(p, LocalDate.now(clock.withZone(Zones.CHINA)), reviewed);
        PlacementReview review = new PlacementReview(Ids.newId(clock), p.id(), p.workerId().orElseThrow(), period, c.rating(), c.comment(),
                clock.instant());
        if (!journal.insert(review)) {
            throw DomainException.conflict("booking.placement-reviewed");
        }
        // Counted in her rating like an order's review: recomputed from the stored reviews, so never twice.
        ratings.rerate(review.workerId());
        return review;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlacementReview> reviews(UUID accountId, boolean customer, UUID placementId) {
        readable(accountId, customer, placementId, substitutions.ofPlacement(placementId));
        return journal.reviews(placementId);
    }

    /** The placement of its customer, or of its worker or one of its substitutes; any other is not found. */
    private Placement readable(UUID accountId, boolean customer, UUID placementId, List<Substitution> subs) {
        return placements.find(placementId)
                .filter(p -> customer ? p.customerId().equals(accountId)
                        : p.workerId().filter(accountId::equals).isPresent() || subs.stream().anyMatch(s -> s.workerId().equals(accountId)))
                .filter(p -> p.workerId().isPresent())
                .orElseThrow(() -> DomainException.notFound("booking.placement-not-found"));
    }
}
