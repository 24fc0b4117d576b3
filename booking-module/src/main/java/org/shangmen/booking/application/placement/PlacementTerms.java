package org.shangmen.booking.application.placement;

/**
 * The platform's standard terms a new placement contract is written with (configurable under
 * {@code shangmen.booking.placement.*}); a signed contract keeps its own copy.
 *
 * @param depositDays     the deposit, in days of the placement's daily price
 * @param trialDays       the trial period: ending within it needs no notice and costs no fee
 * @param noticeDays      after the trial, how many days ahead an early end must be given
 * @param earlyEndFeeDays after the trial, the days' price kept on an early end
 */
public record PlacementTerms(int depositDays, int trialDays, int noticeDays, int earlyEndFeeDays) {

    public PlacementTerms {
        if (depositDays < 0 || trialDays < 0 || noticeDays < 0 || earlyEndFeeDays < 0) {
            throw new IllegalArgumentException("placement terms are whole days, never negative");
        }
    }
}
