package org.shangmen.training.api.event;

import java.util.List;
import java.util.UUID;

/**
 * A worker passed every required part of a course and holds its training certificate (培训合格证).
 * {@code required} with the {@code evidenceIds} (complaints, penalties) when it was retraining asked for
 * through {@link org.shangmen.training.api.Retraining}: the side that asked may lift what it imposed.
 */
public record CourseCompleted(UUID workerId, UUID courseId, String courseTitle, String certificateNumber, boolean required,
                              List<UUID> evidenceIds) {
}
