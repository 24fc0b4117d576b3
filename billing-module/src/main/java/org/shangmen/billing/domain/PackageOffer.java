package org.shangmen.billing.domain;

import java.time.Instant;

/** An offer of prepaid packages operators set: {@code visits} visits at {@code discountBp} off (1000 bp = 10 %). */
public record PackageOffer(int visits, int discountBp, boolean active, Instant updatedAt) {

    public static final int MIN_VISITS = 2;
    public static final int MAX_VISITS = 52;
    public static final int MAX_DISCOUNT_BP = 5000;
}
