package org.shangmen.billing.domain;

/** A worker's quality band from the average rating, for commission (A3.2). */
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
}
