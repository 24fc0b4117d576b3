package org.shangmen.booking.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.shangmen.booking.domain.PriceRange;
import org.shangmen.kernel.RegionCode;

/** Stores reference price ranges by item and region. */
public interface PriceRangeStore {

    /** Creates or replaces the range of an item in a region. */
    void save(PriceRange range, UUID operatorId);

    boolean delete(UUID itemId, RegionCode region);

    List<PriceRange> of(UUID itemId);

    /** The ranges of these items in these regions, in one query. */
    List<PriceRange> of(Collection<UUID> itemIds, Collection<RegionCode> regions);
}
