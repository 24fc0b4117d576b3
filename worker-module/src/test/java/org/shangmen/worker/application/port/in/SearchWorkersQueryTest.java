package org.shangmen.worker.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.application.port.in.SearchWorkers.Query;
import org.shangmen.worker.application.port.in.SearchWorkers.Sort;

class SearchWorkersQueryTest {

    static final GeoPoint FUTIAN = new GeoPoint(22.5431, 114.0579);

    @Test
    @DisplayName("C3.1 an empty query finds everyone, best rated first, first page of 20")
    void defaults() {
        Query query = Query.everyone(null);
        assertThat(query.sort()).isEqualTo(Sort.RATING);
        assertThat(query.page()).isEqualTo(new PageRequest(0, 20));
        assertThat(query.certificates()).isEmpty();
        assertThat(query.radiusMetres()).isNull();
        assertThat(query.keyword()).isNull();
    }

    @Test
    @DisplayName("C3.1 the keyword is trimmed, blank means none, and 32 characters is the most")
    void keyword() {
        assertThat(keyword("  王小梅 ").keyword()).isEqualTo("王小梅");
        assertThat(keyword("   ").keyword()).isNull();
        assertThat(keyword("w".repeat(32)).keyword()).hasSize(32);
        assertThat(keyword(" " + "w".repeat(32) + " ").keyword()).hasSize(32);
        assertRefused(() -> keyword("w".repeat(33)), "worker.search-keyword-too-long");
    }

    @Test
    @DisplayName("C3.1 a location defaults to a 5 km radius; 1 m to 50 km is allowed")
    void radius() {
        assertThat(near(FUTIAN, null).radiusMetres()).isEqualTo(5_000);
        assertThat(near(FUTIAN, 1).radiusMetres()).isEqualTo(1);
        assertThat(near(FUTIAN, 50_000).radiusMetres()).isEqualTo(50_000);
        assertRefused(() -> near(FUTIAN, 0), "worker.search-radius-invalid");
        assertRefused(() -> near(FUTIAN, 50_001), "worker.search-radius-invalid");
        assertRefused(() -> near(null, 1_000), "worker.search-radius-needs-location");
    }

    @Test
    @DisplayName("C3.1 the district must be a district, not a city")
    void district() {
        assertRefused(() -> new Query(null, null, RegionCode.of("440300"), null, null, null, null, null, null, null,
                null, null, null), "worker.search-district-invalid");
    }

    @Test
    @DisplayName("C3.2 the rating band is 0 to 50 tenths of a star")
    void rating() {
        assertThat(rating(0).minRatingTenths()).isZero();
        assertThat(rating(50).minRatingTenths()).isEqualTo(50);
        assertRefused(() -> rating(-1), "worker.search-rating-invalid");
        assertRefused(() -> rating(51), "worker.search-rating-invalid");
    }

    @Test
    @DisplayName("C3.2 prices are not negative and the range is not upside down; equal ends are fine")
    void prices() {
        assertThat(price(5_000L, 5_000L).minPriceFen()).isEqualTo(5_000L);
        assertThat(price(null, 0L).maxPriceFen()).isZero();
        assertRefused(() -> price(-1L, null), "worker.search-price-invalid");
        assertRefused(() -> price(null, -1L), "worker.search-price-invalid");
        assertRefused(() -> price(8_000L, 7_999L), "worker.search-price-range-invalid");
    }

    @Test
    @DisplayName("C3.2 sorting by distance needs a location")
    void distanceNeedsLocation() {
        assertRefused(() -> new Query(null, null, null, null, null, null, null, null, null, null, null, Sort.DISTANCE, null),
                "worker.search-distance-needs-location");
        assertThat(new Query(null, null, null, FUTIAN, null, null, null, null, null, null, null, Sort.DISTANCE, null).sort())
                .isEqualTo(Sort.DISTANCE);
    }

    @Test
    @DisplayName("C3.2 the certificates are copied and cannot be changed afterwards")
    void certificates() {
        Set<CertificateType> wanted = EnumSet.of(CertificateType.HEALTH);
        Query query = new Query(null, null, null, null, null, null, null, wanted, null, null, null, null, null);
        wanted.add(CertificateType.HOUSEKEEPER);
        assertThat(query.certificates()).containsExactly(CertificateType.HEALTH);
        assertThatThrownBy(() -> query.certificates().add(CertificateType.CHILDCARE)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Query keyword(String keyword) {
        return new Query(keyword, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Query near(GeoPoint point, Integer radius) {
        return new Query(null, null, null, point, radius, null, null, null, null, null, null, null, null);
    }

    private static Query rating(int tenths) {
        return new Query(null, null, null, null, null, tenths, null, null, null, null, null, null, null);
    }

    private static Query price(Long min, Long max) {
        return new Query(null, null, null, null, null, null, null, null, null, min, max, null, null);
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
