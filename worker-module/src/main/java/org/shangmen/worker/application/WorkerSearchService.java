package org.shangmen.worker.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.in.SearchWorkers;
import org.shangmen.worker.application.port.out.PhotoLinks;
import org.shangmen.worker.application.port.out.WorkerSearchIndex;
import org.shangmen.worker.application.port.out.WorkerSearchIndex.Box;
import org.shangmen.worker.application.port.out.WorkerSearchIndex.Candidate;
import org.shangmen.worker.application.port.out.WorkerSearchIndex.Criteria;
import org.shangmen.worker.application.port.out.WorkerSearchIndex.Listing;
import org.shangmen.worker.domain.AgeBand;
import org.shangmen.worker.domain.NameSpelling;
import org.springframework.transaction.annotation.Transactional;

/**
 * Worker search (C3.1, C3.2). Without a location the index filters, sorts and pages in the database. With
 * one, the index answers the workers in the radius' bounding box; the exact haversine distance, rounded to
 * 100 m, then decides who is in the radius, and the sort and the page are applied here. Either way the
 * total is counted up to {@link #COUNTED_MATCHES}.
 *
 * <p>The radius is compared with the rounded distance, the same figure the result shows: comparing it
 * with the exact distance would let anyone find a worker's exact distance, and so their home, by
 * narrowing the radius metre by metre.
 */
public class WorkerSearchService implements SearchWorkers {

