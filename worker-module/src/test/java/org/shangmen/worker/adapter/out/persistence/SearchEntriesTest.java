package org.shangmen.worker.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.application.port.out.PhotoLinks;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.WorkerSearchService;
import org.shangmen.worker.application.port.in.SearchWorkers.Query;
import org.shangmen.worker.application.port.in.SearchWorkers.Sort;
import org.shangmen.worker.application.port.in.SearchWorkers.WorkerCard;
import org.shangmen.worker.application.port.out.DocumentStore.Certificate;
import org.shangmen.worker.domain.Certification;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.Profile;
import org.shangmen.worker.domain.Standing;
import org.shangmen.worker.domain.WorkState;
import org.shangmen.worker.domain.Worker;

/**
 * The search rows stay in step with the worker tables: every change written through the worker module's
 * stores shows in the next search, and what changes by the clock alone (the end of a suspension, a
 * certificate's last day) is decided at the time of the search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchEntriesTest {

    static final PhotoLinks PHOTOS = key -> "/api/v1/files/" + key;

    static final Instant NOW = Instant.parse("2026-03-14T17:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final GeoPoint HOME = new GeoPoint(22.5431, 114.0579);

    TestDatabase database;
    JdbiWorkerStore workers;
    JdbiDocumentStore documents;
    RegionCode district;
    RegionCode otherDistrict;
    final List<UUID> ids = new ArrayList<>();

    @BeforeAll
    void open() {
        database = TestDatabase.open();
        workers = new JdbiWorkerStore(database.jdbi(), new FieldCipher(Map.of("t1", new byte[32]), "t1", new byte[32]),
                Clock.fixed(NOW, ZoneOffset.UTC));
        documents = new JdbiDocumentStore(database.jdbi());
        // Two adjacent district codes, never ending in 00 (which would name a city, not a district).
        int first = ThreadLocalRandom.current().nextInt(100, 989) * 100 + ThreadLocalRandom.current().nextInt(1, 98);
        district = RegionCode.of("8" + first);
        otherDistrict = RegionCode.of("8" + (first + 1));
    }

    @AfterAll
    void close() {
        if (database == null) {
            return;
        }
        if (!ids.isEmpty()) {
            database.jdbi().useHandle(handle -> {
                for (String table : List.of("worker.search_entry", "worker.certificate", "worker.worker_skill", "worker.worker_district")) {
                    handle.createUpdate("DELETE FROM " + table + " WHERE worker_id IN (<ids>)").bindList("ids", ids).execute();
                }
                handle.createUpdate("DELETE FROM worker.worker WHERE account_id IN (<ids>)").bindList("ids", ids).execute();
            });
        }
        database.close();
    }

    @Test
    @DisplayName("C3.2 an approved worker saved by the store is found; suspended, not until the suspension ends; removed, never")
    void standing() {
        Worker worker = approved("赵秀兰", Set.of(Skill.DAILY_CLEANING), 6_000L);
        assertThat(found(at(NOW), query(null))).contains(worker.accountId());

        Worker suspended = worker.suspend(NOW.plusSeconds(3_600));
        assertThat(workers.update(suspended)).isTrue();
        assertThat(found(at(NOW), query(null))).doesNotContain(worker.accountId());
        assertThat(found(at(NOW), near())).doesNotContain(worker.accountId());
        assertThat(found(at(NOW.plusSeconds(3_600)), query(null))).contains(worker.accountId());
        assertThat(found(at(NOW.plusSeconds(3_600)), near())).contains(worker.accountId());

        assertThat(workers.update(suspended.reinstate())).isTrue();
        assertThat(found(at(NOW), query(null))).contains(worker.accountId());

        assertThat(workers.update(suspended.reinstate().remove())).isTrue();
        assertThat(found(at(NOW), query(null))).doesNotContain(worker.accountId());
        assertThat(found(at(NOW.plusSeconds(86_400 * 365)), near())).doesNotContain(worker.accountId());
        assertThat(count(worker.accountId())).isZero();
    }

    @Test
    @DisplayName("C3.2 a worker still in review, or sent back, has no search rows")
    void notApproved() {
        Worker worker = approved("钱玉梅", Set.of(Skill.NANNY), 6_000L);
        Worker rejected = new Worker(worker.accountId(), Certification.REJECTED, Standing.ACTIVE, Optional.empty(),
                worker.profile(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), WorkState.RESTING,
                Optional.of("证件不清晰"), Optional.of(NOW), Optional.empty(), NOW);
        assertThat(workers.update(rejected)).isTrue();
        assertThat(found(at(NOW), query(null))).doesNotContain(worker.accountId());
        assertThat(count(worker.accountId())).isZero();
    }

    @Test
    @DisplayName("C3.2 a profile change shows in the next search: skills, districts, rate, experience and home")
    void profileChange() {
        Worker worker = approved("孙桂英", Set.of(Skill.DAILY_CLEANING), 6_000L);
        assertThat(found(at(NOW), query(Skill.DAILY_CLEANING))).contains(worker.accountId());
        assertThat(found(at(NOW), query(Skill.ELDERLY_CARE))).doesNotContain(worker.accountId());

        Profile p = worker.profile();
        Profile changed = new Profile(p.realName(), p.gender(), p.birthYear(), p.idNumber(), 7, p.formerEmployers(),
                Set.of(Skill.ELDERLY_CARE), Set.of(otherDistrict), Optional.of(new GeoPoint(22.70, 114.25)),
                p.serviceRadiusMetres(), Optional.of(Money.ofFen(9_900)), p.languages(), p.introduction());
        Worker updated = worker.withProfile(changed);
        assertThat(workers.update(updated)).isTrue();

        assertThat(found(at(NOW), query(Skill.DAILY_CLEANING))).doesNotContain(worker.accountId());
        assertThat(found(at(NOW), query(Skill.ELDERLY_CARE))).doesNotContain(worker.accountId()); // another district now
        Query elsewhere = new Query(null, Skill.ELDERLY_CARE, otherDistrict, null, null, null, null, Set.of(), null, 9_000L,
                null, Sort.PRICE_ASC, new PageRequest(0, 20));
        List<WorkerCard> cards = at(NOW).search(elsewhere).items();
        assertThat(cards).extracting(WorkerCard::accountId).contains(worker.accountId());
        WorkerCard card = cards.stream().filter(c -> c.accountId().equals(worker.accountId())).findFirst().orElseThrow();
        assertThat(card.hourlyRate()).isEqualTo(Money.ofFen(9_900));
        assertThat(card.experienceYears()).isEqualTo(7);
        assertThat(found(at(NOW), near())).doesNotContain(worker.accountId());
        Query newHome = new Query(null, null, otherDistrict, new GeoPoint(22.70, 114.25), 1_000, null, null, Set.of(), null,
                null, null, Sort.DISTANCE, new PageRequest(0, 20));
        assertThat(found(at(NOW), newHome)).contains(worker.accountId());
    }

    @Test
    @DisplayName("C3.2 certificates added and deleted through the store count at once; one past its last day does not")
    void certificates() {
        Worker worker = approved("周凤英", Set.of(Skill.MATERNITY_NURSE), 8_000L);
        Query maternity = new Query(null, Skill.MATERNITY_NURSE, district, null, null, null, null,
                EnumSet.of(CertificateType.MATERNITY_NURSE, CertificateType.HEALTH), null, null, null, Sort.RATING,
                new PageRequest(0, 20));
        assertThat(found(at(NOW), maternity)).doesNotContain(worker.accountId());

        UUID nurse = UUID.randomUUID();
        documents.insertCertificate(new Certificate(nurse, worker.accountId(), CertificateType.MATERNITY_NURSE, "v1:test",
                "深圳市人力资源和社会保障局", LocalDate.of(2024, 1, 1), Optional.empty(), Optional.empty(), NOW));
        assertThat(found(at(NOW), maternity)).doesNotContain(worker.accountId());
        documents.insertCertificate(new Certificate(UUID.randomUUID(), worker.accountId(), CertificateType.HEALTH, "v1:test",
                "深圳市卫生健康委员会", LocalDate.of(2025, 3, 16), Optional.of(TODAY), Optional.empty(), NOW));
        assertThat(found(at(NOW), maternity)).contains(worker.accountId());
        // 16 March in Shanghai: the health certificate's last day is over.
        assertThat(found(at(NOW.plusSeconds(86_400)), maternity)).doesNotContain(worker.accountId());

        assertThat(documents.deleteCertificate(worker.accountId(), nurse)).isTrue();
        assertThat(found(at(NOW), maternity)).doesNotContain(worker.accountId());
    }

    // ---- helpers ----

    /** An approved, active worker in this run's district, written as the stores write one. */
    private Worker approved(String name, Set<Skill> skills, Long rateFen) {
        UUID id = UUID.randomUUID();
        ids.add(id);
        assertThat(workers.insert(Worker.register(id, NOW))).isTrue();
        Profile profile = new Profile(Optional.of(name), Optional.of(Gender.FEMALE), Optional.of(1985), Optional.empty(), 3,
                List.of(), skills, Set.of(district), Optional.of(HOME), 10_000, Optional.ofNullable(rateFen).map(Money::ofFen),
                Set.of("普通话"), "认真负责");
        Worker worker = new Worker(id, Certification.APPROVED, Standing.ACTIVE, Optional.empty(), profile, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), WorkState.RESTING, Optional.empty(), Optional.of(NOW),
                Optional.of(NOW), NOW);
        assertThat(workers.update(worker)).isTrue();
        return worker;
    }

    private Query query(Skill skill) {
        return new Query(null, skill, district, null, null, null, null, Set.of(), null, null, null, Sort.RATING,
                new PageRequest(0, 50));
    }

    private Query near() {
        return new Query(null, null, district, HOME, 1_000, null, null, Set.of(), null, null, null, Sort.DISTANCE,
                new PageRequest(0, 50));
    }

    private WorkerSearchService at(Instant instant) {
        return new WorkerSearchService(new JdbiWorkerSearch(database.jdbi()), PHOTOS, Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static List<UUID> found(WorkerSearchService search, Query query) {
        return search.search(query).items().stream().map(WorkerCard::accountId).toList();
    }

    private long count(UUID workerId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM worker.search_entry WHERE worker_id = :id")
                .bind("id", workerId).mapTo(Long.class).one());
    }
}
