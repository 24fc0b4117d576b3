package org.shangmen.worker.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.application.port.out.PhotoLinks;
import org.shangmen.worker.application.port.in.SearchWorkers;
import org.shangmen.worker.application.port.in.SearchWorkers.Query;
import org.shangmen.worker.application.port.in.SearchWorkers.Sort;
import org.shangmen.worker.application.port.in.SearchWorkers.WorkerCard;
import org.shangmen.worker.application.port.out.WorkerSearchIndex;
import org.shangmen.worker.application.port.out.WorkerSearchIndex.Box;
import org.shangmen.worker.application.port.out.WorkerSearchIndex.Candidate;
import org.shangmen.worker.application.port.out.WorkerSearchIndex.Criteria;
import org.shangmen.worker.application.port.out.WorkerSearchIndex.Listing;

class WorkerSearchServiceTest {

    static final PhotoLinks PHOTOS = key -> "/api/v1/files/" + key;

    static final GeoPoint CENTRE = new GeoPoint(22.5431, 114.0579);
    /** 01:00 on 1 January 2027 in Shanghai, still 2026 in UTC. */
    static final Instant NOW = Instant.parse("2026-12-31T17:00:00Z");

    @ParameterizedTest(name = "C3.1 {0} m is shown as {1} m")
    @CsvSource({"0, 100", "49, 100", "149, 100", "150, 200", "4949, 4900", "4950, 5000", "50049, 50000"})
    @DisplayName("C3.1 distances are rounded half-up to 100 m and never shown below 100 m")
    void rounding(long exact, long shown) {
        assertThat(WorkerSearchService.rounded(exact)).isEqualTo(shown);
    }

    @Test
    @DisplayName("C3.1 the bounding box holds the whole circle, up to its edge in every direction")
    void boxHoldsCircle() {
        long radius = 50_000;
        Box box = WorkerSearchService.box(CENTRE, radius);
        for (int bearing = 0; bearing < 360; bearing += 5) {
            GeoPoint edge = destination(CENTRE, radius - 1, bearing);
            assertThat(edge.latitude()).isBetween(box.minLatitude(), box.maxLatitude());
            assertThat(edge.longitude()).isBetween(box.minLongitude(), box.maxLongitude());
        }
        // and it is no bigger than it needs to be
        assertThat(destination(CENTRE, radius + 100, 0).latitude()).isGreaterThan(box.maxLatitude());
        assertThat(destination(CENTRE, radius + 100, 90).longitude()).isGreaterThan(box.maxLongitude());
    }

