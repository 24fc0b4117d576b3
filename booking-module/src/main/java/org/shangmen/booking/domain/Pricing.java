package org.shangmen.booking.domain;

import org.shangmen.booking.api.PricingUnit;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.QuotedItem.ChosenOption;
import org.shangmen.booking.domain.Customisation.Selection;

/**
 * Prices and times one line of a quote (C2.2, C4.1). Integer fen throughout, no floating point:
 * <ol>
 *   <li>Unit price = base unit price + the options' percentage surcharges (their basis points summed)
 *       of the base unit price, rounded half-up to the fen once per line.</li>
 *   <li>Base = unit price × quantity, exact: quantities are whole hours, square metres, days or
 *       appliances, so a per-square-metre price needs no rounding.</li>
 *   <li>Surcharge = the chosen values' fixed fen + NUMBER options' fen per unit × value, exact.</li>
 *   <li>Line total = base + surcharge.</li>
 *   <li>Minutes = the larger of the item's minimum and (hours × 60 for PER_HOUR, days × typical
 *       minutes for PER_DAY, typical minutes otherwise) + the options' extra minutes.</li>
 * </ol>
 */
public final class Pricing {

    private Pricing() {
    }

    /** One priced line and the minutes its first visit takes (one day of a PER_DAY line). */
    public record Line(QuotedItem quoted, int visitMinutes) {
    }

    public static Line line(ServiceItem item, Selection selection) {
        int quantity = selection.quantity();
        long basisPoints = 0;
        long surcharge = 0;
        int extraMinutes = 0;
        for (ChosenOption o : selection.chosen()) {
            basisPoints = Math.addExact(basisPoints, o.surchargeBasisPoints());
            surcharge = Math.addExact(surcharge, o.surchargeFen());
            extraMinutes = Math.addExact(extraMinutes, o.extraMinutes());
        }
        long unitPrice = Math.addExact(item.basePriceFen(), percentHalfUp(item.basePriceFen(), basisPoints));
        long base = Math.multiplyExact(unitPrice, (long) quantity);
        long total = Math.addExact(base, surcharge);
        int baseMinutes = switch (item.unit()) {
            case PER_HOUR -> Math.multiplyExact(quantity, 60);
            case PER_DAY -> Math.multiplyExact(quantity, item.typicalMinutes());
            case PER_VISIT, PER_SQUARE_METRE, PER_APPLIANCE -> item.typicalMinutes();
        };
        int minutes = Math.max(item.minimumMinutes(), Math.addExact(baseMinutes, extraMinutes));
        int visit = item.unit() == PricingUnit.PER_DAY
                ? Math.max(item.minimumMinutes(), Math.addExact(item.typicalMinutes(), extraMinutes))
                : minutes;
        QuotedItem quoted = new QuotedItem(item.id(), item.code(), item.name(), item.unit(), unitPrice, quantity, base,
                selection.chosen(), surcharge, total, minutes);
        return new Line(quoted, visit);
    }

    /** {@code amount × basisPoints / 10 000}, rounded half-up; both non-negative. */
    static long percentHalfUp(long amount, long basisPoints) {
        if (amount < 0 || basisPoints < 0) {
            throw new IllegalArgumentException("amounts and percentages are never negative");
        }
        return Math.addExact(Math.multiplyExact(amount, basisPoints), 5_000) / 10_000;
    }
}
