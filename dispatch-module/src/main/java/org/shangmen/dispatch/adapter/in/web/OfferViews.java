package org.shangmen.dispatch.adapter.in.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.dispatch.adapter.in.web.WorkerOfferController.OfferResponse;
import org.shangmen.dispatch.adapter.in.web.WorkerOfferController.PageResponse;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.Zones;

/** Offers as the worker's app shows them: times in the city's offset, the distance rounded to 100 m. */
@Mapper
interface OfferViews {

    PageResponse page(Page<OfferDetail> page);

    @Mapping(target = "offerId", source = "offer.id")
    @Mapping(target = "orderId", source = "offer.orderId")
    @Mapping(target = "status", source = "offer.status")
    @Mapping(target = "step", source = "offer.step")
    @Mapping(target = "items", source = "order.itemNames")
    @Mapping(target = "district", source = "order.districtCode")
    @Mapping(target = "communityId", source = "order.communityId")
    @Mapping(target = "start", source = "order.startsAt")
    @Mapping(target = "end", source = "order.endsAt")
    @Mapping(target = "requirements", source = "order.requirements")
    @Mapping(target = "totalFen", source = "order.totalFen")
    @Mapping(target = "distanceMetres", expression = "java(Math.round(detail.offer().distanceMetres() / 100.0) * 100)")
    @Mapping(target = "offeredAt", source = "offer.offeredAt")
    @Mapping(target = "reason", source = "offer.reason")
    @Mapping(target = "note", source = "offer.note")
    OfferResponse offer(OfferDetail detail);

    default OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(Zones.CHINA).toOffsetDateTime();
    }

    default OffsetDateTime at(Optional<Instant> instant) {
        return instant.map(this::at).orElse(null);
    }

    default <T> T unwrap(Optional<T> value) {
        return value.orElse(null);
    }
}
