package org.shangmen.worker.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.application.ScheduleService;
import org.shangmen.worker.application.port.out.ScheduleStore;
import org.shangmen.worker.domain.MinuteWindow;
import org.shangmen.worker.domain.ScheduleException;
import org.shangmen.worker.domain.WeeklyHours;

/**
 * The free time an instance keeps in memory (C2.3 slot search, dispatch's "who is free") against a real
 * database (H2, or PostgreSQL in the PostgreSQL run): two services on one database stand for two instances,
 * and after every change either makes, both answer what a read of the database alone answers. Every worker
 * here serves a district code of this run only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarCacheTest {

    /** 09:00 on Monday 7 December 2026 in Shanghai. */
    static final Instant START = Instant.parse("2026-12-07T01:00:00Z");
    static final List<WorkerCalendar.Requirement> CLEANING = List.of(new WorkerCalendar.Requirement(Skill.DAILY_CLEANING, Set.of()));

    TestDatabase database;
    JdbiScheduleStore store;
    final MovingClock clock = new MovingClock(START);
    ScheduleService first;
    ScheduleService second;
    ScheduleService reference;
    RegionCode district;
    final List<UUID> workers = new ArrayList<>();

    @BeforeAll
    void plant() {
        database = TestDatabase.open();
        store = new JdbiScheduleStore(database.jdbi(), clock);
        JdbiWorkerStore workerStore = new JdbiWorkerStore(database.jdbi(), null, clock);
        first = new ScheduleService(store, workerStore, clock);
        second = new ScheduleService(store, workerStore, clock);
        reference = new ScheduleService(store, workerStore, clock);
        district = RegionCode.of("9" + (ThreadLocalRandom.current().nextInt(100, 989) * 100 + ThreadLocalRandom.current().nextInt(1, 98)));
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            workers.add(id);
            database.jdbi().useHandle(h -> {
                h.createUpdate("INSERT INTO worker.worker (account_id, certification, standing, work_state, real_name, created_at, updated_at) "
                        + "VALUES (:id, 'APPROVED', 'ACTIVE', 'WORKING', '缓存测试', :now, :now)").bind("id", id).bind("now", START).execute();
                h.createUpdate("INSERT INTO worker.worker_skill (worker_id, skill) VALUES (:id, 'DAILY_CLEANING')").bind("id", id).execute();
                h.createUpdate("INSERT INTO worker.worker_district (worker_id, district_code) VALUES (:id, :d)")
                        .bind("id", id).bind("d", district.value()).execute();
            });
            store.replaceWeeklyHours(id, week(new Random(i)));
        }
    }

    @AfterAll
    void remove() {
        if (database == null) {
            return;
        }
        database.jdbi().useHandle(h -> {
            for (String table : List.of("worker.booked_cell", "worker.booking", "worker.schedule_exception", "worker.weekly_hours",
                    "worker.calendar_stamp", "worker.worker_skill", "worker.worker_district")) {
                h.createUpdate("DELETE FROM " + table + " WHERE worker_id IN (<ids>)").bindList("ids", workers).execute();
            }
            h.createUpdate("DELETE FROM worker.worker WHERE account_id IN (<ids>)").bindList("ids", workers).execute();
        });
        database.close();
    }

    @Test
    @DisplayName("C2.3 after each of 300 random calendar changes made through either instance, and days passing, both instances' free time equals the database's")
    void bothInstancesFollowEveryChange() {
        // One connection for the whole walk (the stores' calls reuse the open handle): the test database has no pool.
        database.jdbi().useHandle(h -> walk(new Random(42)));
    }

    private void walk(Random random) {
        List<UUID> booked = new ArrayList<>();
        List<UUID[]> exceptions = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            UUID worker = workers.get(random.nextInt(workers.size()));
            int op = random.nextInt(10);
            if (op < 3) {
                UUID order = UUID.randomUUID();
                Instant start = quarter(clock.instant().plus(Duration.ofMinutes(15L * random.nextInt(96 * 20))));
                if (store.book(new ScheduleStore.Booking(order, worker, new TimeRange(start, start.plus(Duration.ofMinutes(60 + 30L * random.nextInt(6))))))) {
                    booked.add(order);
                }
            } else if (op == 3 && !booked.isEmpty()) {
                store.release(booked.remove(random.nextInt(booked.size())));
            } else if (op == 4 && !booked.isEmpty()) {
                UUID order = booked.get(random.nextInt(booked.size()));
                store.booking(order).ifPresent(b -> store.moveEnd(order, b.time().end().plus(Duration.ofMinutes(15L * (random.nextInt(9) - 4)))));
            } else if (op < 7) {
                ScheduleException e = new ScheduleException(UUID.randomUUID(), today().plusDays(random.nextInt(24)),
                        random.nextBoolean() ? ScheduleException.Kind.LEAVE : ScheduleException.Kind.EXTRA,
                        new MinuteWindow(60 * random.nextInt(20), 60 * (20 + random.nextInt(5))), "测试");
                store.insertException(worker, e);
                exceptions.add(new UUID[] {worker, e.id()});
            } else if (op == 7 && !exceptions.isEmpty()) {
                UUID[] e = exceptions.remove(random.nextInt(exceptions.size()));
                store.deleteException(e[0], e[1]);
            } else if (op == 8) {
                store.replaceWeeklyHours(worker, week(random));
            } else if (random.nextInt(4) == 0) {
                clock.move(Duration.ofHours(7 + random.nextInt(20)));
            }
            ScheduleService asked = random.nextBoolean() ? first : second;
            TimeRange range = range(random);
            assertThat(asked.eligibleFreeTime(CLEANING, district, range)).as("step %d, range %s", step, range)
                    .isEqualTo(fromDatabase(range));
        }
        assertThat(first.calendarsRead() + second.calendarsRead()).as("calendars read rather than kept")
                .isLessThan(300L * workers.size() / 2);
    }

    @Test
    @DisplayName("C2.3 a search reads again only the calendars that changed since the instance last read them")
    void onlyChangedCalendarsAreRead() {
        ScheduleService instance = new ScheduleService(store, new JdbiWorkerStore(database.jdbi(), null, clock), clock);
        TimeRange fortnight = new TimeRange(clock.instant(), clock.instant().plus(Duration.ofDays(14)));
        instance.eligibleFreeTime(CLEANING, district, fortnight);
        assertThat(instance.calendarsRead()).isEqualTo(workers.size());
        instance.eligibleFreeTime(CLEANING, district, fortnight);
        assertThat(instance.calendarsRead()).as("nothing changed").isEqualTo(workers.size());
        UUID order = UUID.randomUUID();
        Instant start = quarter(clock.instant().plus(Duration.ofDays(3)));
        assertThat(store.book(new ScheduleStore.Booking(order, workers.getFirst(), new TimeRange(start, start.plus(Duration.ofHours(1)))))
                || store.book(new ScheduleStore.Booking(order, workers.getFirst(),
                        new TimeRange(start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(15)))))).isTrue();
        assertThat(instance.eligibleFreeTime(CLEANING, district, fortnight)).isEqualTo(fromDatabase(fortnight));
        assertThat(instance.calendarsRead()).as("one worker's booking").isEqualTo(workers.size() + 1);
        store.release(order);
        assertThat(instance.eligibleFreeTime(CLEANING, district, fortnight)).isEqualTo(fromDatabase(fortnight));
        assertThat(instance.calendarsRead()).as("the booking released").isEqualTo(workers.size() + 2);
    }

    @Test
    @DisplayName("C2.3 A1.2 a calendar restored from a backup, with the stamp it had then, replaces the newer one an instance kept")
    void restoredCalendarIsSeen() {
        UUID worker = workers.get(1);
        WeeklyHours before = store.weeklyHours(Set.of(worker)).get(worker);
        long stampBefore = stamp(worker);
        TimeRange week = new TimeRange(clock.instant(), clock.instant().plus(Duration.ofDays(7)));
        store.replaceWeeklyHours(worker, new WeeklyHours(Map.of(DayOfWeek.MONDAY, List.of(new MinuteWindow(0, 1_440)))));
        assertThat(first.eligibleFreeTime(CLEANING, district, week)).isEqualTo(fromDatabase(week));
        // The restore: the rows as they were, written straight into the tables, stamp included.
        database.jdbi().useHandle(h -> {
            h.createUpdate("DELETE FROM worker.weekly_hours WHERE worker_id = :id").bind("id", worker).execute();
            before.days().forEach((day, windows) -> windows.forEach(w -> h.createUpdate("INSERT INTO worker.weekly_hours "
                            + "(worker_id, day_of_week, start_minute, end_minute) VALUES (:id, :day, :s, :e)")
                    .bind("id", worker).bind("day", day.getValue()).bind("s", w.start()).bind("e", w.end()).execute()));
            h.createUpdate("UPDATE worker.calendar_stamp SET stamp = :s WHERE worker_id = :id").bind("s", stampBefore).bind("id", worker).execute();
        });
        assertThat(first.eligibleFreeTime(CLEANING, district, week)).isEqualTo(fromDatabase(week));
        assertThat(first.eligibleFreeTime(CLEANING, district, week).get(worker)).isNotEmpty();
    }

    @Test
    @DisplayName("C2.3 a worker whose new stamp equals the stamp an instance holds for another worker is read afresh")
    void stampHeldForAnotherWorker() {
        ScheduleService instance = new ScheduleService(store, new JdbiWorkerStore(database.jdbi(), null, clock), clock);
        TimeRange week = new TimeRange(clock.instant(), clock.instant().plus(Duration.ofDays(7)));
        instance.eligibleFreeTime(CLEANING, district, week);
        UUID changed = workers.get(3);
        UUID other = workers.get(4);
        store.replaceWeeklyHours(changed, new WeeklyHours(Map.of(today().plusDays(2).getDayOfWeek(),
                List.of(new MinuteWindow(0, 1_440)))));
        long othersStamp = stamp(other);
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE worker.calendar_stamp SET stamp = :s WHERE worker_id = :id")
                .bind("s", othersStamp).bind("id", changed).execute());
        assertThat(instance.eligibleFreeTime(CLEANING, district, week)).isEqualTo(fromDatabase(week));
        store.replaceWeeklyHours(changed, week(new Random(3)));
    }

    private Map<UUID, List<TimeRange>> fromDatabase(TimeRange range) {
        Map<UUID, List<TimeRange>> free = reference.freeTime(workers, range);
        Map<UUID, List<TimeRange>> ordered = new java.util.TreeMap<>();
        workers.forEach(id -> ordered.put(id, free.getOrDefault(id, List.of())));
        return ordered;
    }

    private long stamp(UUID worker) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT stamp FROM worker.calendar_stamp WHERE worker_id = :id")
                .bind("id", worker).mapTo(Long.class).one());
    }

    /** A search's range: mostly inside the coming weeks, now and then past them (read without memory). */
    private TimeRange range(Random random) {
        Instant start = clock.instant().plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
        int days = random.nextInt(10) == 0 ? 40 : 1 + random.nextInt(14);
        return new TimeRange(start, start.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(random.nextInt(600))));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    private static WeeklyHours week(Random random) {
        Map<DayOfWeek, List<MinuteWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(7) != 0) {
                int start = 360 + 30 * random.nextInt(8);
                days.put(day, random.nextBoolean() ? List.of(new MinuteWindow(start, 720), new MinuteWindow(780, 1_020 + 30 * random.nextInt(8)))
                        : List.of(new MinuteWindow(start, 1_200)));
            }
        }
        return new WeeklyHours(days);
    }

    private static Instant quarter(Instant t) {
        long s = t.getEpochSecond();
        return Instant.ofEpochSecond(s - Math.floorMod(s, 900));
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private final AtomicReference<Instant> now;

        MovingClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void move(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovingClock outer = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return outer.withZone(other);
                }

                @Override
                public Instant instant() {
                    return outer.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
