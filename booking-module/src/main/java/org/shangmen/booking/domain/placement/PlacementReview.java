package org.shangmen.booking.domain.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/**
 * C2.4 the customer's review of a placement's worker: {@code period} k ≥ 1 for the k-th month of a long
 * placement, once that month is over; 0 for the review at the end.
 */
public record PlacementReview(UUID id, UUID placementId, UUID workerId, int period, int rating, String comment, Instant createdAt) {

    public static final int FINAL = 0;
    /** Placements longer than this many days are reviewed every month as well. */
    public static final int MONTHLY_FROM_DAYS = 31;

    public PlacementReview {
        if (rating < 1 || rating > 5) {
            throw DomainException.invalid("booking.placement-review-invalid", 500);
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.length() > 500) {
            throw DomainException.invalid("booking.placement-review-invalid", 500);
        }
    }

    /**
     * The period the customer may review now: the end once the placement is over, else the latest
     * month over that is not reviewed yet; refused ({@code booking.placement-review-not-due}) otherwise.
     *
     * @param reviewed periods already reviewed
     */
    public static int duePeriod(Placement p, LocalDate today, java.util.Set<Integer> reviewed) {
        boolean over = p.status() == PlacementStatus.ENDED || (p.endReason().isPresent() && !p.endsOn().isAfter(today));
        if (over) {
            if (reviewed.contains(FINAL)) {
                throw DomainException.conflict("booking.placement-reviewed");
            }
            return FINAL;
        }
        if (p.status() != PlacementStatus.ACTIVE || p.days() <= MONTHLY_FROM_DAYS) {
            throw DomainException.conflict("booking.placement-review-not-due");
        }
        int month = 0;
        while (!p.startsOn().plusMonths(month + 1L).isAfter(today) && p.startsOn().plusMonths(month + 1L).isBefore(p.endsOn())) {
            month++;
        }
        if (month == 0) {
            throw DomainException.conflict("booking.placement-review-not-due");
        }
        if (reviewed.contains(month)) {
            throw DomainException.conflict("booking.placement-reviewed");
        }
        return month;
    }
}
