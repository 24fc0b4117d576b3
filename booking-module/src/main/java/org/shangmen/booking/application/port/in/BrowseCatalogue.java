package org.shangmen.booking.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.Category;
import org.shangmen.booking.domain.PriceRange;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.kernel.RegionCode;

/** What customers see of the catalogue (C2.1, A1.1): active items by category, one item with its area's price range. */
public interface BrowseCatalogue {

    /** Categories with at least one active item, in order, each with its active items in order. */
    List<Section> catalogue();

    /** An active item; with a district, the reference price range that applies there, if any. */
    Listing item(UUID itemId, Optional<RegionCode> district);

    /** The item's page as someone opens it: {@link #item}, and an {@code ItemViewed} for the order funnel. */
    Listing view(UUID itemId, Optional<RegionCode> district, Optional<UUID> viewerId);

    record Section(Category category, List<ServiceItem> items) {
    }

    record Listing(ServiceItem item, Optional<PriceRange> priceRange) {
    }
}
