package org.shangmen.training.application.port.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Level;
import org.shangmen.training.domain.PartKind;
import org.shangmen.training.domain.Question;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerBadges.Requirement;

/** W4.1 operators build the catalogue of training: courses, parts, question banks, required badges. */
public interface ManageCourses {

    Course create(CreateCourse command, UUID operatorId);

    Course publish(UUID courseId);

    Page<Course> courses(PageRequest page);

    Course course(UUID courseId);

    /** Adds questions to the course's bank; answers the size of the bank. */
    int addQuestions(UUID courseId, List<QuestionDraft> questions);

    /** Stores a lesson's video (MP4) and its length in seconds. */
    void attachVideo(UUID courseId, UUID partId, byte[] mp4, int seconds);

    void requireBadge(Skill skill, String badgeCode, String badgeLabel);

    void dropRequirement(Skill skill, String badgeCode);

    /** Each service's required badges: its own and its tier of work's. */
    Map<Skill, List<Requirement>> requirements();

    /** W4.2 requires a badge for every service of a tier of work (for example first aid for all care). */
    void requireBadgeForTier(org.shangmen.worker.api.WorkTier tier, String badgeCode, String badgeLabel);

    void dropTierRequirement(org.shangmen.worker.api.WorkTier tier, String badgeCode);

    Map<org.shangmen.worker.api.WorkTier, List<Requirement>> tierRequirements();

    static String text(String value, int max, String code) {
        if (value == null || value.isBlank() || value.strip().length() > max || value.indexOf('\0') >= 0) {
            throw DomainException.invalid(code, max);
        }
        return value.strip();
    }

    static String optionalText(String value, int max, String code) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return text(value, max, code);
    }

    /** One part of a new course. Sessions name place, address, times, trainer, capacity and the cancellation deadline in hours. */
    record PartDraft(PartKind kind, String title, String body, int durationSeconds, String place, String address, Instant startsAt,
                     Instant endsAt, String trainer, int capacity, int cancelHours, List<String> checklist) {

        public PartDraft {
            if (kind == null) {
                throw DomainException.invalid("training.part-kind-invalid");
            }
            title = text(title, 60, "training.part-title-invalid");
            body = optionalText(body, 4000, "training.part-body-invalid");
            checklist = checklist == null ? List.of() : checklist.stream().map(c -> text(c, 100, "training.checklist-invalid")).toList();
            if (kind == PartKind.VIDEO && (durationSeconds < 10 || durationSeconds > 4 * 3600)) {
                throw DomainException.invalid("training.video-duration-invalid");
            }
            if (kind == PartKind.SESSION) {
                place = text(place, 60, "training.session-place-invalid");
                address = text(address, 200, "training.session-address-invalid");
                trainer = text(trainer, 30, "training.session-trainer-invalid");
                if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
                    throw DomainException.invalid("training.session-times-invalid");
                }
                if (capacity < 1 || capacity > 500) {
                    throw DomainException.invalid("training.session-capacity-invalid");
                }
                if (cancelHours < 0 || cancelHours > 24 * 14) {
                    throw DomainException.invalid("training.session-cancel-hours-invalid");
                }
            }
            if (kind == PartKind.PRACTICAL && (checklist.isEmpty() || checklist.size() > 20)) {
                throw DomainException.invalid("training.checklist-invalid");
            }
        }
    }

    record CreateCourse(String title, String description, Skill skill, Level level, int minExperience, int maxExperience,
                        String badgeCode, String badgeLabel, int badgeMonths, int examQuestions, int examMinutes, int passPercent,
                        int maxAttempts, int retryWaitMinutes, List<PartDraft> parts) {

        public CreateCourse {
            title = text(title, 60, "training.course-title-invalid");
            description = text(description, 1000, "training.course-description-invalid");
            if (skill == null) {
                throw DomainException.invalid("training.skill-invalid");
            }
            if (level == null) {
                throw DomainException.invalid("training.level-invalid");
            }
            if (minExperience < 0 || maxExperience > 60 || minExperience > maxExperience) {
                throw DomainException.invalid("training.experience-band-invalid");
            }
            if (badgeCode == null || !badgeCode.matches("[a-z][a-z0-9-]{1,47}")) {
                throw DomainException.invalid("training.badge-code-invalid");
            }
            badgeLabel = text(badgeLabel, 30, "training.badge-label-invalid");
            if (badgeMonths < 1 || badgeMonths > 120) {
                throw DomainException.invalid("training.badge-months-invalid");
            }
            if (examQuestions < 0 || examQuestions > 100 || examMinutes < 1 || examMinutes > 240 || passPercent < 1 || passPercent > 100
                    || maxAttempts < 1 || maxAttempts > 10 || retryWaitMinutes < 0 || retryWaitMinutes > 60 * 24 * 30) {
                throw DomainException.invalid("training.exam-settings-invalid");
            }
            if (parts == null || parts.isEmpty() || parts.size() > 50 || parts.stream().anyMatch(java.util.Objects::isNull)) {
                throw DomainException.invalid("training.parts-invalid");
            }
            parts = List.copyOf(parts);
        }
    }

    record QuestionDraft(Question.Kind kind, String prompt, List<String> options, Set<Integer> correct) {

        public QuestionDraft {
            if (kind == null) {
                throw DomainException.invalid("training.question-kind-invalid");
            }
            prompt = text(prompt, 500, "training.question-prompt-invalid");
            List<String> given = new ArrayList<>();
            if (kind == Question.Kind.TRUE_FALSE) {
                given.addAll(Question.TRUE_FALSE);
            } else {
                if (options == null || options.size() < 2 || options.size() > 8) {
                    throw DomainException.invalid("training.question-options-invalid");
                }
                for (String o : options) {
                    given.add(text(o, 200, "training.question-options-invalid"));
                }
            }
            options = List.copyOf(given);
            int count = options.size();
            if (correct == null || correct.isEmpty() || correct.stream().anyMatch(i -> i == null || i < 0 || i >= count)
                    || (kind != Question.Kind.MULTIPLE && correct.size() != 1)) {
                throw DomainException.invalid("training.question-correct-invalid");
            }
            correct = Set.copyOf(correct);
        }
    }
}
