package org.shangmen.dispatch.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.api.OrderDispatching.DispatchOrder;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.dispatch.api.AssignmentModes.ModeView;
import org.shangmen.dispatch.application.port.out.ModeStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;

class CaseOpeningTest {

    private final Modes store = new Modes();
    private final CaseOpening opening = new CaseOpening(store, AssignmentMode.BROADCAST);

    @Test
    @DisplayName("A3.1: an item's mode before its city's, the city's before the default")
    void itemThenCityThenDefault() {
        store.put("CITY", "440300", AssignmentMode.AUTO);
        assertThat(opening.modeFor(order("440305", "daily-cleaning"))).isEqualTo(AssignmentMode.AUTO);
        assertThat(opening.modeFor(order("440105", "daily-cleaning"))).isEqualTo(AssignmentMode.BROADCAST);

        store.put("ITEM", "daily-cleaning", AssignmentMode.BROADCAST);
        opening.forget();
        assertThat(opening.modeFor(order("440305", "window-cleaning", "daily-cleaning"))).isEqualTo(AssignmentMode.BROADCAST);
        assertThat(opening.modeFor(order("440305", "window-cleaning"))).isEqualTo(AssignmentMode.AUTO);
    }

    @Test
    @DisplayName("Cases opened one after the other read the operators' modes once, and again after a change through this instance")
    void modesReadOncePerChange() {
        store.put("ITEM", "daily-cleaning", AssignmentMode.AUTO);
        for (int i = 0; i < 5; i++) {
            assertThat(opening.modeFor(order("440305", "daily-cleaning"))).isEqualTo(AssignmentMode.AUTO);
        }
        assertThat(store.reads).isEqualTo(1);

        store.remove("ITEM", "daily-cleaning");
        opening.forget();
        assertThat(opening.modeFor(order("440305", "daily-cleaning"))).isEqualTo(AssignmentMode.BROADCAST);
        assertThat(store.reads).isEqualTo(2);
    }

    private static DispatchOrder order(String district, String... items) {
        Instant start = Instant.parse("2026-12-08T02:00:00Z");
        return new DispatchOrder(UUID.randomUUID(), UUID.randomUUID(), OrderStatus.AWAITING_ACCEPTANCE, RegionCode.of(district),
                Optional.empty(), new GeoPoint(22.5, 113.9), new TimeRange(start, start.plusSeconds(7_200)), List.of(), List.of(items),
                List.of(items), "", 12_000, Optional.empty(), Optional.empty(), start.minusSeconds(86_400));
    }

    /** The operators' modes in memory, counting how often all of them are read. */
    private static final class Modes implements ModeStore {

        private final List<ModeView> modes = new ArrayList<>();
        private int reads;

        @Override
        public List<ModeView> all() {
            reads++;
            return List.copyOf(modes);
        }

        @Override
        public void put(String scope, String key, AssignmentMode mode, UUID operatorId, Instant at) {
            remove(scope, key);
            modes.add(new ModeView(scope, key, mode.name(), operatorId, at));
        }

        void put(String scope, String key, AssignmentMode mode) {
            put(scope, key, mode, UUID.randomUUID(), Instant.now());
        }

        @Override
        public void remove(String scope, String key) {
            modes.removeIf(m -> m.scope().equals(scope) && m.key().equals(key));
        }
    }
}
