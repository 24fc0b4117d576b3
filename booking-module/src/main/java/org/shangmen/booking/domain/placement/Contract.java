package org.shangmen.booking.domain.placement;

import java.time.Instant;
import java.util.List;

/**
 * The service agreement (服务协议) fixed when the customer chooses a worker, shown to both sides and
 * never changed by later catalogue or policy edits: the price per day, the deposit, how it is paid,
 * rest days, what is included, the trial period and the rule for ending early (the notice to give,
 * and the days' price kept after the trial). Money in fen.
 */
public record Contract(long dailyPriceFen, long depositFen, PaymentPlan plan, int restDaysPerMonth, List<String> included,
                       int trialDays, int noticeDays, int earlyEndFeeDays, Instant signedAt) {

    public enum PaymentPlan {
        /** The whole span paid at once (e.g. a 26-day 月嫂 package). */
        UPFRONT,
        /** One instalment per month of the span. */
        MONTHLY
    }

    public Contract {
        included = List.copyOf(included);
    }
}
