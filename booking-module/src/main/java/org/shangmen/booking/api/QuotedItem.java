package org.shangmen.booking.api;

import java.util.List;
import java.util.UUID;

/**
 * What an order keeps of a catalogue item, as quoted: the item's name, unit and unit price and the
 * chosen options with their surcharges at the time of the quote. Editing or retiring the item later
 * changes nothing here. Amounts in fen.
 *
 * @param unitPriceFen  the item's base unit price raised by the percentage surcharges of the options
 * @param baseFen       unitPriceFen × quantity
 * @param surchargeFen  the options' fixed and per-unit surcharges
 * @param lineTotalFen  baseFen + surchargeFen
 * @param minutes       the line's estimated working time
 */
public record QuotedItem(UUID itemId, String itemCode, String itemName, PricingUnit unit, long unitPriceFen, int quantity,
                         long baseFen, List<ChosenOption> options, long surchargeFen, long lineTotalFen, int minutes) {

    public QuotedItem {
        options = List.copyOf(options);
    }

    /**
     * One option as chosen: its label and the chosen value(s) as shown to the customer, what it added.
     *
     * @param surchargeBasisPoints the percentage it added to the unit price (1 bp = 0.01 %)
     */
    public record ChosenOption(String key, String label, String value, long surchargeFen, int surchargeBasisPoints,
                               int extraMinutes) {
    }
}
