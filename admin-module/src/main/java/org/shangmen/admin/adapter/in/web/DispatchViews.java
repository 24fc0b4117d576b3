package org.shangmen.admin.adapter.in.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.admin.adapter.in.web.DispatchAdminController.CaseResponse;
import org.shangmen.admin.adapter.in.web.DispatchAdminController.DecisionResponse;
import org.shangmen.admin.adapter.in.web.DispatchAdminController.OrderLineView;
import org.shangmen.booking.api.OrderOverview.OrderLine;
import org.shangmen.dispatch.api.DispatchBoard.CaseView;
import org.shangmen.dispatch.api.DispatchBoard.DecisionView;
import org.shangmen.kernel.Zones;

/** Orders and dispatch cases as the operators' board shows them, times in the city's offset. */
@Mapper
interface DispatchViews {

    @Mapping(target = "statusLabel", expression = "java(line.status().label())")
    @Mapping(target = "start", source = "startsAt")
    @Mapping(target = "end", source = "endsAt")
    @Mapping(target = "district", source = "districtCode")
    @Mapping(target = "items", source = "itemNames")
    OrderLineView line(OrderLine line);

    CaseResponse dispatchCase(CaseView view);

    List<DecisionResponse> decisions(List<DecisionView> views);

    DecisionResponse decision(DecisionView view);

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
