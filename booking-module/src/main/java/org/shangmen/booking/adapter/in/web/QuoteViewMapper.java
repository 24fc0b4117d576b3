package org.shangmen.booking.adapter.in.web;

import java.time.Instant;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.booking.adapter.in.web.QuoteController.LineResponse;
import org.shangmen.booking.adapter.in.web.QuoteController.QuoteResponse;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.domain.Quote;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.Zones;

/** A quote as the web shows it: times as ISO-8601 text in the city's offset, amounts in fen with the currency. */
@Mapper(uses = OrderViewMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
interface QuoteViewMapper {

    @Mapping(target = "start", expression = "java(text(quote.start()))")
    @Mapping(target = "estimatedEnd", expression = "java(text(quote.estimatedEnd()))")
    @Mapping(target = "currency", constant = Money.CURRENCY)
    QuoteResponse quote(Quote quote);

    @Mapping(target = "unitName", expression = "java(line.unit().chineseName())")
    LineResponse line(QuotedItem line);

    default String text(Instant instant) {
        return instant.atZone(Zones.CHINA).toOffsetDateTime().toString();
    }
}
