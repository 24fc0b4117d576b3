package org.shangmen.booking.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.Quote;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;

/** Prices a basket of customised items for a district and a start time (C2.2, C4.1, A1.1); nothing is stored. */
public interface QuoteBasket {

    Quote quote(QuoteCommand command);

    /** One item of a basket with the customer's options as JSON values, keyed by option key. */
    record BasketLine(UUID itemId, Map<String, Object> options) {
        public BasketLine {
            if (itemId == null) {
                throw DomainException.invalid("booking.item-required");
            }
            options = options == null ? Map.of() : options;
        }
    }

    /**
     * @param customerId the signed-in customer, whose coupons and first-order discount apply; empty for anyone
     * @param couponId   one of the customer's coupons to use
     */
    record QuoteCommand(List<BasketLine> items, RegionCode district, Optional<UUID> communityId, Optional<GeoPoint> point,
                        Instant start, Optional<UUID> customerId, Optional<UUID> couponId) {

        public QuoteCommand(List<BasketLine> items, RegionCode district, Optional<UUID> communityId, Optional<GeoPoint> point,
                            Instant start) {
            this(items, district, communityId, point, start, Optional.empty(), Optional.empty());
        }

        public QuoteCommand {
            if (items == null || items.isEmpty()) {
                throw DomainException.invalid("booking.basket-empty");
            }
            if (district == null) {
                throw DomainException.invalid("booking.district-required");
            }
            if (start == null) {
                throw DomainException.invalid("booking.start-required");
            }
            items = List.copyOf(items);
            if (couponId.isPresent() && customerId.isEmpty()) {
                throw DomainException.invalid("booking.coupon-needs-sign-in");
            }
        }
    }
}
