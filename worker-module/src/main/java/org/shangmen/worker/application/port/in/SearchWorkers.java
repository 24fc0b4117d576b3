package org.shangmen.worker.application.port.in;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.domain.ExperienceBand;
import org.shangmen.worker.domain.Gender;

/**
 * Customers look for a worker (C3.1, C3.2): by name, skill, district or distance, rating, experience,
 * certificates, gender and price. Only approved workers in good standing are ever found, and a result
 * shows only what the worker publishes professionally.
 */
public interface SearchWorkers {

    /**
     * Matches are counted, and can be paged through, up to this many: a total of {@value} means "this many
     * or more", and pages past the {@value}th match are empty. Counting every match of a broad search (all
     * cleaners of a district) would cost more than the rest of the search together, and nobody pages that far.
     */
    int COUNTED_MATCHES = 1_000;

    /** One page of the workers found, best first by the query's sort, with the total as {@link #COUNTED_MATCHES} says. */
    Page<WorkerCard> search(Query query);

    /** How results are ordered; every order ends with the account id so pages never overlap. */
    enum Sort {
        /** Highest rating first, then most ratings. The default. */
        RATING,
        /** Most years of experience first, then highest rating. */
        EXPERIENCE,
        /** Cheapest hourly rate first; workers without a rate last. */
        PRICE_ASC,
        /** Dearest hourly rate first; workers without a rate last. */
        PRICE_DESC,
        /** Nearest first (by the rounded distance, then rating); needs a location. */
        DISTANCE
    }

    /**
     * One search. Every criterion is optional; absent criteria match everyone.
     *
     * @param keyword         the worker's name: a substring of the Chinese name (小梅), a prefix or substring of
     *                        the full pinyin (wang, wangxiao) or a prefix of the initials (wxm); at most
     *                        {@value #MAX_KEYWORD_LENGTH} characters, blank means none
     * @param skill           the worker has this skill
     * @param district        the worker serves this district
     * @param near            the customer's location; with {@code radiusMetres} it limits results to workers whose
     *                        home lies within the radius, and every result carries its distance
     * @param radiusMetres    1 to {@value #MAX_RADIUS_METRES}; {@value #DEFAULT_RADIUS_METRES} when absent. Only
     *                        with {@code near}
     * @param minRatingTenths the least rating in tenths of a star (45 = 4.5 stars and up), 0 to 50
     * @param experience      the experience band, see {@link ExperienceBand} for its exact boundaries
     * @param certificates    the worker holds every one of these, valid today (Asia/Shanghai)
     * @param minPriceFen     the least hourly rate in fen, inclusive
     * @param maxPriceFen     the greatest hourly rate in fen, inclusive
     * @param badge           the worker holds this skill badge (W4.2), valid today
     */
    record Query(String keyword, Skill skill, RegionCode district, GeoPoint near, Integer radiusMetres,
                 Integer minRatingTenths, ExperienceBand experience, Set<CertificateType> certificates, Gender gender,
                 Long minPriceFen, Long maxPriceFen, Sort sort, PageRequest page, String badge) {

        public Query(String keyword, Skill skill, RegionCode district, GeoPoint near, Integer radiusMetres,
                     Integer minRatingTenths, ExperienceBand experience, Set<CertificateType> certificates, Gender gender,
                     Long minPriceFen, Long maxPriceFen, Sort sort, PageRequest page) {
            this(keyword, skill, district, near, radiusMetres, minRatingTenths, experience, certificates, gender, minPriceFen, maxPriceFen,
                    sort, page, null);
        }

        public static final int MAX_KEYWORD_LENGTH = 32;
        public static final int DEFAULT_RADIUS_METRES = 5_000;
        public static final int MAX_RADIUS_METRES = 50_000;
        public static final int MAX_RATING_TENTHS = 50;

        public Query {
            keyword = keyword == null || keyword.isBlank() ? null : keyword.strip();
            if (keyword != null && keyword.length() > MAX_KEYWORD_LENGTH) {
                throw DomainException.invalid("worker.search-keyword-too-long", MAX_KEYWORD_LENGTH);
            }
            if (district != null && district.level() != RegionCode.Level.DISTRICT) {
                throw DomainException.invalid("worker.search-district-invalid");
            }
            if (radiusMetres != null && near == null) {
                throw DomainException.invalid("worker.search-radius-needs-location");
            }
            if (radiusMetres != null && (radiusMetres < 1 || radiusMetres > MAX_RADIUS_METRES)) {
                throw DomainException.invalid("worker.search-radius-invalid", MAX_RADIUS_METRES);
            }
            radiusMetres = near == null ? null : radiusMetres == null ? DEFAULT_RADIUS_METRES : radiusMetres;
            if (minRatingTenths != null && (minRatingTenths < 0 || minRatingTenths > MAX_RATING_TENTHS)) {
                throw DomainException.invalid("worker.search-rating-invalid");
            }
            if ((minPriceFen != null && minPriceFen < 0) || (maxPriceFen != null && maxPriceFen < 0)) {
                throw DomainException.invalid("worker.search-price-invalid");
            }
            if (minPriceFen != null && maxPriceFen != null && minPriceFen > maxPriceFen) {
                throw DomainException.invalid("worker.search-price-range-invalid");
            }
            certificates = certificates == null || certificates.isEmpty()
                    ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(certificates));
            sort = sort == null ? Sort.RATING : sort;
            if (sort == Sort.DISTANCE && near == null) {
                throw DomainException.invalid("worker.search-distance-needs-location");
            }
            page = page == null ? PageRequest.first() : page;
            badge = badge == null || badge.isBlank() ? null : badge.strip();
            if (badge != null && !badge.matches("[a-z][a-z0-9-]{1,47}")) {
                throw DomainException.invalid("worker.badge-code-invalid");
            }
        }

