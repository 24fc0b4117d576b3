package org.shangmen.training.api.event;

import java.util.UUID;

/** A theory exam attempt was graded (a late one fails). */
public record ExamGraded(UUID attemptId, UUID workerId, UUID courseId, String courseTitle, int score, boolean passed) {
}
