package org.shangmen.dispatch.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OrderSnapshot;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** W2.1: the offers a worker received, newest first, and one of them in detail. */
public interface ReadOffers {

    Page<OfferDetail> offers(UUID workerId, boolean openOnly, PageRequest page);

    /** One of the worker's offers; {@code dispatch.offer-not-found} for anyone else's. */
    OfferDetail offer(UUID workerId, UUID offerId);

    /**
     * @param lines  the order's items as quoted: chosen options, quantities, estimated minutes
     * @param payFen what the worker would earn of it by the commission rules in force; empty when nobody can say
     * @param badges the worker's valid skill badges the order's services require (W4.2)
     */
    record OfferDetail(Offer offer, OrderSnapshot order, List<QuotedItem> lines, OptionalLong payFen, Optional<String> communityName,
                       Optional<Instant> openUntil, List<String> badges) {
        public OfferDetail {
            lines = List.copyOf(lines);
            badges = List.copyOf(badges);
        }

        /** The visit's estimated working time, all lines together. */
        public int estimatedMinutes() {
            return lines.stream().mapToInt(QuotedItem::minutes).sum();
        }
    }
}
