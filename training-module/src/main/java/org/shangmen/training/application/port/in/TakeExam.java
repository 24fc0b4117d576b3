package org.shangmen.training.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shangmen.training.domain.Question;

/** W4.2 online theory exams: a paper drawn per attempt, graded on the server within the time limit. */
public interface TakeExam {

    /** A question as the worker sees it: no correct answer, ever. */
    record ExamQuestion(UUID questionId, Question.Kind kind, String prompt, List<String> options) {
    }

    record ExamPaper(UUID attemptId, UUID courseId, int attemptNumber, Instant startedAt, Instant deadline, List<ExamQuestion> questions) {
    }

    record ExamResult(UUID attemptId, String status, int correct, int total, int score, int passPercent, boolean passed) {
    }

    ExamPaper start(UUID workerId, UUID courseId);

    /** Answers by question id: chosen option indexes. */
    ExamResult submit(UUID workerId, UUID attemptId, Map<UUID, Set<Integer>> answers);
}
