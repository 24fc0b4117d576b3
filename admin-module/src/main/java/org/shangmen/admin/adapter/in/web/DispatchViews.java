package org.shangmen.admin.adapter.in.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.admin.adapter.in.web.DispatchAdminController.CaseResponse;
import org.shangmen.admin.adapter.in.web.DispatchAdminController.DecisionResponse;
import org.shangmen.admin.adapter.in.web.DispatchAdminController.DispatchState;
import org.shangmen.admin.adapter.in.web.DispatchAdminController.OrderLineView;
import org.shangmen.booking.api.OrderOverview.OrderLine;
import org.shangmen.dispatch.api.DispatchBoard.CaseView;
import org.shangmen.dispatch.api.DispatchBoard.DecisionView;
import org.shangmen.web.WebViews;

/** Orders and dispatch cases as the operators' board shows them: codes with labels in the caller's language, times in the city's offset. */
@Mapper
abstract class DispatchViews extends WebViews {

    @Mapping(target = "statusLabel", expression = "java(line.status().label())")
    @Mapping(target = "start", source = "startsAt")
    @Mapping(target = "end", source = "endsAt")
    @Mapping(target = "district", source = "districtCode")
    @Mapping(target = "items", source = "itemNames")
    abstract OrderLineView line(OrderLine line);

    @Mapping(target = "stateLabel", expression = "java(label(\"dispatch.case-state.\" + view.state(), locale))")
    @Mapping(target = "stepLabel", expression = "java(label(\"dispatch.step.\" + view.step(), locale))")
    abstract CaseResponse dispatchCase(CaseView view, @Context Locale locale);

    abstract List<DecisionResponse> decisions(List<DecisionView> views);

    abstract DecisionResponse decision(DecisionView view);

    /** The number of dispatch cases in each state, with the state's label. */
    List<DispatchState> states(Map<String, Long> counts, Locale locale) {
        return counts.entrySet().stream()
                .map(e -> new DispatchState(e.getKey(), label("dispatch.case-state." + e.getKey(), locale), e.getValue())).toList();
    }
}
