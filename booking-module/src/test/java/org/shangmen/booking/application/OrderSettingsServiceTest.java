package org.shangmen.booking.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.api.OrderSettingsAdministration.SettingsDraft;
import org.shangmen.booking.application.port.out.OrderSettingsStore;
import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.booking.domain.OrderSettings;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.PageRequest;

class OrderSettingsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    private final List<OrderSettings> stored = new ArrayList<>();
    private final OrderSettingsStore store = new OrderSettingsStore() {
        @Override
        public List<OrderSettings> all() {
            return List.copyOf(stored);
        }

        @Override
        public boolean insert(OrderSettings settings) {
            if (stored.stream().anyMatch(s -> s.version() == settings.version())) {
                return false;
            }
            return stored.add(settings);
        }
    };

    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private OrderSettingsService service() {
        return new OrderSettingsService(store, OrderPolicy.STANDARD, SlotRules.DEFAULTS, clock);
    }

    private static SettingsDraft draft(int freeCancel, int paymentWindow, Instant from) {
        return new SettingsDraft(freeCancel, 2_000, 2_000, 720, paymentWindow, 120, 60, 360, 30, 3, "", from);
    }

    @Test
    @DisplayName("A1.1 the configured values are version 0; a scheduled version takes over only at its effective time")
    void scheduledVersionTakesOverAtItsTime() {
        OrderSettingsService settings = service();
        assertThat(settings.current().version()).isZero();
        assertThat(settings.currentPolicy()).isEqualTo(OrderPolicy.STANDARD);

        settings.schedule(draft(240, 45, NOW.plus(Duration.ofHours(1))), UUID.randomUUID());
        assertThat(settings.currentPolicy().freeCancelBefore()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.history(PageRequest.first()).items()).extracting(v -> v.state()).containsExactly("SCHEDULED", "IN_FORCE");

        clock = Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC);
        OrderSettingsService later = service();
        assertThat(later.currentPolicy().freeCancelBefore()).isEqualTo(Duration.ofHours(4));
        assertThat(later.currentPolicy().paymentWindow()).isEqualTo(Duration.ofMinutes(45));
        assertThat(later.history(PageRequest.first()).items()).extracting(v -> v.state()).containsExactly("IN_FORCE", "SUPERSEDED");
    }

    @Test
    @DisplayName("A1.1 a version out of range or in the past is refused")
    void refusals() {
        OrderSettingsService settings = service();
        assertThatThrownBy(() -> settings.schedule(draft(120, 0, null), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("booking.settings-out-of-range"));
        assertThatThrownBy(() -> settings.schedule(draft(120, 30, NOW.minus(Duration.ofHours(1))), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("booking.settings-effective-in-past"));
    }

    @Test
    @DisplayName("A1.1 a version scheduled far ahead does not hold back one published later for an earlier time")
    void nearerVersionIsNotHeldBack() {
        service().schedule(draft(300, 30, NOW.plus(Duration.ofDays(30))), null);
        service().schedule(draft(180, 30, NOW.plus(Duration.ofHours(1))), null);
        clock = Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        assertThat(service().currentPolicy().freeCancelBefore()).isEqualTo(Duration.ofHours(3));
        clock = Clock.fixed(NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC);
        assertThat(service().currentPolicy().freeCancelBefore()).isEqualTo(Duration.ofHours(5));
    }
}
