package org.shangmen.billing.domain;

/** A worker's quality band from the average rating and upheld complaints, for commission (A3.2, A2.1). */
public enum QualityTier {
    STANDARD, GOOD, EXCELLENT;

    /** 4.8 stars and up is excellent, 4.5 and up good; without reviews (0) standard. */
    public static QualityTier ofRating(int ratingTenths) {
        if (ratingTenths >= 48) {
            return EXCELLENT;
        }
        if (ratingTenths >= 45) {
            return GOOD;
        }
        return STANDARD;
    }

    /**
     * The band from the rating, lowered by complaints upheld against the worker (A2.1): one band from 20
     * per thousand completed orders, standard from 50 per thousand.
     */
    public static QualityTier of(int ratingTenths, int complaintRatePermille) {
        QualityTier byRating = ofRating(ratingTenths);
        if (complaintRatePermille >= 50) {
            return STANDARD;
        }
        if (complaintRatePermille >= 20) {
            return byRating == EXCELLENT ? GOOD : STANDARD;
        }
        return byRating;
    }
}
