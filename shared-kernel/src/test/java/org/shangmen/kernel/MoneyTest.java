package org.shangmen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    @DisplayName("amounts add, subtract and multiply exactly in fen")
    void arithmetic() {
        Money price = Money.ofFen(12_850);
        assertThat(price.plus(Money.ofFen(150))).isEqualTo(Money.ofYuan(130));
        assertThat(price.minus(Money.ofFen(12_851))).isEqualTo(Money.ofFen(-1));
        assertThat(price.times(3)).isEqualTo(Money.ofFen(38_550));
        assertThat(Money.sum(List.of(Money.ofFen(1), Money.ofFen(2), Money.ofFen(3)))).isEqualTo(Money.ofFen(6));
        assertThat(price.currency()).isEqualTo("CNY");
    }

    @Test
    @DisplayName("a share in basis points rounds half up to the fen, symmetrically for refunds")
    void percentageRounding() {
        assertThat(Money.ofFen(1_235).percentage(2_000)).isEqualTo(Money.ofFen(247));
        assertThat(Money.ofFen(5).percentage(5_000)).isEqualTo(Money.ofFen(3));
        assertThat(Money.ofFen(-5).percentage(5_000)).isEqualTo(Money.ofFen(-3));
        assertThatThrownBy(() -> Money.ofFen(100).percentage(10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("overflow is an error, never a silent wrap-around")
    void overflow() {
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    @DisplayName("amounts print as yuan with two decimals")
    void printing() {
        assertThat(Money.ofFen(12_850)).hasToString("¥128.50");
        assertThat(Money.ofFen(-5)).hasToString("-¥0.05");
    }

    @Test
    @DisplayName("splitting an amount into two complementary shares loses at most one fen (100 000 random cases)")
    void complementarySharesAddUp() {
        SplittableRandom random = new SplittableRandom(20261125L);
        for (int i = 0; i < 100_000; i++) {
            long fen = random.nextLong(-10_000_000_000L, 10_000_000_000L);
            int bp = random.nextInt(0, 10_001);
            Money amount = Money.ofFen(fen);
            long together = amount.percentage(bp).plus(amount.percentage(10_000 - bp)).fen();
            assertThat(Math.abs(together - fen)).as("%d fen at %d bp", fen, bp).isLessThanOrEqualTo(1);
            assertThat(amount.percentage(0)).isEqualTo(Money.ZERO);
            assertThat(amount.percentage(10_000)).isEqualTo(amount);
        }
    }
}
