package org.shangmen.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefreshedTest {

    @Test
    @DisplayName("A kept rule is read once while fresh, and again after a change through this instance")
    void keptUntilForgotten() {
        AtomicInteger reads = new AtomicInteger();
        Refreshed<Integer> rules = new Refreshed<>(reads::incrementAndGet, Duration.ofHours(1));
        assertThat(rules.get()).isEqualTo(1);
        assertThat(rules.get()).isEqualTo(1);
        assertThat(reads).hasValue(1);
        rules.forget();
        assertThat(rules.get()).isEqualTo(2);
        assertThat(rules.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("A kept rule is read again once its time has passed (another instance's change shows)")
    void readAgainWhenStale() throws InterruptedException {
        AtomicInteger reads = new AtomicInteger();
        Refreshed<Integer> rules = new Refreshed<>(reads::incrementAndGet, Duration.ofMillis(20));
        assertThat(rules.get()).isEqualTo(1);
        Thread.sleep(40);
        assertThat(rules.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("A read that began before a change is answered but not kept: the next caller reads the change")
    void readOverlappingAChangeIsNotKept() throws Exception {
        AtomicInteger version = new AtomicInteger(1);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        Refreshed<Integer> rules = new Refreshed<>(() -> {
            int seen = version.get();
            if (seen == 1) {
                reading.countDown();
                try {
                    changed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return seen;
        }, Duration.ofHours(1));
        Thread slow = Thread.ofVirtual().start(rules::get);
        reading.await();
        version.set(2);
        rules.forget();
        changed.countDown();
        slow.join();
        assertThat(rules.get()).isEqualTo(2);
    }
}
