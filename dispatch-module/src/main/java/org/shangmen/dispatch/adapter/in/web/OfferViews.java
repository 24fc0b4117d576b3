package org.shangmen.dispatch.adapter.in.web;

import java.util.Locale;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.dispatch.adapter.in.web.WorkerOfferController.LineView;
import org.shangmen.dispatch.adapter.in.web.WorkerOfferController.OfferResponse;
import org.shangmen.dispatch.adapter.in.web.WorkerOfferController.OptionView;
import org.shangmen.dispatch.adapter.in.web.WorkerOfferController.PageResponse;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;
import org.shangmen.kernel.Page;
import org.shangmen.web.WebViews;

/**
 * Offers as the worker's app shows them: codes with their labels in the caller's language, times in
 * the city's offset, the distance rounded to 100 m.
 */
@Mapper
abstract class OfferViews extends WebViews {

    abstract PageResponse page(Page<OfferDetail> page, @Context Locale locale);

    @Mapping(target = "offerId", source = "offer.id")
    @Mapping(target = "orderId", source = "offer.orderId")
    @Mapping(target = "status", source = "offer.status")
    @Mapping(target = "statusLabel", expression = "java(label(\"dispatch.offer-status.\" + detail.offer().status().name(), locale))")
    @Mapping(target = "step", source = "offer.step")
    @Mapping(target = "stepLabel", expression = "java(label(\"dispatch.step.\" + detail.offer().step().name(), locale))")
    @Mapping(target = "items", source = "order.itemNames")
    @Mapping(target = "lines", source = "lines")
    @Mapping(target = "estimatedMinutes", expression = "java(detail.estimatedMinutes())")
    @Mapping(target = "payFen", expression = "java(detail.payFen().isPresent() ? detail.payFen().getAsLong() : null)")
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
    abstract OfferResponse offer(OfferDetail detail, @Context Locale locale);

    @Mapping(target = "unitLabel", expression = "java(line.unit().chineseName())")
    abstract LineView line(QuotedItem line);

    abstract OptionView option(QuotedItem.ChosenOption option);
}
