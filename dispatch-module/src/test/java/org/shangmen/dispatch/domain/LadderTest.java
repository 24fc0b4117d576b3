package org.shangmen.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LadderTest {

    @Test
    @DisplayName("A3.1 the standard ladder goes preferred → targeted → widened → open pool → operators")
    void standard() {
        Ladder ladder = Ladder.standard();
        assertThat(ladder.rungs()).extracting(Rung::step)
                .containsExactly(Step.PREFERRED, Step.TARGETED, Step.WIDENED, Step.OPEN_POOL, Step.OPERATOR);
        assertThat(ladder.firstOpenRung()).isEqualTo(1);
    }

    @Test
    @DisplayName("A3.1 rungs must go up the ladder and wait a positive time")
    void ordered() {
        Rung pool = new Rung(Step.OPEN_POOL, Duration.ofMinutes(5), 10, 0);
        Rung targeted = new Rung(Step.TARGETED, Duration.ofMinutes(5), 5, 5000);
        assertThatThrownBy(() -> new Ladder(List.of(pool, targeted), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rung(Step.TARGETED, Duration.ZERO, 5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Ladder(List.of(targeted, pool), Duration.ZERO, Duration.ZERO).firstOpenRung()).isZero();
    }

    @Test
    @DisplayName("A3.1 a case moves through its states keeping its order and raising its version")
    void caseStates() {
        Instant now = Instant.parse("2026-11-25T02:00:00Z");
        DispatchCase open = DispatchCase.open(UUID.randomUUID(), UUID.randomUUID(), AssignmentMode.BROADCAST, now);
        assertThat(open.rung()).isEqualTo(-1);
        DispatchCase offering = open.offering(1, now.plusSeconds(600));
        assertThat(offering.version()).isEqualTo(1);
        DispatchCase flagged = offering.flagged(4, now, now.plusSeconds(1800));
        assertThat(flagged.state()).isEqualTo(CaseState.AWAITING_OPERATOR);
        assertThat(flagged.flaggedAt()).contains(now);
        UUID worker = UUID.randomUUID();
        DispatchCase settled = flagged.settled(worker);
        assertThat(settled.state()).isEqualTo(CaseState.ASSIGNED);
        assertThat(settled.deadline()).isEmpty();
        assertThat(settled.reopened(0, now).workerId()).isEmpty();
        assertThatThrownBy(() -> settled.closed(CaseState.OFFERING)).isInstanceOf(IllegalArgumentException.class);
        assertThat(settled.closed(CaseState.UNFILLED).deadline()).isEmpty();
    }
}
