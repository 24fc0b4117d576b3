package org.shangmen.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.worker.domain.NameSpelling;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Worker search over HTTP on the whole platform: public, paginated, problem+json for bad values. */
@PlatformTest
class WorkerSearchJourneyTest {

    @Autowired
    Jdbi jdbi;
    @Autowired
    Http http;
    String district;
    final List<UUID> ids = new ArrayList<>();

    @BeforeEach
    void setUp() {
        district = "9" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        worker("王小梅", "APPROVED", "ACTIVE", 48);
        worker("吴晓敏", "APPROVED", "ACTIVE", 46);
        worker("王芳", "SUBMITTED", "ACTIVE", 50);
    }

    @AfterEach
    void tearDown() {
        jdbi.useHandle(handle -> {
            handle.createUpdate("DELETE FROM worker.search_entry WHERE worker_id IN (<ids>)").bindList("ids", ids).execute();
            handle.createUpdate("DELETE FROM worker.worker_skill WHERE worker_id IN (<ids>)").bindList("ids", ids).execute();
            handle.createUpdate("DELETE FROM worker.worker_district WHERE worker_id IN (<ids>)").bindList("ids", ids).execute();
            handle.createUpdate("DELETE FROM worker.worker WHERE account_id IN (<ids>)").bindList("ids", ids).execute();
        });
    }

    @Test
    @DisplayName("C3.1 anyone can search by initials within a district and gets a page of public profiles")
    void search() {
        Http.Reply reply = http.get("/api/v1/public/workers?keyword=wxm&district=" + district + "&size=1").send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(1);
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("realName").asString()).isEqualTo("王小梅");
        assertThat(first.path("ratingTenths").asInt()).isEqualTo(48);
        assertThat(first.path("hourlyRateFen").asLong()).isEqualTo(6_000);
        assertThat(first.path("currency").asString()).isEqualTo("CNY");
        assertThat(first.path("skills").get(0).asString()).isEqualTo("DAILY_CLEANING");
        assertThat(first.has("birthYear")).isFalse();
        assertThat(first.has("homeLatitude")).isFalse();
        assertThat(reply.body()).doesNotContain("atitude", "ongitude", "birthYear", "\"1990\"", "idNumber", "phone");
    }

    @Test
    @DisplayName("C3.1 a Chinese keyword and a location work over HTTP; unapproved workers never appear")
    void chineseAndNear() {
        JsonNode page = http.get("/api/v1/public/workers?keyword=" + URLEncoder.encode("王", StandardCharsets.UTF_8)
                + "&district=" + district + "&lat=22.5431&lng=114.0579&radius=3000&sort=DISTANCE").send().json();
        assertThat(page.path("items").findValuesAsString("realName")).containsExactly("王小梅");
        assertThat(page.path("items").get(0).path("distanceMetres").asLong()).isEqualTo(1_000);
    }

    @Test
    @DisplayName("C3.2 bad values are 400 problems with their own code, in Chinese or in English")
    void badValues() {
        problem("skill=SWIMMING", "worker.search-skill-unknown");
        problem("lat=91&lng=114", "worker.search-location-invalid");
        problem("lat=22.5&lng=114&radius=0", "worker.search-radius-invalid");
        problem("minPrice=9000&maxPrice=8000", "worker.search-price-range-invalid");
        problem("size=1000", "worker.search-size-invalid");
        problem("keyword=" + "w".repeat(33), "worker.search-keyword-too-long");
        problem("sort=DISTANCE", "worker.search-distance-needs-location");
        problem("experience=TEN_PLUS", "worker.search-experience-unknown");
        problem("certificates=HOUSEKEEPER,DRIVING", "worker.search-certificate-unknown");
        JsonNode chinese = problem("minRating=51", "worker.search-rating-invalid");
        assertThat(chinese.path("detail").asString()).containsPattern("[\\u4e00-\\u9fa5]");
        Http.Reply english = http.get("/api/v1/public/workers?minRating=51").header("Accept-Language", "en").send();
        assertThat(english.json().path("detail").asString()).startsWith("The minimum rating must be between 0 and 50");
    }

    @Test
    @DisplayName("C3.1 the search is in the public OpenAPI group")
    void openApi() {
        assertThat(http.get("/v3/api-docs/public").send().json().path("paths").has("/api/v1/public/workers")).isTrue();
    }

    private JsonNode problem(String query, String code) {
        Http.Reply reply = http.get("/api/v1/public/workers?" + query).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("detail").asString()).isNotBlank().doesNotStartWith("error.");
        return body;
    }

    private void worker(String name, String certification, String standing, int rating) {
        UUID id = UUID.randomUUID();
        ids.add(id);
        NameSpelling spelling = NameSpelling.of(name);
        Instant now = Instant.now();
        double latitude = 22.5431 + 1_000 / 111_194.9;
        jdbi.useHandle(handle -> {
            handle.createUpdate("INSERT INTO worker.worker (account_id, certification, standing, real_name, name_pinyin, "
                            + "name_initials, gender, birth_year, experience_years, hourly_rate_fen, home_latitude, home_longitude, "
                            + "rating_tenths, rating_count, created_at, updated_at) VALUES (:id, :certification, :standing, :name, "
                            + ":pinyin, :initials, 'FEMALE', 1990, 5, 6000, :lat, 114.0579, :rating, 10, :now, :now)")
                    .bind("id", id).bind("certification", certification).bind("standing", standing).bind("name", name)
                    .bind("pinyin", spelling.full()).bind("initials", spelling.initials()).bind("lat", latitude)
                    .bind("rating", rating).bind("now", now)
                    .execute();
            handle.createUpdate("INSERT INTO worker.worker_skill (worker_id, skill) VALUES (:id, 'DAILY_CLEANING')")
                    .bind("id", id).execute();
            handle.createUpdate("INSERT INTO worker.worker_district (worker_id, district_code) VALUES (:id, :district)")
                    .bind("id", id).bind("district", district).execute();
            if (certification.equals("APPROVED") && standing.equals("ACTIVE")) {
                // The search rows the worker module's stores write beside such a worker: per skill and district,
                // and for any skill and any district.
                for (String skill : List.of("DAILY_CLEANING", "")) {
                    for (String code : List.of(district, "")) {
                        handle.createUpdate("INSERT INTO worker.search_entry (skill, district_code, worker_id, real_name, "
                                        + "name_pinyin, name_initials, gender, experience_years, rating_tenths, rating_count, "
                                        + "hourly_rate_fen, home_latitude, home_longitude, home_band) VALUES (:skill, :district, :id, "
                                        + ":name, :pinyin, :initials, 'FEMALE', 5, :rating, 10, 6000, :lat, 114.0579, :band)")
                                .bind("skill", skill).bind("district", code).bind("id", id).bind("name", name)
                                .bind("pinyin", spelling.full()).bind("initials", spelling.initials()).bind("rating", rating)
                                .bind("lat", latitude).bind("band", (int) Math.floor(latitude * 100))
                                .execute();
                    }
                }
            }
        });
    }
}