        /** Every approved worker in good standing, best rated first. */
        public static Query everyone(PageRequest page) {
            return new Query(null, null, null, null, null, null, null, null, null, null, null, null, page);
        }
    }

    /**
     * A worker as the public sees them: the professional (real) name, but never the ID number, phone, home
     * location or birth date.
     *
     * @param ageBand        the decade of age ("30-39"), or null when unknown
     * @param hourlyRate     the hourly rate, or null when the worker has not set one
     * @param certificates   the types of certificate valid today
     * @param distanceMetres the distance from the searched location rounded to 100 m (at least 100 m), or
     *                       null when the search had no location
     * @param photoUrl       a short-lived signed link to the worker's photo, or null without one
     * @param badges         the labels of the worker's skill badges valid today
     */
    record WorkerCard(UUID accountId, String realName, Gender gender, String ageBand, int experienceYears,
                      int ratingTenths, int ratingCount, int completedOrders, Money hourlyRate, List<Skill> skills,
                      List<String> districts, List<CertificateType> certificates, List<String> languages,
                      String introduction, Long distanceMetres, String photoUrl, List<String> badges) {

        public WorkerCard(UUID accountId, String realName, Gender gender, String ageBand, int experienceYears,
                          int ratingTenths, int ratingCount, int completedOrders, Money hourlyRate, List<Skill> skills,
                          List<String> districts, List<CertificateType> certificates, List<String> languages,
                          String introduction, Long distanceMetres, String photoUrl) {
            this(accountId, realName, gender, ageBand, experienceYears, ratingTenths, ratingCount, completedOrders, hourlyRate, skills,
                    districts, certificates, languages, introduction, distanceMetres, photoUrl, List.of());
        }

        public WorkerCard {
            skills = List.copyOf(skills);
            districts = List.copyOf(districts);
            certificates = List.copyOf(certificates);
            languages = List.copyOf(languages);
            badges = badges == null ? List.of() : List.copyOf(badges);
        }

        /** The same card with the labels of the worker's valid skill badges (W4.2). */
        public WorkerCard withBadges(List<String> labels) {
            return new WorkerCard(accountId, realName, gender, ageBand, experienceYears, ratingTenths, ratingCount, completedOrders, hourlyRate,
                    skills, districts, certificates, languages, introduction, distanceMetres, photoUrl, labels);
        }
    }
}
