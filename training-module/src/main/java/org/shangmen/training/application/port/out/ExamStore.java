package org.shangmen.training.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Attempts at theory exams with the paper drawn for each. */
public interface ExamStore {

    record Attempt(UUID id, UUID courseId, UUID workerId, int number, List<UUID> questionIds, Instant startedAt, Instant deadline,
                   String status, Optional<Instant> submittedAt, Optional<Integer> correct, Optional<Integer> score,
                   Optional<Boolean> passed) {
    }

    /** Inserts unless the worker already has an attempt with that number; answers whether it did. */
    boolean insert(Attempt attempt);

    Optional<Attempt> find(UUID attemptId);

    List<Attempt> of(UUID courseId, UUID workerId);

    /** Closes an open attempt; false when it was closed already (a replayed submission). */
    boolean close(UUID attemptId, String status, Instant at, int correct, int score, boolean passed);
}
