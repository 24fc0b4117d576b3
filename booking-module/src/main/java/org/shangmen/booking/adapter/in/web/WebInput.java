package org.shangmen.booking.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.application.port.in.QuoteBasket.BasketLine;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;

/** Parsing shared by the booking controllers. */
final class WebInput {

    private WebInput() {
    }

    static RegionCode district(String value) {
        if (!RegionCode.isValid(value)) {
            throw DomainException.invalid("booking.district-invalid", value == null ? "" : value.length() > 10 ? value.substring(0, 10) : value);
        }
        return RegionCode.of(value);
    }

    /** One basket line as a request names it. */
    record LineRequest(@jakarta.validation.constraints.NotNull UUID itemId, Map<String, Object> options) {
    }

    static List<BasketLine> basket(List<LineRequest> items) {
        return items.stream().map(l -> new BasketLine(l.itemId(), Optional.ofNullable(l.options()).orElse(Map.of()))).toList();
    }
}
