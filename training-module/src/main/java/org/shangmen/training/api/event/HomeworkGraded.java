package org.shangmen.training.api.event;

import java.util.UUID;

/** A trainer graded a worker's homework. */
public record HomeworkGraded(UUID homeworkId, UUID workerId, String courseTitle, String partTitle, boolean passed) {
}