    @Test
    @DisplayName("C3.1 a strip of the box is read only where the circle crosses it, and every point of the circle is in its strip's range")
    void stripsHoldCircle() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (GeoPoint centre : List.of(CENTRE, new GeoPoint(22.7000, 114.3500), new GeoPoint(45.75, 126.65), new GeoPoint(-33.87, 151.21))) {
            for (long radius : new long[] {1_000, 3_000, 5_000, 10_000, 50_000}) {
                Box box = WorkerSearchService.box(centre, radius + 50);
                for (int i = 0; i < 4_000; i++) {
                    // Most points at the very edge, where a range too narrow would lose them.
                    double metres = i % 4 == 0 ? random.nextDouble() * (radius + 49) : radius + 49 - random.nextDouble();
                    GeoPoint point = destination(centre, metres, random.nextDouble() * 360);
                    int band = (int) Math.floor(point.latitude() * 100);
                    double[] longitudes = box.longitudesBetween(band / 100.0, (band + 1) / 100.0);
                    assertThat(point.longitude()).as("%s r=%d %s", centre, radius, point).isBetween(longitudes[0], longitudes[1]);
                }
                // The strips at the circle's top and bottom are much narrower than the box.
                double width = box.maxLongitude() - box.minLongitude();
                for (double latitude : new double[] {box.maxLatitude(), box.minLatitude()}) {
                    int band = (int) Math.floor(latitude * 100);
                    double[] longitudes = box.longitudesBetween(band / 100.0, (band + 1) / 100.0);
                    if (radius >= 5_000) {
                        assertThat(longitudes[1] - longitudes[0]).as("%s r=%d", centre, radius).isLessThan(width * 0.75);
                    }
                }
            }
        }
        Box plain = new Box(22.5, 22.6, 114.0, 114.1);
        assertThat(plain.longitudesBetween(22.55, 22.56)).containsExactly(114.0, 114.1);
    }

    @Test
    @DisplayName("C3.2 the criteria carry the keyword both as typed and as pinyin, today in Shanghai and the count limit")
    void criteria() {
        RecordingIndex index = new RecordingIndex(List.of());
        new WorkerSearchService(index, PHOTOS, Clock.fixed(NOW, ZoneOffset.UTC))
                .search(new Query(" Wang Xiao ", null, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(index.criteria.get().nameFragment()).isEqualTo("Wang Xiao");
        assertThat(index.criteria.get().spellingFragment()).isEqualTo("wangxiao");
        assertThat(index.criteria.get().today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(index.criteria.get().now()).isEqualTo(NOW);
        assertThat(index.countLimit).isEqualTo(SearchWorkers.COUNTED_MATCHES);
        new WorkerSearchService(index, PHOTOS, Clock.fixed(NOW, ZoneOffset.UTC))
                .search(new Query("小梅", null, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(index.criteria.get().spellingFragment()).isNull();
    }

    @Test
    @DisplayName("C3.2 near a point, more than a thousand matches are counted as a thousand and listed no further")
    void countLimitNear() {
        List<Candidate> many = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            many.add(new Candidate(new UUID(0, i), destination(CENTRE, 10 + i, 0), 45, i, 3, 6_000L));
        }
        WorkerSearchService service = new WorkerSearchService(new RecordingIndex(many), PHOTOS, Clock.fixed(NOW, ZoneOffset.UTC));
        Page<WorkerCard> last = service.search(near(new PageRequest(49, 20)));
        assertThat(last.total()).isEqualTo(SearchWorkers.COUNTED_MATCHES);
        assertThat(last.items()).hasSize(20);
        assertThat(last.items().getLast().distanceMetres()).isEqualTo(1_000L);
        Page<WorkerCard> past = service.search(near(new PageRequest(50, 20)));
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(SearchWorkers.COUNTED_MATCHES);
    }

    @Test
    @DisplayName("C3.1 by distance over a large radius, the page is the same whether the first thousand lie within a third of it or not")
    void innerRadius() {
        for (int spread : new int[] {3_000, 9_900}) {
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 2_400; i++) {
                candidates.add(new Candidate(new UUID(1, i), destination(CENTRE, (i * 7_919L) % spread + 1, i % 360),
                        40 + i % 11, i % 7, 3, 6_000L));
            }
            List<UUID> expected = candidates.stream()
                    .filter(c -> WorkerSearchService.rounded(CENTRE.distanceMetresTo(c.home())) <= 10_000)
                    .sorted(java.util.Comparator.<Candidate>comparingLong(c -> WorkerSearchService.rounded(CENTRE.distanceMetresTo(c.home())))
                            .thenComparing(java.util.Comparator.<Candidate>comparingInt(Candidate::ratingTenths).reversed())
                            .thenComparing(java.util.Comparator.<Candidate>comparingInt(Candidate::ratingCount).reversed())
                            .thenComparing(c -> c.accountId().toString()))
                    .limit(SearchWorkers.COUNTED_MATCHES)
                    .map(Candidate::accountId)
                    .toList();
            WorkerSearchService service = new WorkerSearchService(new BoxIndex(candidates), PHOTOS, Clock.fixed(NOW, ZoneOffset.UTC));
            for (int page : new int[] {0, 7, 49}) {
                Page<WorkerCard> found = service.search(new Query(null, null, null, CENTRE, 10_000, null, null, null, null, null,
                        null, Sort.DISTANCE, new PageRequest(page, 20)));
                assertThat(found.total()).isEqualTo(SearchWorkers.COUNTED_MATCHES);
                assertThat(found.items()).extracting(WorkerCard::accountId).as("spread %d page %d", spread, page)
                        .containsExactlyElementsOf(expected.subList(page * 20, page * 20 + 20));
            }
        }
    }

    @Test
    @DisplayName("C3.2 near a point, workers alike in every sort key are listed by their account id as written")
    void tiesByAccountIdText() {
        // In text order; comparing the ids' bits as signed numbers (UUID.compareTo) would list them 4, 5, 1, 2, 3.
        List<UUID> ids = List.of(new UUID(0x0000_0000_0000_0001L, 0x8000_0000_0000_0000L),
                new UUID(0x0000_0000_0000_0001L, 0xF000_0000_0000_0000L),
                new UUID(0x7FFF_FFFF_FFFF_FFFFL, 0),
                new UUID(0x8000_0000_0000_0000L, 0), new UUID(0xFFFF_FFFF_FFFF_FFFFL, 1));
        assertThat(ids.stream().map(UUID::toString).sorted().toList())
                .containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
        List<Candidate> alike = new ArrayList<>();
        for (UUID id : ids.reversed()) {
            alike.add(new Candidate(id, destination(CENTRE, 500, 90), 45, 10, 3, 6_000L));
        }
        WorkerSearchService service = new WorkerSearchService(new RecordingIndex(alike), PHOTOS, Clock.fixed(NOW, ZoneOffset.UTC));
        for (Sort sort : Sort.values()) {
            Page<WorkerCard> found = service.search(new Query(null, null, null, CENTRE, 1_000, null, null, null, null, null,
                    null, sort, new PageRequest(0, 20)));
            assertThat(found.items()).extracting(WorkerCard::accountId).as("%s", sort).containsExactlyElementsOf(ids);
        }
    }

    /** Answers the candidates whose home lies in the box asked about. */
    static final class BoxIndex extends RecordingIndex {
        BoxIndex(List<Candidate> candidates) {
            super(candidates);
        }

        @Override
        public List<Candidate> candidatesInBox(Criteria criteria, Box box) {
            return candidates.stream().filter(c -> c.home().latitude() >= box.minLatitude() && c.home().latitude() <= box.maxLatitude()
                    && c.home().longitude() >= box.minLongitude() && c.home().longitude() <= box.maxLongitude()).toList();
        }
    }

    private static Query near(PageRequest page) {
        return new Query(null, null, null, CENTRE, 5_000, null, null, null, null, null, null, Sort.DISTANCE, page);
    }

    /** The point {@code metres} away on the great circle leaving {@code from} at {@code bearing} degrees. */
    static GeoPoint destination(GeoPoint from, double metres, double bearing) {
        double delta = metres / 6_371_008.8;
        double theta = Math.toRadians(bearing);
        double phi1 = Math.toRadians(from.latitude());
        double lambda1 = Math.toRadians(from.longitude());
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
        GeoPoint point = new GeoPoint(Math.toDegrees(phi2), Math.toDegrees(lambda2));
        assertThat(from.distanceMetresTo(point)).isBetween((long) metres - 1, (long) metres + 1);
        return point;
    }

    /** Answers the given candidates and a listing for any id; remembers what it was asked. */
    static class RecordingIndex implements WorkerSearchIndex {
        final AtomicReference<Criteria> criteria = new AtomicReference<>();
        final List<Candidate> candidates;
        int countLimit;

        RecordingIndex(List<Candidate> candidates) {
            this.candidates = candidates;
        }

        @Override
        public Page<Listing> page(Criteria criteria, Sort sort, PageRequest page, int countLimit) {
            this.criteria.set(criteria);
            this.countLimit = countLimit;
            return Page.of(List.of(), page, 0);
        }

        @Override
        public List<Candidate> candidatesInBox(Criteria criteria, Box box) {
            this.criteria.set(criteria);
            return candidates;
        }

        @Override
        public List<Listing> listings(List<UUID> ids, LocalDate today) {
            return ids.stream().map(id -> new Listing(id, "王小梅", null, null, 3, 45, 0, 0, 6_000L, null, null,
                    CENTRE, Set.of(), Set.of(), Set.of(), null)).toList();
        }
    }
}
