package org.shangmen.worker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperienceBandTest {

    @ParameterizedTest(name = "C3.2 {0} years of experience → {1}")
    @CsvSource({"0, NONE", "1, ONE_TO_THREE", "2, ONE_TO_THREE", "3, THREE_TO_FIVE", "4, THREE_TO_FIVE",
            "5, FIVE_PLUS", "6, FIVE_PLUS", "40, FIVE_PLUS"})
    @DisplayName("C3.2 experience bands are half-open: 1 ≤ y < 3, 3 ≤ y < 5, y ≥ 5")
    void boundaries(int years, String expected) {
        List<String> bands = Arrays.stream(ExperienceBand.values()).filter(b -> b.contains(years)).map(Enum::name).toList();
        assertThat(bands).containsExactly(expected.equals("NONE") ? new String[0] : new String[] {expected});
    }

    @Test
    @DisplayName("C3.2 band limits as the database query uses them")
    void limits() {
        assertThat(ExperienceBand.ONE_TO_THREE.minYears()).isEqualTo(1);
        assertThat(ExperienceBand.ONE_TO_THREE.maxYearsExclusive()).hasValue(3);
        assertThat(ExperienceBand.THREE_TO_FIVE.minYears()).isEqualTo(3);
        assertThat(ExperienceBand.THREE_TO_FIVE.maxYearsExclusive()).hasValue(5);
        assertThat(ExperienceBand.FIVE_PLUS.minYears()).isEqualTo(5);
        assertThat(ExperienceBand.FIVE_PLUS.maxYearsExclusive()).isEmpty();
    }

    @ParameterizedTest(name = "C3.2 born {0}, in {1} → age band {2}")
    @CsvSource(nullValues = "null", value = {"1990, 2026, 30-39", "1987, 2026, 30-39", "1986, 2026, 40-49",
            "2006, 2026, 20-29", "2008, 2026, 16-19", "2010, 2026, 16-19", "2011, 2026, null", "1900, 2026, null"})
    @DisplayName("C3.2 the age band is the decade of the age in years, never the birth year")
    void ageBand(int birthYear, int year, String expected) {
        assertThat(AgeBand.of(birthYear, year)).isEqualTo(expected);
    }
}
