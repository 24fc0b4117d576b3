package org.shangmen.booking.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shangmen.kernel.TimeRange;

/**
 * The jobs an instance keeps in memory for the slot search's travel buffer and daily cap (C2.3), against a
 * real database (H2, or PostgreSQL in the PostgreSQL run): two ledgers on one database stand for two
 * instances, and after every change either makes, both answer what the database alone answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobCacheTest {

    static final Instant START = Instant.parse("2026-12-07T01:00:00Z");

    Jdbi jdbi;
    final MovingClock clock = new MovingClock(START);
    JdbiJobLedger first;
    JdbiJobLedger second;
    final List<UUID> workers = new ArrayList<>();
    final List<UUID> orders = new ArrayList<>();

    @BeforeAll
    void open() {
        jdbi = TestDatabase.open();
        first = new JdbiJobLedger(jdbi, clock);
        second = new JdbiJobLedger(jdbi, clock);
        for (int i = 0; i < 6; i++) {
            workers.add(UUID.randomUUID());
        }
    }

    @AfterAll
    void remove() {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM booking.worker_job WHERE worker_id IN (<ids>)").bindList("ids", workers).execute();
            h.createUpdate("DELETE FROM booking.job_stamp WHERE worker_id IN (<ids>)").bindList("ids", workers).execute();
        });
    }

    @Test
    @DisplayName("C2.3 after each of 300 random holds, moves between workers and releases through either instance, and days passing, both instances' jobs equal the database's")
    void bothInstancesFollowEveryChange() {
        // One connection for the whole walk (the ledgers' calls reuse the open handle): the test database has no pool.
        jdbi.useHandle(h -> {
            Random random = new Random(7);
            for (int step = 0; step < 300; step++) {
                JdbiJobLedger writer = random.nextBoolean() ? first : second;
                int op = random.nextInt(10);
                if (op < 5 || orders.isEmpty()) {
                    UUID order = UUID.randomUUID();
                    orders.add(order);
                    writer.hold(order, workers.get(random.nextInt(workers.size())), job(random));
                } else if (op < 8) {
                    // Re-held: another time, and now and then another worker (a re-assignment).
                    writer.hold(orders.get(random.nextInt(orders.size())), workers.get(random.nextInt(workers.size())), job(random));
                } else if (op == 8) {
                    writer.release(orders.remove(random.nextInt(orders.size())));
                } else {
                    clock.move(Duration.ofHours(5 + random.nextInt(30)));
                }
                JdbiJobLedger reader = random.nextBoolean() ? first : second;
                TimeRange range = range(random);
                assertThat(sorted(reader.jobs(Set.copyOf(workers), range))).as("step %d, range %s", step, range)
                        .isEqualTo(sorted(JdbiJobLedger.read(h, workers, range)));
            }
        });
    }

    @Test
    @DisplayName("C2.3 a search reads again only the workers whose jobs changed since the instance last read them")
    void onlyChangedWorkersAreRead() {
        JdbiJobLedger instance = new JdbiJobLedger(jdbi, clock);
        List<UUID> mine = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        workers.addAll(mine);
        TimeRange fortnight = new TimeRange(clock.instant(), clock.instant().plus(Duration.ofDays(14)));
        for (UUID worker : mine) {
            instance.hold(UUID.randomUUID(), worker, new TimeRange(clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1).plusHours(2))));
        }
        instance.jobs(mine, fortnight);
        long read = instance.workersRead();
        assertThat(read).isEqualTo(3);
        instance.jobs(mine, fortnight);
        assertThat(instance.workersRead()).as("nothing changed").isEqualTo(read);
        UUID order = UUID.randomUUID();
        second.hold(order, mine.getFirst(), new TimeRange(clock.instant().plus(Duration.ofDays(2)), clock.instant().plus(Duration.ofDays(2).plusHours(1))));
        assertThat(instance.jobs(mine, fortnight).get(mine.getFirst())).hasSize(2);
        assertThat(instance.workersRead()).as("one worker's new job").isEqualTo(read + 1);
        second.hold(order, mine.get(1), new TimeRange(clock.instant().plus(Duration.ofDays(2)), clock.instant().plus(Duration.ofDays(2).plusHours(1))));
        Map<UUID, List<TimeRange>> moved = instance.jobs(mine, fortnight);
        assertThat(moved.get(mine.getFirst())).hasSize(1);
        assertThat(moved.get(mine.get(1))).hasSize(2);
        assertThat(instance.workersRead()).as("the job moved between two workers").isEqualTo(read + 3);
    }

    @Test
    @DisplayName("C2.3 a worker whose new stamp equals the stamp an instance holds for another worker is read afresh")
    void stampHeldForAnotherWorker() {
        JdbiJobLedger instance = new JdbiJobLedger(jdbi, clock);
        List<UUID> pair = List.of(UUID.randomUUID(), UUID.randomUUID());
        workers.addAll(pair);
        TimeRange fortnight = new TimeRange(clock.instant(), clock.instant().plus(Duration.ofDays(14)));
        for (UUID worker : pair) {
            instance.hold(UUID.randomUUID(), worker, new TimeRange(clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1).plusHours(2))));
        }
        instance.jobs(pair, fortnight);
        second.hold(UUID.randomUUID(), pair.getFirst(), new TimeRange(clock.instant().plus(Duration.ofDays(3)), clock.instant().plus(Duration.ofDays(3).plusHours(1))));
        jdbi.useHandle(h -> h.createUpdate("UPDATE booking.job_stamp SET stamp = (SELECT stamp FROM booking.job_stamp WHERE worker_id = :other) "
                + "WHERE worker_id = :changed").bind("other", pair.get(1)).bind("changed", pair.getFirst()).execute());
        assertThat(instance.jobs(pair, fortnight).get(pair.getFirst())).hasSize(2);
    }

    private TimeRange job(Random random) {
        Instant start = clock.instant().minus(Duration.ofDays(1)).plus(Duration.ofMinutes(15L * random.nextInt(96 * 20)));
        return new TimeRange(start, start.plus(Duration.ofMinutes(60 + 30L * random.nextInt(6))));
    }

    /** A search's range: mostly inside the coming weeks, now and then past them (read without memory). */
    private TimeRange range(Random random) {
        Instant start = clock.instant().minus(Duration.ofHours(12)).plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
        int days = random.nextInt(10) == 0 ? 45 : 1 + random.nextInt(16);
        return new TimeRange(start, start.plus(Duration.ofDays(days)));
    }

    private static Map<UUID, List<TimeRange>> sorted(Map<UUID, List<TimeRange>> jobs) {
        Map<UUID, List<TimeRange>> out = new HashMap<>();
        jobs.forEach((id, list) -> out.put(id, list.stream().sorted((a, b) -> a.start().compareTo(b.start()) != 0
                ? a.start().compareTo(b.start()) : a.end().compareTo(b.end())).collect(Collectors.toList())));
        return out;
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
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
