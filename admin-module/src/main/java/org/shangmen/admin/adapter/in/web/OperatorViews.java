package org.shangmen.admin.adapter.in.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.mapstruct.Mapper;
import org.shangmen.admin.adapter.in.web.OperatorController.OperatorResponse;
import org.shangmen.identity.api.OperatorAdministration.OperatorView;
import org.shangmen.kernel.Zones;

/** Operators' accounts as the administration screen shows them, times in the city's offset. */
@Mapper
interface OperatorViews {

    OperatorResponse operator(OperatorView view);

    List<OperatorResponse> operators(List<OperatorView> views);

    default OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(Zones.CHINA).toOffsetDateTime();
    }
}
