package org.shangmen.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.billing.api.CommissionRules;
import org.shangmen.billing.api.CommissionRules.NewRule;
import org.shangmen.booking.api.WorkerPayEstimates;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The commission rules behind the pay an offer shows are kept in memory for half a minute; a rule an
 * operator adds through this instance is in its very next estimate.
 */
@PlatformTest
class PayEstimateRulesTest {

    @Autowired
    CommissionRules rules;
    @Autowired
    WorkerPayEstimates estimates;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("A3.2 W2.1 a commission rule added on this instance is in the next pay estimate, not half a minute later")
    void ruleSeenAtOnce() {
        // An item code of this test alone, so that the rule changes no other test's estimates.
        String item = "estimate-probe-" + UUID.randomUUID().toString().substring(0, 8);
        UUID worker = UUID.randomUUID();
        Instant at = clock.instant();
        long before = estimates.workerShareFen(worker, List.of(item), "440305", 10_000, at);

        rules.addRule(new NewRule(Optional.of(item), Optional.empty(), Optional.empty(), 3_333, at.minusSeconds(60), Optional.empty()),
                UUID.randomUUID());

        assertThat(before).as("the default rate before").isNotEqualTo(6_667);
        assertThat(estimates.workerShareFen(worker, List.of(item), "440305", 10_000, at)).as("10 000 fen less 33.33 %").isEqualTo(6_667);
    }
}
