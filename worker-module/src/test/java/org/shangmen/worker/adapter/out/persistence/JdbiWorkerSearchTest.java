package org.shangmen.worker.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.application.port.out.PhotoLinks;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.WorkerSearchService;
import org.shangmen.worker.application.port.out.WorkerSearchIndex;
import org.shangmen.worker.application.port.in.SearchWorkers.Query;
import org.shangmen.worker.application.port.in.SearchWorkers.Sort;
import org.shangmen.worker.application.port.in.SearchWorkers.WorkerCard;
import org.shangmen.worker.domain.ExperienceBand;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.NameSpelling;

/**
 * {@link JdbiWorkerSearch} and {@link WorkerSearchService} against a real database (H2, or PostgreSQL in
 * the PostgreSQL run). Every worker here serves a district code of this run only, and every search but the
 * district one names it, so rows of other tests on a shared database never interfere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbiWorkerSearchTest {

    static final PhotoLinks PHOTOS = key -> "/api/v1/files/" + key;

    /** 01:00 on 15 March in Shanghai, still 14 March in UTC. */
    static final Instant NOW = Instant.parse("2026-03-14T17:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final GeoPoint CENTRE = new GeoPoint(22.5431, 114.0579);
    static final GeoPoint FAR_AWAY = new GeoPoint(22.80, 114.40);
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    TestDatabase database;
    WorkerSearchService search;
    final List<UUID> ids = new ArrayList<>();
    final AtomicInteger statements = new AtomicInteger();
    final List<String> issued = Collections.synchronizedList(new ArrayList<>());
    RegionCode district;
    RegionCode otherDistrict;

    @BeforeAll
    void createWorkers() {
        database = TestDatabase.open();
        database.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
                issued.add(context.getRenderedSql());
            }
        });
        // Two adjacent district codes, never ending in 00 (which would name a city, not a district).
        int first = ThreadLocalRandom.current().nextInt(100, 989) * 100 + ThreadLocalRandom.current().nextInt(1, 98);
        district = RegionCode.of("9" + first);
        otherDistrict = RegionCode.of("9" + (first + 1));
        search = new WorkerSearchService(new JdbiWorkerSearch(database.jdbi()), PHOTOS, Clock.fixed(NOW, ZoneOffset.UTC));

        worker("王小梅").female().born(1990).years(5).rating(48, 200).rate(6000L).at(north(CENTRE, 1_000))
                .skills(Skill.DAILY_CLEANING, Skill.NANNY).languages("普通话、粤语").introduction("十年家政经验")
                .certificate(CertificateType.HOUSEKEEPER, null)
                .certificate(CertificateType.HEALTH, TODAY) // last valid day
                .insert();
        worker("李小梅").female().born(1985).years(3).rating(45, 80).rate(5000L).at(east(CENTRE, 4_900))
                .skills(Skill.DEEP_CLEANING)
                .certificate(CertificateType.HEALTH, TODAY.minusDays(1)) // expired in Shanghai, though not yet in UTC
                .insert();
        worker("汪洋").male().born(1978).years(1).rating(44, 30).rate(8000L).at(north(CENTRE, -5_200))
                .skills(Skill.APPLIANCE_CLEANING).insert();
        worker("黄旺").female().born(1970).years(2).rating(50, 12).rate(8001L).at(east(north(CENTRE, 4_500), 4_500))
                .skills(Skill.ELDERLY_CARE).insert();
        worker("吴晓敏").female().born(1995).years(4).rating(46, 60).rate(4999L)
                .skills(Skill.MATERNITY_NURSE)
                .certificate(CertificateType.MATERNITY_NURSE, TODAY.plusYears(1))
                .certificate(CertificateType.HEALTH, null)
                .certificate(CertificateType.HOUSEKEEPER, LocalDate.of(2025, 12, 31))
                .insert();
        worker("张伟").male().born(2004).years(0).rating(30, 2).rate(null)
                .skills(Skill.HOME_MAINTENANCE).districts(district, otherDistrict).insert();
        worker("刘芳").female().born(1988).years(2).rating(47, 90).rate(7500L)
                .skills(Skill.DAILY_CLEANING).standing("SUSPENDED", NOW.minusSeconds(3_600)).insert();
        worker("陈静").female().born(1980).years(6).rating(49, 300).rate(7000L).districts(otherDistrict).insert();
        // Never found: not approved, suspended, removed.
        worker("王芳").certification("SUBMITTED").insert();
        worker("王敏").certification("REJECTED").insert();
        worker("王丽").standing("SUSPENDED", NOW.plusSeconds(86_400 * 5)).insert();
        worker("王霞").standing("SUSPENDED", null).insert();
        worker("王静").standing("REMOVED", null).insert();
    }

    @AfterAll
    void deleteWorkers() {
        if (database == null || ids.isEmpty()) {
            return;
        }
        database.jdbi().useHandle(handle -> {
            for (String table : List.of("worker.search_entry", "worker.certificate", "worker.worker_skill", "worker.worker_district")) {
                handle.createUpdate("DELETE FROM " + table + " WHERE worker_id IN (<ids>)").bindList("ids", ids).execute();
            }
            handle.createUpdate("DELETE FROM worker.worker WHERE account_id IN (<ids>)").bindList("ids", ids).execute();
        });
        database.close();
    }

    // ---- C3.1 search by name, skill and area ----

    @Test
    @DisplayName("C3.1 pinyin 'wang' finds full spellings that contain it, and only searchable workers")
    void pinyinSubstring() {
        assertThat(names(inDistrict().keyword("wang"))).containsExactlyInAnyOrder("王小梅", "汪洋", "黄旺");
    }

    @Test
    @DisplayName("C3.1 a longer pinyin prefix, spaces and capitals in it, narrow to one worker")
    void pinyinPrefix() {
        assertThat(names(inDistrict().keyword("wangxiao"))).containsExactly("王小梅");
        assertThat(names(inDistrict().keyword("  Wang Xiao "))).containsExactly("王小梅");
    }

    @Test
    @DisplayName("C3.1 initials 'wxm' find every name with those initials")
    void initials() {
        assertThat(names(inDistrict().keyword("wxm"))).containsExactlyInAnyOrder("王小梅", "吴晓敏");
    }

    @Test
    @DisplayName("C3.1 Chinese '小梅' matches part of the real name; '王' does not match 汪")
    void chineseSubstring() {
        assertThat(names(inDistrict().keyword("小梅"))).containsExactlyInAnyOrder("王小梅", "李小梅");
        assertThat(names(inDistrict().keyword("王"))).containsExactly("王小梅");
    }

    @Test
    @DisplayName("C3.1 LIKE wildcards typed as a keyword match literally, so they find nobody")
    void wildcardsAreLiteral() {
        assertThat(names(inDistrict().keyword("%"))).isEmpty();
        assertThat(names(inDistrict().keyword("_"))).isEmpty();
        assertThat(names(inDistrict().keyword("王%梅"))).isEmpty();
    }

    @Test
    @DisplayName("C3.1 skill filter")
    void skill() {
        assertThat(names(inDistrict().skill(Skill.DAILY_CLEANING))).containsExactlyInAnyOrder("王小梅", "刘芳");
        assertThat(names(inDistrict().skill(Skill.NANNY))).containsExactly("王小梅");
        assertThat(names(inDistrict().skill(Skill.PATIENT_CARE))).isEmpty();
    }

    @Test
    @DisplayName("C3.1 district filter: a worker is found in every district they serve")
    void district() {
        assertThat(names(new Criteria().district(otherDistrict))).containsExactlyInAnyOrder("张伟", "陈静");
    }

    @Test
    @DisplayName("C3.1 radius: exact distance decides, not the bounding box; distances are rounded to 100 m")
    void radius() {
        Page<WorkerCard> within5km = search.search(inDistrict().near(CENTRE, null).sort(Sort.DISTANCE).query());
        assertThat(within5km.items()).extracting(WorkerCard::realName).containsExactly("王小梅", "李小梅");
        assertThat(within5km.items()).extracting(WorkerCard::distanceMetres).containsExactly(1_000L, 4_900L);
        assertThat(within5km.total()).isEqualTo(2);
        assertThat(names(inDistrict().near(CENTRE, 6_000).sort(Sort.DISTANCE))).containsExactly("王小梅", "李小梅", "汪洋");
        // 黄旺 lies inside the box of a 5 km search (4.5 km north and east) but 6.4 km away.
        Page<WorkerCard> within7km = search.search(inDistrict().near(CENTRE, 7_000).sort(Sort.DISTANCE).query());
        assertThat(within7km.items()).extracting(WorkerCard::realName).containsExactly("王小梅", "李小梅", "汪洋", "黄旺");
        assertThat(within7km.items()).extracting(WorkerCard::distanceMetres).containsExactly(1_000L, 4_900L, 5_200L, 6_400L);
    }

    @Test
    @DisplayName("C3.1 with a location, other sorts and filters apply within the radius")
    void radiusWithOtherSortAndFilters() {
        assertThat(names(inDistrict().near(CENTRE, 7_000))).containsExactly("黄旺", "王小梅", "李小梅", "汪洋");
        assertThat(names(inDistrict().near(CENTRE, 7_000).sort(Sort.PRICE_ASC))).containsExactly("李小梅", "王小梅", "汪洋", "黄旺");
        assertThat(names(inDistrict().near(CENTRE, 7_000).keyword("wang").gender(Gender.MALE))).containsExactly("汪洋");
    }

    @Test
    @DisplayName("C3.1 without a location no distance is shown")
    void noDistanceWithoutLocation() {
        assertThat(search.search(inDistrict().query()).items()).allSatisfy(c -> assertThat(c.distanceMetres()).isNull());
    }

    // ---- C3.2 filters and sorting ----

    @Test
    @DisplayName("C3.2 rating band: 45 finds 4.5 stars and up")
    void ratingBand() {
        assertThat(names(inDistrict().minRating(45))).containsExactlyInAnyOrder("王小梅", "李小梅", "黄旺", "吴晓敏", "刘芳");
        assertThat(names(inDistrict().minRating(50))).containsExactly("黄旺");
    }

    @Test
    @DisplayName("C3.2 experience ONE_TO_THREE holds 1 and 2 years, not 0 or 3")
    void experienceOneToThree() {
        assertThat(names(inDistrict().experience(ExperienceBand.ONE_TO_THREE))).containsExactlyInAnyOrder("汪洋", "黄旺", "刘芳");
    }

    @Test
    @DisplayName("C3.2 experience THREE_TO_FIVE holds 3 and 4 years, not 2 or 5")
    void experienceThreeToFive() {
        assertThat(names(inDistrict().experience(ExperienceBand.THREE_TO_FIVE))).containsExactlyInAnyOrder("李小梅", "吴晓敏");
    }

    @Test
    @DisplayName("C3.2 experience FIVE_PLUS holds 5 years and more, not 4")
    void experienceFivePlus() {
        assertThat(names(inDistrict().experience(ExperienceBand.FIVE_PLUS))).containsExactly("王小梅");
        assertThat(names(new Criteria().district(otherDistrict).experience(ExperienceBand.FIVE_PLUS))).containsExactly("陈静");
    }

    @Test
    @DisplayName("C3.2 certificates: every one required, valid through its last day in Shanghai, expired ones ignored")
    void certificates() {
        assertThat(names(inDistrict().certificates(CertificateType.HOUSEKEEPER))).containsExactly("王小梅");
        assertThat(names(inDistrict().certificates(CertificateType.HEALTH))).containsExactlyInAnyOrder("王小梅", "吴晓敏");
        assertThat(names(inDistrict().certificates(CertificateType.HOUSEKEEPER, CertificateType.HEALTH))).containsExactly("王小梅");
        assertThat(names(inDistrict().certificates(CertificateType.MATERNITY_NURSE, CertificateType.HEALTH))).containsExactly("吴晓敏");
        assertThat(names(inDistrict().certificates(CertificateType.CHILDCARE))).isEmpty();
    }

    @Test
    @DisplayName("C3.2 gender filter")
    void gender() {
        assertThat(names(inDistrict().gender(Gender.MALE))).containsExactlyInAnyOrder("汪洋", "张伟");
    }

    @Test
    @DisplayName("C3.2 price range is inclusive at both ends and leaves out workers without a rate")
    void priceRange() {
        assertThat(names(inDistrict().price(5_000L, 8_000L))).containsExactlyInAnyOrder("王小梅", "李小梅", "汪洋", "刘芳");
        assertThat(names(inDistrict().price(8_001L, null))).containsExactly("黄旺");
        assertThat(names(inDistrict().price(null, 4_999L))).containsExactly("吴晓敏");
    }

    @Test
    @DisplayName("C3.2 filters combine")
    void combined() {
        assertThat(names(inDistrict().gender(Gender.FEMALE).minRating(46).price(5_000L, 7_500L).skill(Skill.DAILY_CLEANING)))
                .containsExactlyInAnyOrder("王小梅", "刘芳");
    }

    @Test
    @DisplayName("C3.2 sorts: rating (default), experience, price up and down with no rate last")
    void sorts() {
        assertThat(names(inDistrict())).containsExactly("黄旺", "王小梅", "刘芳", "吴晓敏", "李小梅", "汪洋", "张伟");
        assertThat(names(inDistrict().sort(Sort.EXPERIENCE))).containsExactly("王小梅", "吴晓敏", "李小梅", "黄旺", "刘芳", "汪洋", "张伟");
        assertThat(names(inDistrict().sort(Sort.PRICE_ASC))).containsExactly("吴晓敏", "李小梅", "王小梅", "刘芳", "汪洋", "黄旺", "张伟");
        assertThat(names(inDistrict().sort(Sort.PRICE_DESC))).containsExactly("黄旺", "汪洋", "刘芳", "王小梅", "李小梅", "吴晓敏", "张伟");
    }

    @Test
    @DisplayName("C3.2 only approved workers in good standing are found; an ended suspension counts as good standing")
    void standing() {
        assertThat(names(inDistrict())).contains("刘芳").doesNotContain("王芳", "王敏", "王丽", "王霞", "王静");
        assertThat(names(new Criteria().keyword("王").district(district))).containsExactly("王小梅");
    }

    @Test
    @DisplayName("C3.2 pagination: totals, pages that add up to the whole list, and a page past the end")
    void pagination() {
        List<String> all = names(inDistrict());
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Page<WorkerCard> result = search.search(inDistrict().page(page, 3).query());
            assertThat(result.total()).isEqualTo(7);
            assertThat(result.totalPages()).isEqualTo(3);
            result.items().forEach(c -> pages.add(c.realName()));
        }
        assertThat(pages).isEqualTo(all);
        Page<WorkerCard> beyond = search.search(inDistrict().page(3, 3).query());
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    @DisplayName("C3.2 pagination with a location: totals count only workers within the radius")
    void paginationNear() {
        Page<WorkerCard> first = search.search(inDistrict().near(CENTRE, 7_000).sort(Sort.DISTANCE).page(0, 3).query());
        Page<WorkerCard> second = search.search(inDistrict().near(CENTRE, 7_000).sort(Sort.DISTANCE).page(1, 3).query());
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).extracting(WorkerCard::realName).containsExactly("王小梅", "李小梅", "汪洋");
        assertThat(second.items()).extracting(WorkerCard::realName).containsExactly("黄旺");
        assertThat(second.totalPages()).isEqualTo(2);
    }

    @Test
    @DisplayName("C3.2 a page read off the order's index is the same page cut from the whole list of matches")
    void pagesAgreeWithTheWholeList() {
        List<Criteria> searches = List.of(inDistrict(), inDistrict().keyword("wang"), inDistrict().minRating(45),
                inDistrict().experience(ExperienceBand.ONE_TO_THREE), inDistrict().certificates(CertificateType.HEALTH));
        for (Sort sort : List.of(Sort.RATING, Sort.EXPERIENCE, Sort.PRICE_ASC, Sort.PRICE_DESC)) {
            for (Criteria criteria : searches) {
                Page<WorkerCard> whole = search.search(criteria.sort(sort).page(0, 100).query());
                List<UUID> all = whole.items().stream().map(WorkerCard::accountId).toList();
                for (int page = 0; page < 4; page++) {
                    Page<WorkerCard> actual = search.search(criteria.sort(sort).page(page, 2).query());
                    assertThat(actual.items()).extracting(WorkerCard::accountId)
                            .as("%s page %d", sort, page)
                            .containsExactlyElementsOf(all.subList(Math.min(all.size(), page * 2), Math.min(all.size(), page * 2 + 2)));
                    assertThat(actual.total()).isEqualTo(whole.total());
                }
            }
        }
    }

    @Test
    @DisplayName("C3.2 matches are counted up to the limit, and pages past it are cut short or empty")
    void countLimit() {
        JdbiWorkerSearch index = new JdbiWorkerSearch(database.jdbi());
        WorkerSearchIndex.Criteria everyoneHere = new WorkerSearchIndex.Criteria(null, null, null, district.value(), null,
                null, null, null, null, null, NOW, TODAY);
        Page<WorkerSearchIndex.Listing> first = index.page(everyoneHere, Sort.RATING, new PageRequest(0, 2), 3);
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isEqualTo(3);
        Page<WorkerSearchIndex.Listing> cut = index.page(everyoneHere, Sort.RATING, new PageRequest(1, 2), 3);
        assertThat(cut.items()).extracting(WorkerSearchIndex.Listing::realName).containsExactly("刘芳");
        assertThat(cut.total()).isEqualTo(3);
        Page<WorkerSearchIndex.Listing> past = index.page(everyoneHere, Sort.RATING, new PageRequest(2, 2), 3);
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(3);
        assertThat(index.page(everyoneHere, Sort.RATING, new PageRequest(0, 2), 100).total()).isEqualTo(7);
    }

    @Test
    @DisplayName("C3.2 a name matched by more workers than are counted is read off the order's index, page for page the same")
    void commonName() {
        JdbiWorkerSearch index = new JdbiWorkerSearch(database.jdbi());
        // "wang" matches 王小梅, 汪洋 and 黄旺 here: with a limit of two it is a common name.
        WorkerSearchIndex.Criteria wang = new WorkerSearchIndex.Criteria("wang", "wang", null, district.value(), null,
                null, null, null, null, null, NOW, TODAY);
        for (Sort sort : List.of(Sort.RATING, Sort.EXPERIENCE, Sort.PRICE_ASC, Sort.PRICE_DESC)) {
            List<UUID> all = index.page(wang, sort, new PageRequest(0, 100), 100).items().stream()
                    .map(WorkerSearchIndex.Listing::accountId).toList();
            assertThat(all).hasSize(3);
            for (int page = 0; page < 3; page++) {
                issued.clear();
                Page<WorkerSearchIndex.Listing> actual = index.page(wang, sort, new PageRequest(page, 1), 2);
                assertThat(actual.items()).extracting(WorkerSearchIndex.Listing::accountId).as("%s page %d", sort, page)
                        .containsExactlyElementsOf(page < 2 ? List.of(all.get(page)) : List.of());
                assertThat(actual.total()).isEqualTo(2);
                if (page < 2) {
                    assertThat(issued).as("%s page %d", sort, page)
                            .anySatisfy(sql -> assertThat(sql).contains("ORDER BY e.skill, e.district_code"));
                }
            }
        }
        // A name matched by no more than are counted is sorted among its matches, not walked for.
        issued.clear();
        assertThat(index.page(wang, Sort.RATING, new PageRequest(0, 1), 3).total()).isEqualTo(3);
        assertThat(issued).noneSatisfy(sql -> assertThat(sql).contains("ORDER BY e.skill, e.district_code"));
    }

    @Test
    @DisplayName("C3.2 a result shows the public profile: age band, rate in CNY, skills, districts, valid certificates")
    void publicProfile() {
        WorkerCard card = search.search(inDistrict().keyword("王小梅").query()).items().getFirst();
        assertThat(card.realName()).isEqualTo("王小梅");
        assertThat(card.gender()).isEqualTo(Gender.FEMALE);
        assertThat(card.ageBand()).isEqualTo("30-39");
        assertThat(card.experienceYears()).isEqualTo(5);
        assertThat(card.ratingTenths()).isEqualTo(48);
        assertThat(card.ratingCount()).isEqualTo(200);
        assertThat(card.completedOrders()).isEqualTo(400);
        assertThat(card.hourlyRate()).isEqualTo(Money.ofFen(6000));
        assertThat(card.hourlyRate().currency()).isEqualTo("CNY");
        assertThat(card.skills()).containsExactly(Skill.DAILY_CLEANING, Skill.NANNY);
        assertThat(card.districts()).containsExactly(district.value());
        assertThat(card.certificates()).containsExactly(CertificateType.HOUSEKEEPER, CertificateType.HEALTH);
        assertThat(card.languages()).containsExactly("普通话", "粤语");
        assertThat(card.introduction()).isEqualTo("十年家政经验");
        WorkerCard wu = search.search(inDistrict().keyword("吴晓敏").query()).items().getFirst();
        assertThat(wu.certificates()).containsExactly(CertificateType.MATERNITY_NURSE, CertificateType.HEALTH);
        assertThat(wu.ageBand()).isEqualTo("30-39");
        assertThat(search.search(inDistrict().keyword("张伟").query()).items().getFirst().ageBand()).isEqualTo("20-29");
        assertThat(search.search(inDistrict().keyword("黄旺").query()).items().getFirst().ageBand()).isEqualTo("50-59");
    }

    @Test
    @DisplayName("C3.2 a search issues at most four statements whatever the page size")
    void boundedStatements() {
        int small = statementsOf(inDistrict().page(0, 2));
        int large = statementsOf(inDistrict().page(0, 100));
        int nearSmall = statementsOf(inDistrict().near(CENTRE, 7_000).page(0, 1));
        int nearLarge = statementsOf(inDistrict().near(CENTRE, 7_000).page(0, 100));
        assertThat(List.of(small, large, nearSmall, nearLarge)).allSatisfy(n -> assertThat(n).isBetween(2, 4));
    }

    // ---- helpers ----

    private int statementsOf(Criteria criteria) {
        int before = statements.get();
        search.search(criteria.query());
        return statements.get() - before;
    }

    private Criteria inDistrict() {
        return new Criteria().district(district);
    }

    private List<String> names(Criteria criteria) {
        return search.search(criteria.page(0, 100).query()).items().stream().map(WorkerCard::realName).toList();
    }

    static GeoPoint north(GeoPoint p, double metres) {
        return new GeoPoint(p.latitude() + Math.toDegrees(metres / EARTH_RADIUS_METRES), p.longitude());
    }

    static GeoPoint east(GeoPoint p, double metres) {
        return new GeoPoint(p.latitude(),
                p.longitude() + Math.toDegrees(metres / (EARTH_RADIUS_METRES * Math.cos(Math.toRadians(p.latitude())))));
    }

    /** A search under construction. */
    static final class Criteria {
        private String keyword;
        private Skill skill;
        private RegionCode district;
        private GeoPoint near;
        private Integer radius;
        private Integer minRating;
        private ExperienceBand experience;
        private Set<CertificateType> certificates = Set.of();
        private Gender gender;
        private Long minPrice;
        private Long maxPrice;
        private Sort sort;
        private PageRequest page = PageRequest.first();

        Criteria keyword(String value) { keyword = value; return this; }
        Criteria skill(Skill value) { skill = value; return this; }
        Criteria district(RegionCode value) { district = value; return this; }
        Criteria near(GeoPoint point, Integer metres) { near = point; radius = metres; return this; }
        Criteria minRating(int tenths) { minRating = tenths; return this; }
        Criteria experience(ExperienceBand value) { experience = value; return this; }
        Criteria certificates(CertificateType first, CertificateType... more) { certificates = EnumSet.of(first, more); return this; }
        Criteria gender(Gender value) { gender = value; return this; }
        Criteria price(Long min, Long max) { minPrice = min; maxPrice = max; return this; }
        Criteria sort(Sort value) { sort = value; return this; }
        Criteria page(int number, int size) { page = new PageRequest(number, size); return this; }

        Query query() {
            return new Query(keyword, skill, district, near, radius, minRating, experience, certificates, gender,
                    minPrice, maxPrice, sort, page);
        }
    }

    private WorkerRow worker(String name) {
        return new WorkerRow(name);
    }

    /** One worker to insert with plain SQL; approved, active, in this run's district unless told otherwise. */
    final class WorkerRow {
        private final UUID id = UUID.randomUUID();
        private final String name;
        private String certification = "APPROVED";
        private String standing = "ACTIVE";
        private Instant suspendedUntil;
        private String gender = "FEMALE";
        private int birthYear = 1985;
        private int years = 3;
        private int ratingTenths = 40;
        private int ratingCount = 10;
        private Long rateFen = 6_000L;
        private GeoPoint home = FAR_AWAY;
        private String languages = "普通话";
        private String introduction;
        private List<Skill> skills = List.of(Skill.DAILY_CLEANING);
        private List<RegionCode> districts;
        private final List<Object[]> certificates = new ArrayList<>();

        WorkerRow(String name) {
            this.name = name;
            this.districts = List.of(district);
        }

        WorkerRow female() { gender = "FEMALE"; return this; }
        WorkerRow male() { gender = "MALE"; return this; }
        WorkerRow born(int year) { birthYear = year; return this; }
        WorkerRow years(int value) { years = value; return this; }
        WorkerRow rating(int tenths, int count) { ratingTenths = tenths; ratingCount = count; return this; }
        WorkerRow rate(Long fen) { rateFen = fen; return this; }
        WorkerRow at(GeoPoint point) { home = point; return this; }
        WorkerRow skills(Skill... values) { skills = List.of(values); return this; }
        WorkerRow districts(RegionCode... values) { districts = List.of(values); return this; }
        WorkerRow languages(String value) { languages = value; return this; }
        WorkerRow introduction(String value) { introduction = value; return this; }
        WorkerRow certification(String value) { certification = value; return this; }
        WorkerRow standing(String value, Instant until) { standing = value; suspendedUntil = until; return this; }
        WorkerRow certificate(CertificateType type, LocalDate validUntil) { certificates.add(new Object[] {type, validUntil}); return this; }

        void insert() {
            ids.add(id);
            NameSpelling spelling = NameSpelling.of(name);
            database.jdbi().useHandle(handle -> {
                handle.createUpdate("INSERT INTO worker.worker (account_id, certification, standing, suspended_until, "
                                + "real_name, name_pinyin, name_initials, gender, birth_year, experience_years, hourly_rate_fen, "
                                + "languages, introduction, home_latitude, home_longitude, rating_sum, rating_count, rating_tenths, "
                                + "completed_orders, created_at, updated_at) VALUES (:id, :certification, :standing, :suspendedUntil, "
                                + ":name, :pinyin, :initials, :gender, :birthYear, :years, :rate, :languages, :introduction, "
                                + ":lat, :lng, :ratingSum, :ratingCount, :ratingTenths, :completed, :now, :now)")
                        .bind("id", id)
                        .bind("certification", certification)
                        .bind("standing", standing)
                        .bindByType("suspendedUntil", suspendedUntil, Instant.class)
                        .bind("name", name)
                        .bind("pinyin", spelling.full())
                        .bind("initials", spelling.initials())
                        .bind("gender", gender)
                        .bind("birthYear", birthYear)
                        .bind("years", years)
                        .bindByType("rate", rateFen, Long.class)
                        .bind("languages", languages)
                        .bindByType("introduction", introduction, String.class)
                        .bind("lat", home.latitude())
                        .bind("lng", home.longitude())
                        .bind("ratingSum", (long) ratingTenths * ratingCount / 10)
                        .bind("ratingCount", ratingCount)
                        .bind("ratingTenths", ratingTenths)
                        .bind("completed", ratingCount * 2)
                        .bind("now", NOW)
                        .execute();
                for (Skill skill : skills) {
                    handle.createUpdate("INSERT INTO worker.worker_skill (worker_id, skill) VALUES (:id, :skill)")
                            .bind("id", id).bind("skill", skill.name()).execute();
                }
                for (RegionCode code : districts) {
                    handle.createUpdate("INSERT INTO worker.worker_district (worker_id, district_code) VALUES (:id, :code)")
                            .bind("id", id).bind("code", code.value()).execute();
                }
                for (Object[] certificate : certificates) {
                    handle.createUpdate("INSERT INTO worker.certificate (id, worker_id, type, number_cipher, issuer, "
                                    + "valid_from, valid_until, created_at) VALUES (:cid, :id, :type, 'v1:test', '深圳市人力资源和社会保障局', "
                                    + ":validFrom, :validUntil, :now)")
                            .bind("cid", UUID.randomUUID())
                            .bind("id", id)
                            .bind("type", ((CertificateType) certificate[0]).name())
                            .bind("validFrom", LocalDate.of(2020, 1, 1))
                            .bindByType("validUntil", certificate[1], LocalDate.class)
                            .bind("now", NOW)
                            .execute();
                }
                SearchEntries.refresh(handle, id);
            });
        }
    }
}
