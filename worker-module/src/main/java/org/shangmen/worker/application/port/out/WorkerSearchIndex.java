package org.shangmen.worker.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.in.SearchWorkers.Sort;
import org.shangmen.worker.domain.ExperienceBand;
import org.shangmen.worker.domain.Gender;

/**
 * Reads the workers customers may find: approved, and active or with a suspension that has ended. Every
 * method issues a fixed number of statements, whatever the number of workers it answers.
 */
public interface WorkerSearchIndex {

    /**
     * A page of matching workers in {@code sort} order (not {@link Sort#DISTANCE}) and the number of all
     * matches, counted up to {@code countLimit}. Only the first {@code countLimit} matches are ever listed: a
     * page reaching past them is cut short.
     */
    Page<Listing> page(Criteria criteria, Sort sort, PageRequest page, int countLimit);

    /** Every matching worker whose home point lies in the box; the caller measures the exact distance. */
    List<Candidate> candidatesInBox(Criteria criteria, Box box);

    /** The listings of these workers, in no particular order. */
    List<Listing> listings(List<UUID> ids, LocalDate today);

    /**
     * What to match, all optional but {@code now} and {@code today}.
     *
     * @param nameFragment     matched as a substring of the real name, as typed (trimmed)
     * @param spellingFragment matched as a substring of the full pinyin or a prefix of the initials; lower-case
     *                         letters and digits only
     * @param now              suspensions ending at or before this instant are over
     * @param today            certificates valid until this date (Asia/Shanghai) or later are valid
     */
    record Criteria(String nameFragment, String spellingFragment, Skill skill, String districtCode,
                    Integer minRatingTenths, ExperienceBand experience, Set<CertificateType> certificates,
                    Gender gender, Long minPriceFen, Long maxPriceFen, Instant now, LocalDate today, String badge) {

        public Criteria(String nameFragment, String spellingFragment, Skill skill, String districtCode,
                        Integer minRatingTenths, ExperienceBand experience, Set<CertificateType> certificates,
                        Gender gender, Long minPriceFen, Long maxPriceFen, Instant now, LocalDate today) {
            this(nameFragment, spellingFragment, skill, districtCode, minRatingTenths, experience, certificates, gender, minPriceFen,
                    maxPriceFen, now, today, null);
        }

        public Criteria {
            certificates = certificates == null ? Set.of() : Set.copyOf(certificates);
        }
    }

    /**
     * A latitude/longitude box in WGS-84 degrees, bounds inclusive; with a centre, the box around the circle of
     * {@code radiusRadians} (a cap on the sphere) about it, which only {@link #longitudesBetween} reads.
     */
    record Box(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude, GeoPoint centre,
               double radiusRadians) {

        /** Beyond what rounding could move a point across; a hundred-millionth of a degree is about a millimetre. */
        private static final double MARGIN_DEGREES = 1e-8;

        public Box(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
            this(minLatitude, maxLatitude, minLongitude, maxLongitude, null, 0);
        }

        /**
         * The least range of longitudes that holds every point of the box's circle whose latitude lies between
         * these two (the box's whole width for a box without a circle). The circle is widest at one latitude,
         * where meridians touch it, and narrows steadily away from it on either side, so over a range of
         * latitudes it is widest at the one nearest that latitude.
         */
        public double[] longitudesBetween(double fromLatitude, double toLatitude) {
            double from = Math.max(fromLatitude - MARGIN_DEGREES, minLatitude);
            double to = Math.min(toLatitude + MARGIN_DEGREES, maxLatitude);
            if (centre == null || from > to) {
                return new double[] {minLongitude, maxLongitude};
            }
            double centreLatitude = Math.toRadians(centre.latitude());
            double widest = Math.toDegrees(Math.asin(Math.min(1, Math.sin(centreLatitude) / Math.cos(radiusRadians))));
            double latitude = Math.toRadians(Math.clamp(widest, from, to));
            double cosHalfWidth = (Math.cos(radiusRadians) - Math.sin(centreLatitude) * Math.sin(latitude))
                    / (Math.cos(centreLatitude) * Math.cos(latitude));
            if (!(cosHalfWidth > -1)) {
                return new double[] {minLongitude, maxLongitude};
            }
            double halfWidth = Math.toDegrees(Math.acos(Math.min(1, cosHalfWidth))) + MARGIN_DEGREES;
            return new double[] {Math.max(minLongitude, centre.longitude() - halfWidth),
                    Math.min(maxLongitude, centre.longitude() + halfWidth)};
        }
    }

    /** A worker inside a box: where they live and the keys the results may be sorted by. */
    record Candidate(UUID accountId, GeoPoint home, int ratingTenths, int ratingCount, int experienceYears,
                     Long hourlyRateFen) {
    }

    /**
     * A found worker's profile. The home point is for measuring distance only and never leaves the
     * application layer; {@code photoKey} is the stored photo's key, or null without a photo.
     */
    record Listing(UUID accountId, String realName, Gender gender, Integer birthYear, int experienceYears,
                   int ratingTenths, int ratingCount, int completedOrders, Long hourlyRateFen, String languages,
                   String introduction, GeoPoint home, Set<Skill> skills, Set<String> districts,
                   Set<CertificateType> validCertificates, String photoKey) {

        public Listing {
            skills = Set.copyOf(skills);
            districts = Set.copyOf(districts);
            validCertificates = Set.copyOf(validCertificates);
        }
    }
}
