package org.shangmen.booking.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;

/**
 * The reference range of an item's unit price in a city or district (A1.1), in fen, both ends included.
 * A district's range overrides its city's.
 */
public record PriceRange(UUID itemId, RegionCode region, long minFen, long maxFen) {

    public PriceRange {
        if (region == null || region.level() == RegionCode.Level.PROVINCE) {
            throw DomainException.invalid("booking.price-range-region-invalid");
        }
        if (minFen <= 0 || maxFen < minFen || maxFen > ServiceItem.MAX_PRICE_FEN) {
            throw DomainException.invalid("booking.price-range-invalid", Money.ofFen(Math.max(minFen, 0)), Money.ofFen(Math.max(maxFen, 0)));
        }
    }

    public boolean admits(long unitPriceFen) {
        return unitPriceFen >= minFen && unitPriceFen <= maxFen;
    }

    /** The range that applies in a district: its own, else its city's. */
    public static Optional<PriceRange> applicable(Collection<PriceRange> ranges, RegionCode district) {
        Optional<PriceRange> own = ranges.stream().filter(r -> r.region().equals(district)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return district.city().flatMap(city -> ranges.stream().filter(r -> r.region().equals(city)).findFirst());
    }
}
