package org.shangmen.training.api.event;

import java.util.UUID;

/** A worker is enrolled in a course; {@code required} when retraining was asked for. */
public record EnrolmentConfirmed(UUID enrolmentId, UUID workerId, UUID courseId, String courseTitle, boolean required) {
}
