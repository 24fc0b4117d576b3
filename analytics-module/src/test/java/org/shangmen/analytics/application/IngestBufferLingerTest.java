package org.shangmen.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Fact;

/** A4.1: the batch linger gathers concurrent facts and does not hold up one caller recording fact after fact. */
class IngestBufferLingerTest {

    private static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");

    /** Keeps the sizes of the batches it was given. */
    static final class CountingStore implements AnalyticsStore {
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());

        @Override
        public int record(List<Fact.Keyed> batch, Instant now) {
            batches.add(batch.size());
            return batch.size();
        }

        @Override
        public boolean seen(String eventKey) {
            return false;
        }

        @Override
        public UUID beginRebuild(Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void rebuildWrite(List<Fact> facts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Swapped swap(UUID run, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void abandon(UUID run, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int refreshRollups() {
            return 0;
        }
    }

    private static Fact.Keyed fact(String key) {
        return new Fact.Keyed(key, new Fact.CustomerRegistered(UUID.nameUUIDFromBytes(key.getBytes()), AT));
    }

    @Test
    @DisplayName("A4.1: one caller recording 200 facts one after the other waits out the linger only now and then")
    void sequentialCallerIsNotHeldUp() {
        CountingStore store = new CountingStore();
        try (IngestBuffer buffer = IngestBuffer.started(store, Clock.systemUTC())) {
            for (int i = 0; i < 200; i++) {
                buffer.submit(fact("seq-" + i)).join();
            }
            assertThat(store.batches).hasSize(200).allMatch(size -> size == 1);
            // Only the first fact waits for company: after it, each fact alone comes from the thread whose fact was
            // alone before. Lingering on every batch held the caller the whole linger a fact (20 s here, minutes for the demo).
            assertThat(buffer.lingered()).isEqualTo(1L);
        }
    }

    @Test
    @DisplayName("A4.1: facts submitted together by several callers are recorded in fewer batches, none lost")
    void concurrentCallersShareBatches() throws Exception {
        CountingStore store = new CountingStore();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (IngestBuffer buffer = IngestBuffer.started(store, Clock.systemUTC())) {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String key = "par-" + i;
                all.add(CompletableFuture.runAsync(() -> buffer.submit(fact(key)).join(), callers));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
            assertThat(store.batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
            assertThat(store.batches.size()).isLessThan(400);
        } finally {
            callers.shutdownNow();
        }
    }
}
