package org.shangmen.dispatch.application;

import java.util.Optional;
import org.shangmen.booking.api.OrderDispatching.DispatchOrder;
import org.shangmen.dispatch.application.port.out.ModeStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.shangmen.dispatch.domain.OrderSnapshot;

/** What a new dispatch case starts with: the assignment mode in force for the order, and the snapshot workers see. */
public final class CaseOpening {

    private final ModeStore modes;
    private final AssignmentMode defaultMode;

    public CaseOpening(ModeStore modes, AssignmentMode defaultMode) {
        this.modes = modes;
        this.defaultMode = defaultMode;
    }

    /** An item's own mode first, then the city's, then the configured default. */
    AssignmentMode modeFor(DispatchOrder order) {
        for (String code : order.itemCodes()) {
            Optional<AssignmentMode> item = modes.of("ITEM", code);
            if (item.isPresent()) {
                return item.get();
            }
        }
        return order.district().city().flatMap(city -> modes.of("CITY", city.value())).orElse(defaultMode);
    }

    static OrderSnapshot snapshotOf(DispatchOrder order) {
        return new OrderSnapshot(order.orderId(), order.itemNames(), order.district().value(), order.communityId(), order.place(),
                order.time().start(), order.time().end(), order.requirements(), order.totalFen());
    }
}
