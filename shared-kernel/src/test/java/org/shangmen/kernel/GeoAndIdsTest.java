package org.shangmen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GeoAndIdsTest {

    @Test
    @DisplayName("distance between Shenzhen Civic Centre and Shenzhen Bay Park is about 11 km")
    void haversine() {
        GeoPoint civicCentre = new GeoPoint(22.5431, 114.0579);
        GeoPoint bayPark = new GeoPoint(22.5016, 113.9503);
        assertThat(civicCentre.distanceMetresTo(bayPark)).isBetween(11_500L, 12_200L);
        assertThat(civicCentre.distanceMetresTo(civicCentre)).isZero();
        assertThat(civicCentre.distanceMetresTo(bayPark)).isEqualTo(bayPark.distanceMetresTo(civicCentre));
    }

    @Test
    @DisplayName("coordinates outside the globe are refused")
    void coordinates() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ids are version-7 UUIDs, unique and ordered by creation time")
    void ids() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = Ids.newId();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
        assertThat(Ids.newId(1_000).compareTo(Ids.newId(2_000))).isNegative();
    }

    @Test
    @DisplayName("a malformed id from a client is a domain error, not a crash")
    void parse() {
        UUID id = Ids.newId();
        assertThat(Ids.parse(id.toString(), "order")).isEqualTo(id);
        assertThatThrownBy(() -> Ids.parse("123", "order")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("common.invalid-id");
    }
}
