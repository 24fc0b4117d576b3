package org.shangmen.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    @DisplayName("W4.2 a lesson watched from start to end in real time is watched")
    void watchedInRealTime() {
        Coverage c = Coverage.empty().add(0, 60, 120, 60).add(60, 120, 120, 60);
        assertThat(c.covers(120)).isTrue();
        assertThat(c.format()).isEqualTo("0-120");
        assertThat(Coverage.parse(c.format()).covers(120)).isTrue();
    }

    @Test
    @DisplayName("W4.2 jumping to the end leaves a gap, so the lesson is not watched")
    void jumpingLeavesAGap() {
        Coverage c = Coverage.empty().add(0, 10, 120, 10).add(110, 120, 120, 10);
        assertThat(c.covers(120)).isFalse();
        assertThat(c.watchedSeconds()).isEqualTo(20);
    }

    @Test
    @DisplayName("W4.2 a report is credited at most twice the time that passed, plus a few seconds")
    void creditIsBoundedByElapsedTime() {
        Coverage c = Coverage.empty().add(0, 120, 120, 1);
        assertThat(c.watchedSeconds()).isEqualTo(2 * Coverage.MAX_SPEED / 2 + Coverage.REPORT_SLACK);
        assertThat(c.covers(120)).isFalse();
        assertThat(Coverage.empty().add(0, 120, 120, 0).watchedSeconds()).isEqualTo(Coverage.REPORT_SLACK);
    }

    @Test
    @DisplayName("W4.2 overlapping ranges merge; ranges outside the video are refused")
    void mergesAndRefuses() {
        Coverage c = Coverage.empty().add(10, 30, 100, 100).add(20, 50, 100, 100).add(0, 12, 100, 100);
        assertThat(c.format()).isEqualTo("0-50");
        assertThatThrownBy(() -> Coverage.empty().add(5, 5, 100, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coverage.empty().add(0, 200, 100, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
