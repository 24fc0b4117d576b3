package org.shangmen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    @DisplayName("a six-digit code knows its level and its parents (Shenzhen Nanshan 440305)")
    void levels() {
        RegionCode nanshan = RegionCode.of("440305");
        assertThat(nanshan.level()).isEqualTo(RegionCode.Level.DISTRICT);
        assertThat(nanshan.city()).contains(RegionCode.of("440300"));
        assertThat(nanshan.province()).isEqualTo(RegionCode.of("440000"));
        assertThat(RegionCode.of("440300").level()).isEqualTo(RegionCode.Level.CITY);
        assertThat(RegionCode.of("440000").parent()).isEmpty();
        assertThat(RegionCode.of("440300").parent()).contains(RegionCode.of("440000"));
    }

    @Test
    @DisplayName("a district lies within its city and province, not within a neighbouring city")
    void containment() {
        RegionCode futian = RegionCode.of("440304");
        assertThat(futian.isWithin(RegionCode.of("440300"))).isTrue();
        assertThat(futian.isWithin(RegionCode.of("440000"))).isTrue();
        assertThat(futian.isWithin(futian)).isTrue();
        assertThat(futian.isWithin(RegionCode.of("440100"))).isFalse();
        assertThat(futian.isWithin(RegionCode.of("440305"))).isFalse();
    }

    @Test
    @DisplayName("anything but six digits not starting with 0 is refused")
    void validation() {
        for (String bad : new String[] {"44030", "4403055", "04030a", "040300", "", "44 305"}) {
            assertThat(RegionCode.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> RegionCode.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(RegionCode.isValid(null)).isFalse();
    }
}
