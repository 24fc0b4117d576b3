package org.shangmen.kernel;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A code of China's administrative divisions (GB/T 2260): six digits, province (44xxxx), city (4403xx)
 * and district or county (440305). A province code ends in 0000, a city code in 00.
 */
public record RegionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("[1-9][0-9]{5}");

    public enum Level { PROVINCE, CITY, DISTRICT }

    public RegionCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a region code has six digits: " + value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && SIX_DIGITS.matcher(value).matches();
    }

    public Level level() {
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        if (value.endsWith("00")) {
            return Level.CITY;
        }
        return Level.DISTRICT;
    }

    public RegionCode province() {
        return new RegionCode(value.substring(0, 2) + "0000");
    }

    /** The city of a district, the city itself, or empty for a province. */
    public Optional<RegionCode> city() {
        return level() == Level.PROVINCE ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, 4) + "00"));
    }

    public Optional<RegionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case CITY -> Optional.of(province());
            case DISTRICT -> city();
        };
    }

    /** True when this region is {@code other} or lies inside it: 440305 is within 440300 and 440000. */
    public boolean isWithin(RegionCode other) {
        return switch (other.level()) {
            case PROVINCE -> value.startsWith(other.value.substring(0, 2));
            case CITY -> value.startsWith(other.value.substring(0, 4));
            case DISTRICT -> value.equals(other.value);
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
