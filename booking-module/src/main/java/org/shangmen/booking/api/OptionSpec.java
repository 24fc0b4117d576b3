package org.shangmen.booking.api;

import java.util.List;

/**
 * An option a service item declares (C2.2). Fields that do not apply to the option's type are zero,
 * empty or null; the catalogue checks the whole declaration when an operator saves the item.
 *
 * @param key                  stable machine key, also the field name in requests ({@code items[0].options.area})
 * @param values               CHOICE and MULTI_CHOICE: the values, in display order
 * @param maxChoices           MULTI_CHOICE: how many values at most
 * @param min                  NUMBER: smallest value
 * @param max                  NUMBER: largest value
 * @param step                 NUMBER: values are min, min + step, …
 * @param defaultValue         NUMBER: used when the request leaves the option out; null for none
 * @param unitLabel            NUMBER: what is counted, for display ("平方米", "台")
 * @param surchargePerUnitFen  NUMBER (not the quantity): fen added per unit
 * @param extraMinutesPerUnit  NUMBER: minutes added per unit (also for the quantity option)
 * @param maxLength            TEXT: longest text in characters
 * @param quantity             NUMBER: its value is the line's quantity (hours, m², days, appliances)
 */
public record OptionSpec(String key, String label, OptionType type, boolean required, List<OptionValue> values,
                         int maxChoices, int min, int max, int step, Integer defaultValue, String unitLabel,
                         long surchargePerUnitFen, int extraMinutesPerUnit, int maxLength, boolean quantity) {

    public OptionSpec {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static OptionSpec choice(String key, String label, boolean required, List<OptionValue> values) {
        return new OptionSpec(key, label, OptionType.CHOICE, required, values, 0, 0, 0, 0, null, null, 0, 0, 0, false);
    }

    public static OptionSpec multiChoice(String key, String label, int maxChoices, List<OptionValue> values) {
        return new OptionSpec(key, label, OptionType.MULTI_CHOICE, false, values, maxChoices, 0, 0, 0, null, null, 0, 0, 0, false);
    }

    /** The NUMBER option whose value is the line's quantity. */
    public static OptionSpec quantity(String key, String label, String unitLabel, int min, int max, int step, Integer defaultValue,
                                      int extraMinutesPerUnit) {
        return new OptionSpec(key, label, OptionType.NUMBER, true, List.of(), 0, min, max, step, defaultValue, unitLabel,
                0, extraMinutesPerUnit, 0, true);
    }

    public static OptionSpec number(String key, String label, String unitLabel, boolean required, int min, int max, int step,
                                    Integer defaultValue, long surchargePerUnitFen, int extraMinutesPerUnit) {
        return new OptionSpec(key, label, OptionType.NUMBER, required, List.of(), 0, min, max, step, defaultValue, unitLabel,
                surchargePerUnitFen, extraMinutesPerUnit, 0, false);
    }

    public static OptionSpec text(String key, String label, int maxLength) {
        return new OptionSpec(key, label, OptionType.TEXT, false, List.of(), 0, 0, 0, 0, null, null, 0, 0, maxLength, false);
    }
}
