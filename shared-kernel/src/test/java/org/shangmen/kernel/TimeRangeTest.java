package org.shangmen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Instant NINE = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    @DisplayName("back-to-back appointments do not overlap; a shared minute does")
    void backToBack() {
        TimeRange first = TimeRange.of(NINE, Duration.ofHours(2));
        TimeRange second = TimeRange.of(NINE.plus(Duration.ofHours(2)), Duration.ofHours(1));
        assertThat(first.overlaps(second)).isFalse();
        assertThat(first.overlaps(TimeRange.of(NINE.plus(Duration.ofMinutes(119)), Duration.ofHours(1)))).isTrue();
        assertThat(first.contains(NINE)).isTrue();
        assertThat(first.contains(first.end())).isFalse();
        assertThat(first.duration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    @DisplayName("an empty or reversed range is refused; instants keep microsecond precision")
    void validation() {
        assertThatThrownBy(() -> new TimeRange(NINE, NINE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeRange(NINE, NINE.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        TimeRange r = new TimeRange(NINE.plusNanos(1_234_567), NINE.plusSeconds(60));
        assertThat(r.start().getNano()).isEqualTo(1_234_000);
    }

    @Test
    @DisplayName("overlap is symmetric and matches the minute-by-minute definition (20 000 random pairs)")
    void overlapIsSymmetric() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 20_000; i++) {
            int aStart = random.nextInt(0, 601);
            int aLen = random.nextInt(1, 301);
            int bStart = random.nextInt(0, 601);
            int bLen = random.nextInt(1, 301);
            assertOverlapMatchesMinutes(aStart, aLen, bStart, bLen);
        }
    }

    private static void assertOverlapMatchesMinutes(int aStart, int aLen, int bStart, int bLen) {
        TimeRange a = TimeRange.of(NINE.plus(Duration.ofMinutes(aStart)), Duration.ofMinutes(aLen));
        TimeRange b = TimeRange.of(NINE.plus(Duration.ofMinutes(bStart)), Duration.ofMinutes(bLen));
        boolean shareAMinute = false;
        for (int m = aStart; m < aStart + aLen; m++) {
            if (m >= bStart && m < bStart + bLen) {
                shareAMinute = true;
                break;
            }
        }
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a)).isEqualTo(shareAMinute);
    }
}
