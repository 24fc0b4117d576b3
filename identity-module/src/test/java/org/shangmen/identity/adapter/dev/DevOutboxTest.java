package org.shangmen.identity.adapter.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DevOutboxTest {

    @Test
    @DisplayName("W1.1 the development outbox lists messages newest first with channel, recipient, subject, body and time")
    void newestFirst() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
        DevOutbox outbox = new DevOutbox(DevOutbox.CAPACITY, clock);

        DevMessage first = outbox.add(DevOutbox.SMS, "+8613812341234", null, "验证码 111111");
        clock.advance(Duration.ofSeconds(1));
        DevMessage second = outbox.add(DevOutbox.MAIL, "zhang@example.com", "欢迎", "你好");

        assertThat(outbox.newestFirst()).containsExactly(second, first);
        assertThat(second.id()).isNotBlank().isNotEqualTo(first.id());
        assertThat(second).extracting(DevMessage::channel, DevMessage::to, DevMessage::subject, DevMessage::body, DevMessage::sentAt)
                .containsExactly("MAIL", "zhang@example.com", "欢迎", "你好", Instant.parse("2026-11-25T08:00:01Z"));
        assertThat(first.channel()).isEqualTo("SMS");
    }

    @Test
    @DisplayName("W1.1 the development outbox keeps only the last 200 messages")
    void bounded() {
        DevOutbox outbox = new DevOutbox();
        for (int i = 0; i < 250; i++) {
            outbox.add(DevOutbox.SMS, "+8613812341234", null, "message " + i);
        }

        List<DevMessage> kept = outbox.newestFirst();
        assertThat(kept).hasSize(200);
        assertThat(kept.getFirst().body()).isEqualTo("message 249");
        assertThat(kept.getLast().body()).isEqualTo("message 50");
    }

    @Test
    @DisplayName("W1.1 the development outbox filters by exact recipient, newest first")
    void filterByRecipient() {
        DevOutbox outbox = new DevOutbox();
        outbox.add(DevOutbox.SMS, "+8613812341234", null, "a");
        outbox.add(DevOutbox.SMS, "+8613900001111", null, "b");
        outbox.add(DevOutbox.MAIL, "li@example.com", "s", "c");
        outbox.add(DevOutbox.SMS, "+8613812341234", null, "d");

        assertThat(outbox.sentTo("+8613812341234")).extracting(DevMessage::body).containsExactly("d", "a");
        assertThat(outbox.sentTo("li@example.com")).extracting(DevMessage::body).containsExactly("c");
        assertThat(outbox.sentTo("13812341234")).isEmpty();
        assertThat(outbox.sentTo("nobody@example.com")).isEmpty();
    }

    @Test
    @DisplayName("W1.1 the development outbox loses nothing and stays ordered under 8 threads adding 100 messages each")
    void concurrentAdds() throws Exception {
        DevOutbox roomy = new DevOutbox(1_000, Clock.systemUTC());
        DevOutbox bounded = new DevOutbox();
        int threads = 8;
        int perThread = 100;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String recipient = "+861381234000" + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        roomy.add(DevOutbox.SMS, recipient, null, Integer.toString(i));
                        bounded.add(DevOutbox.SMS, recipient, null, Integer.toString(i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<DevMessage> all = roomy.newestFirst();
        assertThat(all).hasSize(threads * perThread);
        assertThat(all).extracting(DevMessage::id).doesNotHaveDuplicates();
        assertThat(all).extracting(DevMessage::sentAt).isSortedAccordingTo(Comparator.reverseOrder());
        for (int t = 0; t < threads; t++) {
            List<String> bodies = roomy.sentTo("+861381234000" + t).stream().map(DevMessage::body).toList();
            assertThat(bodies).containsExactlyElementsOf(
                    IntStream.range(0, perThread).map(i -> perThread - 1 - i).mapToObj(Integer::toString).toList());
        }
        assertThat(bounded.newestFirst()).hasSize(DevOutbox.CAPACITY).extracting(DevMessage::id).doesNotHaveDuplicates();
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
