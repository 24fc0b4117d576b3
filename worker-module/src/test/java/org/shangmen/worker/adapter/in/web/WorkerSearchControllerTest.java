package org.shangmen.worker.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.in.BrowseServiceAreas;
import org.shangmen.worker.application.port.in.SearchWorkers;
import org.shangmen.worker.application.port.in.SearchWorkers.Query;
import org.shangmen.worker.application.port.in.SearchWorkers.Sort;
import org.shangmen.worker.application.port.in.SearchWorkers.WorkerCard;
import org.shangmen.worker.domain.ExperienceBand;
import org.shangmen.worker.domain.Community;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.Region;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class WorkerSearchControllerTest {

    static final WorkerCard CARD = new WorkerCard(UUID.fromString("0195f3a0-0000-7000-8000-000000000001"), "王小梅",
            Gender.FEMALE, "30-39", 5, 48, 200, 400, Money.ofFen(6000), List.of(Skill.DAILY_CLEANING, Skill.NANNY),
            List.of("440304"), List.of(CertificateType.HEALTH), List.of("普通话", "粤语"), "十年家政经验", 1_000L,
            "/api/v1/files/workers/photo.png?expires=1&signature=s");

    final AtomicReference<Query> asked = new AtomicReference<>();
    final SearchWorkers search = query -> {
        asked.set(query);
        return Page.of(List.of(CARD), query.page(), 41);
    };
    /** Futian is served; labels come from the module's own message bundles. */
    final BrowseServiceAreas areas = new BrowseServiceAreas() {
        @Override
        public List<Region> servedCities() {
            return List.of(new Region(RegionCode.of("440300"), "深圳市", true));
        }

        @Override
        public List<Region> districtsOf(RegionCode city) {
            return List.of(new Region(RegionCode.of("440304"), "福田区", true));
        }

        @Override
        public Page<Community> communitiesOf(RegionCode district, String keyword, PageRequest page) {
            return Page.of(List.of(), page, 0);
        }
    };
    final WorkerSearchController controller = new WorkerSearchController(search, new WorkerSearchMapperImpl(),
            new DistrictNames(areas), bundles());

    static MessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/worker");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    @Test
    @DisplayName("C3.2 every parameter is parsed into the query, units as in the results")
    void parsesEveryParameter() {
        controller.search(" wxm ", "nanny", "440304", "22.5431", "114.0579", "3000", "45", "three_to_five",
                "HOUSEKEEPER,HEALTH", "FEMALE", "5000", "8000", "DISTANCE", "2", "10", Locale.CHINA);
        assertThat(asked.get()).isEqualTo(new Query("wxm", Skill.NANNY, RegionCode.of("440304"),
                new GeoPoint(22.5431, 114.0579), 3_000, 45, ExperienceBand.THREE_TO_FIVE,
                Set.of(CertificateType.HOUSEKEEPER, CertificateType.HEALTH), Gender.FEMALE, 5_000L, 8_000L,
                Sort.DISTANCE, new PageRequest(2, 10)));
    }

    @Test
    @DisplayName("C3.1 no parameters: everyone, first page of 20")
    void noParameters() {
        var page = controller.search(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, Locale.CHINA);
        assertThat(asked.get()).isEqualTo(Query.everyone(PageRequest.first()));
        assertThat(page.total()).isEqualTo(41);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @ParameterizedTest(name = "C3.2 {0}={1} is refused with {2}")
    @CsvSource({
            "skill, SWIMMING, worker.search-skill-unknown",
            "district, 4403, worker.search-district-invalid",
            "district, 440300, worker.search-district-invalid",
            "lat, 91, worker.search-location-invalid",
            "lat, abc, worker.search-location-invalid",
            "lng, 181, worker.search-location-invalid",
            "latOnly, 22.5, worker.search-location-invalid",
            "radius, 0, worker.search-radius-invalid",
            "radius, 50001, worker.search-radius-invalid",
            "radius, 99999999999, worker.search-radius-invalid",
            "radius, -5, worker.search-number-invalid",
            "radiusOnly, 3000, worker.search-radius-needs-location",
            "minRating, 51, worker.search-rating-invalid",
            "minRating, 4.5, worker.search-number-invalid",
            "experience, TEN_PLUS, worker.search-experience-unknown",
            "certificates, 'HOUSEKEEPER,DRIVING', worker.search-certificate-unknown",
            "gender, OTHER, worker.search-gender-unknown",
            "minPrice, 9000, worker.search-price-range-invalid",
            "minPrice, abc, worker.search-number-invalid",
            "sort, CHEAPEST, worker.search-sort-unknown",
            "sortDistanceOnly, DISTANCE, worker.search-distance-needs-location",
            "size, 1000, worker.search-size-invalid",
            "size, 0, worker.search-size-invalid",
            "page, 10001, worker.search-page-invalid",
            "page, -1, worker.search-number-invalid",
            "keyword, 33 characters, worker.search-keyword-too-long"})
    @DisplayName("C3.2 bad values are refused with a code of their own")
    void refuses(String parameter, String value, String code) {
        String keyword = null, skill = null, district = null, lat = "22.5431", lng = "114.0579", radius = null,
                minRating = null, experience = null, certificates = null, gender = null, minPrice = null,
                maxPrice = "8000", sort = null, page = null, size = null;
        switch (parameter) {
            case "keyword" -> keyword = "王".repeat(33);
            case "skill" -> skill = value;
            case "district" -> district = value;
            case "lat" -> lat = value;
            case "lng" -> lng = value;
            case "latOnly" -> { lat = value; lng = null; }
            case "radius" -> radius = value;
            case "radiusOnly" -> { radius = value; lat = null; lng = null; }
            case "minRating" -> minRating = value;
            case "experience" -> experience = value;
            case "certificates" -> certificates = value;
            case "gender" -> gender = value;
            case "minPrice" -> minPrice = value;
            case "sort" -> sort = value;
            case "sortDistanceOnly" -> { sort = value; lat = null; lng = null; }
            case "page" -> page = value;
            case "size" -> size = value;
            default -> throw new IllegalArgumentException(parameter);
        }
        String[] args = {keyword, skill, district, lat, lng, radius, minRating, experience, certificates, gender,
                minPrice, maxPrice, sort, page, size};
        assertThatThrownBy(() -> controller.search(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7],
                args[8], args[9], args[10], args[11], args[12], args[13], args[14], Locale.CHINA))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(asked.get()).isNull();
    }

    @Test
    @DisplayName("C3.2 every refusal has its message in Chinese and in English")
    void messages() throws Exception {
        List<String> codes = List.of("keyword-too-long", "skill-unknown", "district-invalid", "location-invalid",
                "radius-invalid", "radius-needs-location", "rating-invalid", "experience-unknown", "certificate-unknown",
                "gender-unknown", "price-invalid", "price-range-invalid", "sort-unknown", "distance-needs-location",
                "number-invalid", "page-invalid", "size-invalid");
        for (String bundle : List.of("i18n/worker.properties", "i18n/worker_en.properties")) {
            Properties messages = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String code : codes) {
                assertThat(messages.getProperty("error.worker.search-" + code)).as(bundle + " " + code).isNotBlank();
            }
        }
    }

    @Test
    @DisplayName("C3.1 GET /api/v1/public/workers answers items, page, size, total and totalPages, and no private field")
    void overHttp() throws Exception {
        MockMvc http = MockMvcBuilders.standaloneSetup(controller).build();
        http.perform(get("/api/v1/public/workers").locale(Locale.CHINA)
                        .param("keyword", "wxm").param("certificates", "HOUSEKEEPER,HEALTH")
                        .param("lat", "22.5431").param("lng", "114.0579").param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(41))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.items[0].realName").value("王小梅"))
                .andExpect(jsonPath("$.items[0].hourlyRateFen").value(6000))
                .andExpect(jsonPath("$.items[0].currency").value("CNY"))
                .andExpect(jsonPath("$.items[0].skills[1]").value("NANNY"))
                .andExpect(jsonPath("$.items[0].skillLabels[1]").value("保姆服务"))
                .andExpect(jsonPath("$.items[0].districtNames[0]").value("福田区"))
                .andExpect(jsonPath("$.items[0].certificateLabels[0]").value("健康证"))
                .andExpect(jsonPath("$.items[0].genderLabel").value("女"))
                .andExpect(jsonPath("$.items[0].photoUrl").value("/api/v1/files/workers/photo.png?expires=1&signature=s"))
                .andExpect(jsonPath("$.items[0].certificates[0]").value("HEALTH"))
                .andExpect(jsonPath("$.items[0].distanceMetres").value(1000))
                .andExpect(jsonPath("$.items[0].ageBand").value("30-39"))
                .andExpect(jsonPath("$.items[0].birthYear").doesNotExist())
                .andExpect(jsonPath("$.items[0].homeLatitude").doesNotExist())
                .andExpect(jsonPath("$.items[0].phone").doesNotExist());
        assertThat(asked.get().certificates()).containsExactlyInAnyOrder(CertificateType.HOUSEKEEPER, CertificateType.HEALTH);
    }
}
