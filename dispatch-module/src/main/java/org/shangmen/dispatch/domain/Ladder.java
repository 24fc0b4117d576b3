package org.shangmen.dispatch.domain;

import java.time.Duration;
import java.util.List;

/**
 * The escalation ladder (configurable): its rungs in order, how long before the start dispatch gives
 * up, and how long an automatically assigned worker may decline.
 */
public record Ladder(List<Rung> rungs, Duration giveUpBeforeStart, Duration declineWindow) {

    public Ladder {
        rungs = List.copyOf(rungs);
        if (rungs.isEmpty()) {
            throw new IllegalArgumentException("a ladder has rungs");
        }
        for (int i = 1; i < rungs.size(); i++) {
            if (rungs.get(i).step().ordinal() <= rungs.get(i - 1).step().ordinal()) {
                throw new IllegalArgumentException("rungs go up the ladder in order: " + rungs);
            }
        }
    }

    /** The platform's default ladder: 10 min for the chosen worker, 5 nearby for 10 min, 15 within 12 km for 10 min, the pool for 20 min, operators for 30 min. */
    public static Ladder standard() {
        return new Ladder(List.of(
                new Rung(Step.PREFERRED, Duration.ofMinutes(10), 1, 0),
                new Rung(Step.TARGETED, Duration.ofMinutes(10), 5, 5_000),
                new Rung(Step.WIDENED, Duration.ofMinutes(10), 15, 12_000),
                new Rung(Step.OPEN_POOL, Duration.ofMinutes(20), 200, 0),
                new Rung(Step.OPERATOR, Duration.ofMinutes(30), 0, 0)),
                Duration.ofMinutes(30), Duration.ofMinutes(10));
    }

    /** The index of the first rung that is not PREFERRED: where an order whose worker left starts again. */
    public int firstOpenRung() {
        for (int i = 0; i < rungs.size(); i++) {
            if (rungs.get(i).step() != Step.PREFERRED) {
                return i;
            }
        }
        return rungs.size();
    }
}
