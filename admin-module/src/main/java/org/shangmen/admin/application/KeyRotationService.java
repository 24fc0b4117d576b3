package org.shangmen.admin.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.shangmen.kernel.ReEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the stored personal data of every module (phones, e-mails, ID numbers, addresses …) to the
 * active key after a key rotation (A1.2): in the background, batch by batch, reporting progress. It
 * resumes where it stopped, since what remains is read from the data; once nothing remains anywhere the
 * old key can be removed from the configuration.
 */
public class KeyRotationService {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationService.class);
    static final int BATCH = 200;

    private final List<ReEncryption> kinds;
    private final String activeKey;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<String, Long> done = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> startedAt = new AtomicReference<>();
    private final AtomicReference<Instant> finishedAt = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();

    public KeyRotationService(List<ReEncryption> kinds, String activeKey, Clock clock) {
        this.kinds = kinds.stream().sorted(Comparator.comparing(ReEncryption::name)).toList();
        this.activeKey = activeKey;
        this.clock = clock;
    }

    /** Per kind: how many values this run re-encrypted and how many remain. */
    public record KindProgress(String name, long reEncrypted, long remaining) {
    }

    /**
     * @param state IDLE (never started here), RUNNING, DONE (nothing remains) or FAILED (start again to resume)
     */
    public record Progress(String activeKey, String state, String stateLabel, long remaining, List<KindProgress> kinds,
                           Optional<Instant> startedAt, Optional<Instant> finishedAt, Optional<String> failure) {
    }

    /** Starts a run unless one is running; answers the progress either way. */
    public Progress start() {
        if (running.compareAndSet(false, true)) {
            done.clear();
            startedAt.set(clock.instant());
            finishedAt.set(null);
            failure.set(null);
            Thread.ofVirtual().name("key-rotation").start(this::run);
        }
        return progress();
    }

    private void run() {
        try {
            for (ReEncryption kind : kinds) {
                int batch;
                do {
                    batch = kind.reEncryptBatch(BATCH);
                    done.merge(kind.name(), (long) batch, Long::sum);
                } while (batch > 0);
            }
            log.info("personal data re-encrypted to key {}: {}", activeKey, done);
        } catch (RuntimeException e) {
            failure.set(e.getClass().getSimpleName());
            log.error("re-encryption to key {} stopped; starting it again resumes it", activeKey, e);
        } finally {
            finishedAt.set(clock.instant());
            running.set(false);
        }
    }

    public Progress progress() {
        List<KindProgress> each = kinds.stream()
                .map(k -> new KindProgress(k.name(), done.getOrDefault(k.name(), 0L), k.remaining())).toList();
        long remaining = each.stream().mapToLong(KindProgress::remaining).sum();
        String state = running.get() ? "RUNNING" : failure.get() != null ? "FAILED"
                : startedAt.get() == null && remaining > 0 ? "IDLE" : remaining == 0 ? "DONE" : "IDLE";
        String label = switch (state) {
            case "RUNNING" -> "进行中";
            case "FAILED" -> "已中断,可重新开始以继续";
            case "DONE" -> "已全部使用当前密钥";
            default -> "未开始";
        };
        return new Progress(activeKey, state, label, remaining, each, Optional.ofNullable(startedAt.get()),
                Optional.ofNullable(finishedAt.get()), Optional.ofNullable(failure.get()));
    }
}
