package org.shangmen.training.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A course: what it teaches (skill, level, experience band), its parts in order, its theory exam (questions
 * drawn per attempt, time limit, pass mark, attempts and the wait between them) and the badge it earns.
 */
public record Course(UUID id, String title, String description, String skill, Level level, int minExperience, int maxExperience,
                     Badge badge, Exam exam, boolean published, List<Part> parts, Instant createdAt) {

    /** The badge passing earns, valid for {@code months} from the day it is earned. */
    public record Badge(String code, String label, int months) {
    }

    /** {@code questions} = 0: the course has no theory exam. */
    public record Exam(int questions, int minutes, int passPercent, int maxAttempts, int retryWaitMinutes) {

        public boolean required() {
            return questions > 0;
        }
    }

    public Course {
        parts = List.copyOf(parts);
    }

    public Optional<Part> part(UUID partId) {
        return parts.stream().filter(p -> p.id().equals(partId)).findFirst();
    }

    public boolean has(PartKind kind) {
        return parts.stream().anyMatch(p -> p.kind() == kind);
    }

    public boolean suitsExperience(int years) {
        return years >= minExperience && years <= maxExperience;
    }
}
