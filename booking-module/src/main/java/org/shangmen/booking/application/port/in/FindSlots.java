package org.shangmen.booking.application.port.in;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.application.port.in.QuoteBasket.BasketLine;
import org.shangmen.booking.domain.SlotFinder.Slot;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;

/**
 * Free start times for a basket in a district (C2.3): one worker does the whole visit, so a start is
 * offered when a worker with every item's skill and certificates, serving the district, is free.
 */
public interface FindSlots {

    int MAX_DAYS = 31;
    int MAX_DAYS_AHEAD = 90;

    SlotAnswer find(SlotQuery query);

    /** {@code from} is a local date in the city's zone; {@code asap} asks only for the earliest start soon. */
    record SlotQuery(List<BasketLine> items, RegionCode district, Optional<UUID> communityId, Optional<LocalDate> from, int days,
                     boolean asap) {
        public SlotQuery {
            if (items == null || items.isEmpty()) {
                throw DomainException.invalid("booking.basket-empty");
            }
            if (district == null) {
                throw DomainException.invalid("booking.district-required");
            }
            if (days < 1 || days > MAX_DAYS) {
                throw DomainException.invalid("booking.slot-days-invalid", MAX_DAYS);
            }
            items = List.copyOf(items);
        }
    }

    record SlotAnswer(ZoneId zone, RegionCode district, int visitMinutes, List<Slot> slots) {
    }
}
