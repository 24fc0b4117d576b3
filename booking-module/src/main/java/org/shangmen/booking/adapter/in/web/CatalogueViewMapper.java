package org.shangmen.booking.adapter.in.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.booking.adapter.in.web.CatalogueController.CategoryResponse;
import org.shangmen.booking.adapter.in.web.CatalogueController.CertificateResponse;
import org.shangmen.booking.adapter.in.web.CatalogueController.ItemResponse;
import org.shangmen.booking.adapter.in.web.CatalogueController.ItemSummary;
import org.shangmen.booking.adapter.in.web.CatalogueController.PriceRangeResponse;
import org.shangmen.booking.adapter.in.web.SlotController.SlotResponse;
import org.shangmen.booking.adapter.in.web.SlotController.SlotsResponse;
import org.shangmen.booking.application.port.in.BrowseCatalogue;
import org.shangmen.booking.application.port.in.FindSlots.SlotAnswer;
import org.shangmen.booking.domain.PriceRange;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.booking.domain.SlotFinder.Slot;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;

/** The public catalogue and free slots as the web shows them: codes with their Chinese names, amounts with the currency. */
@Mapper
interface CatalogueViewMapper {

    @Mapping(target = "code", source = "category.code")
    @Mapping(target = "name", source = "category.name")
    CategoryResponse section(BrowseCatalogue.Section section);

    @Mapping(target = "unitName", expression = "java(item.unit().chineseName())")
    @Mapping(target = "currency", constant = Money.CURRENCY)
    @Mapping(target = "skillName", expression = "java(item.skill().chineseName())")
    ItemSummary summary(ServiceItem item);

    @Mapping(target = "id", source = "item.id")
    @Mapping(target = "code", source = "item.code")
    @Mapping(target = "categoryCode", source = "item.categoryCode")
    @Mapping(target = "name", source = "item.name")
    @Mapping(target = "description", source = "item.description")
    @Mapping(target = "standards", source = "item.standards")
    @Mapping(target = "unit", source = "item.unit")
    @Mapping(target = "unitName", expression = "java(listing.item().unit().chineseName())")
    @Mapping(target = "basePriceFen", source = "item.basePriceFen")
    @Mapping(target = "currency", constant = Money.CURRENCY)
    @Mapping(target = "minimumMinutes", source = "item.minimumMinutes")
    @Mapping(target = "typicalMinutes", source = "item.typicalMinutes")
    @Mapping(target = "skill", source = "item.skill")
    @Mapping(target = "skillName", expression = "java(listing.item().skill().chineseName())")
    @Mapping(target = "requiredCertificates", source = "item.requiredCertificates")
    @Mapping(target = "options", source = "item.options")
    ItemResponse item(BrowseCatalogue.Listing listing);

    @Mapping(target = "type", source = "certificate")
    @Mapping(target = "name", expression = "java(certificate.chineseName())")
    CertificateResponse certificate(CertificateType certificate);

    @Mapping(target = "regionCode", source = "region")
    @Mapping(target = "currency", constant = Money.CURRENCY)
    PriceRangeResponse priceRange(PriceRange range);

    @Mapping(target = "timeZone", expression = "java(answer.zone().getId())")
    SlotsResponse slots(SlotAnswer answer, @Context ZoneId zone);

    default SlotsResponse slots(SlotAnswer answer) {
        return slots(answer, answer.zone());
    }

    SlotResponse slot(Slot slot, @Context ZoneId zone);

    default String time(Instant instant, @Context ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }

    default String region(RegionCode region) {
        return region.value();
    }

    default PriceRangeResponse priceRange(Optional<PriceRange> range) {
        return range.map(this::priceRange).orElse(null);
    }
}
