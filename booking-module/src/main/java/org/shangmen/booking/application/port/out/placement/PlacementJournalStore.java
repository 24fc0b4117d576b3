package org.shangmen.booking.application.port.out.placement;

import java.util.List;
import java.util.UUID;
import org.shangmen.booking.domain.placement.DayRecord;
import org.shangmen.booking.domain.placement.PlacementReview;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** A placement's daily records and reviews. */
public interface PlacementJournalStore {

    /** False when the worker recorded that day already (nothing written). */
    boolean insert(DayRecord record);

    /** Newest day first. */
    Page<DayRecord> records(UUID placementId, PageRequest page);

    /** False when that period was reviewed already (nothing written). */
    boolean insert(PlacementReview review);

    List<PlacementReview> reviews(UUID placementId);

    /** The sum of the stars and the number of the worker's placement reviews, monthly and final. */
    long[] reviewStars(UUID workerId);
}
