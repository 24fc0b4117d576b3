package org.shangmen.booking.api;

/**
 * One value of a CHOICE or MULTI_CHOICE option. Choosing it adds {@code surchargeFen} to the line, raises
 * the line's unit price by {@code surchargeBasisPoints} (1 bp = 0.01 %) and the line's time by
 * {@code extraMinutes}.
 */
public record OptionValue(String key, String label, long surchargeFen, int surchargeBasisPoints, int extraMinutes) {

    public static OptionValue plain(String key, String label) {
        return new OptionValue(key, label, 0, 0, 0);
    }

    public static OptionValue fixed(String key, String label, long surchargeFen, int extraMinutes) {
        return new OptionValue(key, label, surchargeFen, 0, extraMinutes);
    }

    public static OptionValue percent(String key, String label, int basisPoints, int extraMinutes) {
        return new OptionValue(key, label, 0, basisPoints, extraMinutes);
    }
}
