package org.shangmen.worker.domain;

/**
 * The decade of a worker's age as the public sees it ("30-39"), never the birth date. The age is the
 * difference of calendar years, so it may be one year ahead of the true age before the birthday; under
 * 20 is shown as "16-19" (16 is the legal minimum working age).
 */
public final class AgeBand {

    private static final int MINIMUM_WORKING_AGE = 16;

    private AgeBand() {
    }

    /** The band of someone born in {@code birthYear} as of {@code currentYear}; null for an implausible year. */
    public static String of(int birthYear, int currentYear) {
        int age = currentYear - birthYear;
        if (age < MINIMUM_WORKING_AGE || age > 120) {
            return null;
        }
        if (age < 20) {
            return MINIMUM_WORKING_AGE + "-19";
        }
        int decade = age / 10 * 10;
        return decade + "-" + (decade + 9);
    }
}