    static final long DISTANCE_STEP_METRES = 100;
    /**
     * A search by distance over this radius or more looks first within a third of it: in a dense city the
     * first thousand are there, and reading a ninth of the box is that much cheaper.
     */
    static final long INNER_RADIUS_FROM = 3_000;
    /** The mean earth radius {@link GeoPoint#distanceMetresTo} measures with. */
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /**
     * The account id's text order, which is that of its 128 bits read as one unsigned number: compared so,
     * without writing both ids out as text at every comparison of a sort of thousands.
     */
    private static final Comparator<Located> BY_ID = (a, b) -> {
        UUID x = a.candidate().accountId();
        UUID y = b.candidate().accountId();
        int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    };
    private static final Comparator<Located> BY_RATING = Comparator
            .<Located>comparingInt(l -> l.candidate().ratingTenths()).reversed()
            .thenComparing(Comparator.<Located>comparingInt(l -> l.candidate().ratingCount()).reversed());
    private static final Comparator<Located> BY_EXPERIENCE = Comparator
            .<Located>comparingInt(l -> l.candidate().experienceYears()).reversed()
            .thenComparing(BY_RATING);
    private static final Comparator<Located> BY_PRICE_ASC = Comparator
            .comparing((Located l) -> l.candidate().hourlyRateFen(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BY_RATING);
    private static final Comparator<Located> BY_PRICE_DESC = Comparator
            .comparing((Located l) -> l.candidate().hourlyRateFen(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BY_RATING);
    private static final Comparator<Located> BY_DISTANCE = Comparator
            .comparingLong(Located::distanceMetres)
            .thenComparing(BY_RATING);

    private final WorkerSearchIndex index;
    private final PhotoLinks photos;
    private final Clock clock;
    private final org.shangmen.worker.application.port.out.BadgeStore badges;

    public WorkerSearchService(WorkerSearchIndex index, PhotoLinks photos, Clock clock) {
        this(index, photos, clock, null);
    }

    /** @param badges where the workers' skill badges are kept, shown on each card; none when null */
    public WorkerSearchService(WorkerSearchIndex index, PhotoLinks photos, Clock clock,
                               org.shangmen.worker.application.port.out.BadgeStore badges) {
        this.badges = badges;
        this.index = index;
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<WorkerCard> search(Query query) {
        Page<WorkerCard> found = find(query);
        if (badges == null || found.items().isEmpty()) {
            return found;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.CHINA);
        var held = badges.badges(found.items().stream().map(WorkerCard::accountId).toList());
        return found.map(card -> card.withBadges(held.getOrDefault(card.accountId(), List.of()).stream()
                .filter(b -> b.validOn(today)).map(org.shangmen.worker.api.WorkerBadges.Badge::label).toList()));
    }

    private Page<WorkerCard> find(Query query) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        Criteria criteria = criteria(query, now, today);
        if (query.near() == null) {
            return index.page(criteria, query.sort(), query.page(), COUNTED_MATCHES).map(l -> card(l, today, null));
        }
        GeoPoint near = query.near();
        long radius = query.radiusMetres();
        List<Located> inRadius = null;
        if (query.sort() == Sort.DISTANCE && radius >= INNER_RADIUS_FROM) {
            // Everyone within the inner radius comes before everyone beyond it; if they are a thousand or
            // more, the thousand listed are all among them, and the total is a thousand either way.
            List<Located> inner = located(criteria, near, radius / 3 / DISTANCE_STEP_METRES * DISTANCE_STEP_METRES);
            if (inner.size() >= COUNTED_MATCHES) {
                inRadius = inner;
            }
        }
        if (inRadius == null) {
            inRadius = located(criteria, near, radius);
        }
        inRadius.sort(order(query.sort()).thenComparing(BY_ID));
        PageRequest page = query.page();
        int listed = Math.min(inRadius.size(), COUNTED_MATCHES);
        int from = (int) Math.min(page.offset(), listed);
        int to = Math.min(from + page.size(), listed);
        List<Located> slice = inRadius.subList(from, to);
        Map<UUID, Listing> listings = new HashMap<>();
        if (!slice.isEmpty()) {
            index.listings(slice.stream().map(l -> l.candidate().accountId()).toList(), today)
                    .forEach(l -> listings.put(l.accountId(), l));
        }
        List<WorkerCard> cards = new ArrayList<>(slice.size());
        for (Located l : slice) {
            Listing listing = listings.get(l.candidate().accountId());
            if (listing != null) {
                cards.add(card(listing, today, l.distanceMetres()));
            }
        }
        return Page.of(cards, page, listed);
    }

    /** The workers within {@code radius} (compared with the rounded distance) of {@code near}. */
    private List<Located> located(Criteria criteria, GeoPoint near, long radius) {
        List<Located> inRadius = new ArrayList<>();
        for (Candidate c : index.candidatesInBox(criteria, box(near, radius + DISTANCE_STEP_METRES / 2))) {
            long distance = rounded(near.distanceMetresTo(c.home()));
            if (distance <= radius) {
                inRadius.add(new Located(c, distance));
            }
        }
        return inRadius;
    }

    private static Criteria criteria(Query query, Instant now, LocalDate today) {
        String name = query.keyword();
        String spelling = name == null ? null : NameSpelling.normaliseQuery(name);
        return new Criteria(name, spelling == null || spelling.isEmpty() ? null : spelling, query.skill(),
                query.district() == null ? null : query.district().value(), query.minRatingTenths(),
                query.experience(), query.certificates(), query.gender(), query.minPriceFen(), query.maxPriceFen(),
                now, today, query.badge());
    }

    /**
     * The smallest latitude/longitude box that holds every point within {@code radiusMetres} of
     * {@code centre} on the sphere {@link GeoPoint} measures on (not for caps reaching a pole or the 180th meridian).
     */
    static Box box(GeoPoint centre, long radiusMetres) {
        double angle = radiusMetres / EARTH_RADIUS_METRES;
        double dLat = Math.toDegrees(angle);
        double cosLat = Math.max(0.01, Math.cos(Math.toRadians(centre.latitude())));
        double dLng = Math.toDegrees(Math.asin(Math.min(1.0, Math.sin(angle) / cosLat)));
        return new Box(centre.latitude() - dLat, centre.latitude() + dLat, centre.longitude() - dLng, centre.longitude() + dLng,
                centre, angle);
    }

    /** A distance rounded half-up to 100 m, and never below 100 m, so that it does not pinpoint a home. */
    static long rounded(long metres) {
        long steps = (metres + DISTANCE_STEP_METRES / 2) / DISTANCE_STEP_METRES;
        return Math.max(1, steps) * DISTANCE_STEP_METRES;
    }

    private static Comparator<Located> order(Sort sort) {
        return switch (sort) {
            case RATING -> BY_RATING;
            case EXPERIENCE -> BY_EXPERIENCE;
            case PRICE_ASC -> BY_PRICE_ASC;
            case PRICE_DESC -> BY_PRICE_DESC;
            case DISTANCE -> BY_DISTANCE;
        };
    }

    private WorkerCard card(Listing l, LocalDate today, Long distanceMetres) {
        List<Skill> skills = l.skills().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(l.skills()));
        List<CertificateType> certificates = l.validCertificates().isEmpty()
                ? List.of() : List.copyOf(EnumSet.copyOf(l.validCertificates()));
        return new WorkerCard(l.accountId(), l.realName(), l.gender(),
                l.birthYear() == null ? null : AgeBand.of(l.birthYear(), today.getYear()),
                l.experienceYears(), l.ratingTenths(), l.ratingCount(), l.completedOrders(),
                l.hourlyRateFen() == null ? null : Money.ofFen(l.hourlyRateFen()),
                skills, l.districts().stream().sorted().toList(), certificates, languages(l.languages()),
                l.introduction(), distanceMetres, l.photoKey() == null ? null : photos.link(l.photoKey()));
    }

    /** Languages are kept as one text, separated by commas, semicolons or 、 ("普通话、粤语"). */
    private static List<String> languages(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("[,\uFF0C\u3001;\uFF1B]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private record Located(Candidate candidate, long distanceMetres) {
    }
}
