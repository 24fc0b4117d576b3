package org.shangmen.dispatch.application;

import java.util.Map;
import java.util.stream.Collectors;
import org.shangmen.booking.api.OrderDispatching.DispatchOrder;
import org.shangmen.dispatch.application.port.out.ModeStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.shangmen.dispatch.domain.OrderSnapshot;
import org.shangmen.kernel.Refreshed;

/**
 * What a new dispatch case starts with: the assignment mode in force for the order, and the snapshot workers see.
 * The operators' modes (a few per city and item) are kept for {@link Refreshed#OPERATORS_RULES}, like the platform's other rules: a
 * change through this instance is seen by its next case, other instances follow within that time.
 */
public final class CaseOpening {

    private final Refreshed<Map<String, AssignmentMode>> modes;
    private final AssignmentMode defaultMode;

    public CaseOpening(ModeStore modes, AssignmentMode defaultMode) {
        this.modes = Refreshed.operatorsRules(() -> modes.all().stream()
                .collect(Collectors.toUnmodifiableMap(m -> key(m.scope(), m.key()), m -> AssignmentMode.valueOf(m.mode()))));
        this.defaultMode = defaultMode;
    }

    /** An item's own mode first, then the city's, then the configured default. */
    AssignmentMode modeFor(DispatchOrder order) {
        Map<String, AssignmentMode> set = modes.get();
        for (String code : order.itemCodes()) {
            AssignmentMode item = set.get(key("ITEM", code));
            if (item != null) {
                return item;
            }
        }
        return order.district().city().map(city -> set.get(key("CITY", city.value()))).orElse(defaultMode);
    }

    /** The next case reads the modes again (one was set or cleared through this instance, and committed). */
    void forget() {
        modes.forget();
    }

    private static String key(String scope, String key) {
        return scope + ":" + key;
    }

    static OrderSnapshot snapshotOf(DispatchOrder order) {
        return new OrderSnapshot(order.orderId(), order.itemNames(), order.district().value(), order.communityId(), order.place(),
                order.time().start(), order.time().end(), order.requirements(), order.totalFen());
    }
}
