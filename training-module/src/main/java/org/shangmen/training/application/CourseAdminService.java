package org.shangmen.training.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.application.port.in.ManageCourses;
import org.shangmen.training.application.port.out.CourseStore;
import org.shangmen.training.application.port.out.VideoStorage;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Part;
import org.shangmen.training.domain.PartKind;
import org.shangmen.training.domain.Question;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerBadges;
import org.shangmen.worker.api.WorkerBadges.Requirement;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** W4.1 operators' catalogue of training; required badges are kept by the worker module, which decides eligibility. */
public class CourseAdminService implements ManageCourses {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_VIDEO_BYTES = 200 * 1024 * 1024;

    private final CourseStore courses;
    private final VideoStorage videos;
    private final WorkerBadges badges;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CourseAdminService(CourseStore courses, VideoStorage videos, WorkerBadges badges, PlatformTransactionManager transactions,
                              Clock clock) {
        this.courses = courses;
        this.videos = videos;
        this.badges = badges;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Course create(CreateCourse c, UUID operatorId) {
        java.time.Instant now = clock.instant();
        for (PartDraft d : c.parts()) {
            if (d.kind() == PartKind.SESSION && (d.startsAt().isBefore(now) || d.startsAt().isAfter(now.plus(java.time.Duration.ofDays(731)))
                    || d.endsAt().isAfter(d.startsAt().plus(java.time.Duration.ofHours(24))))) {
                throw DomainException.invalid("training.session-times-invalid");
            }
        }
        List<Part> parts = new ArrayList<>();
        int position = 1;
        for (PartDraft d : c.parts()) {
            Optional<Part.Session> session = d.kind() == PartKind.SESSION
                    ? Optional.of(new Part.Session(d.place(), d.address(), d.startsAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    d.endsAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), d.trainer(), d.capacity(), d.cancelHours(),
                    String.format("%06d", RANDOM.nextInt(1_000_000))))
                    : Optional.empty();
            parts.add(new Part(UUID.randomUUID(), position++, d.kind(), d.title(), d.body(), d.kind() == PartKind.VIDEO ? d.durationSeconds() : 0,
                    Optional.empty(), session, d.kind() == PartKind.PRACTICAL ? d.checklist() : List.of()));
        }
        Course course = new Course(UUID.randomUUID(), c.title(), c.description(), c.skill().name(), c.level(), c.minExperience(),
                c.maxExperience(), new Course.Badge(c.badgeCode(), c.badgeLabel(), c.badgeMonths()),
                new Course.Exam(c.examQuestions(), c.examMinutes(), c.passPercent(), c.maxAttempts(), c.retryWaitMinutes()), false, parts,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        tx.executeWithoutResult(s -> courses.insert(course, operatorId));
        return course;
    }

    @Override
    public Course publish(UUID courseId) {
        return tx.execute(s -> {
            Course course = course(courseId);
            if (course.exam().required() && courses.questionCount(courseId) < course.exam().questions()) {
                throw DomainException.rejected("training.exam-bank-too-small");
            }
            if (course.parts().stream().anyMatch(p -> p.kind() == PartKind.VIDEO && p.videoKey().isEmpty())) {
                throw DomainException.rejected("training.video-missing");
            }
            courses.publish(courseId);
            return course(courseId);
        });
    }

    @Override
    public Page<Course> courses(PageRequest page) {
        return courses.page(page);
    }

    @Override
    public Course course(UUID courseId) {
        return courses.find(courseId).orElseThrow(() -> DomainException.notFound("training.course-not-found"));
    }

    @Override
    public int addQuestions(UUID courseId, List<QuestionDraft> drafts) {
        if (drafts == null || drafts.isEmpty() || drafts.size() > 100 || drafts.stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalid("training.questions-invalid");
        }
        return tx.execute(s -> {
            course(courseId);
            courses.insert(drafts.stream().map(d -> new Question(UUID.randomUUID(), courseId, d.kind(), d.prompt(), d.options(), d.correct()))
                    .toList());
            return courses.questionCount(courseId);
        });
    }

    /** MP4 files start with a box whose type is "ftyp". */
    static boolean isMp4(byte[] b) {
        return b != null && b.length > 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p';
    }

    @Override
    public void attachVideo(UUID courseId, UUID partId, byte[] mp4, int seconds) {
        Course course = course(courseId);
        Part part = course.part(partId).filter(p -> p.kind() == PartKind.VIDEO)
                .orElseThrow(() -> DomainException.notFound("training.part-not-found"));
        if (!isMp4(mp4) || mp4.length > MAX_VIDEO_BYTES) {
            throw DomainException.invalid("training.video-invalid");
        }
        if (seconds < 10 || seconds > 4 * 3600) {
            throw DomainException.invalid("training.video-duration-invalid");
        }
        String key = "training/videos/" + part.id() + "-" + UUID.randomUUID() + ".mp4";
        videos.store(key, mp4);
        tx.executeWithoutResult(s -> courses.attachVideo(partId, key, seconds));
    }

    @Override
    public void requireBadge(Skill skill, String badgeCode, String badgeLabel) {
        badges.require(skill, badgeCode, badgeLabel);
    }

    @Override
    public void dropRequirement(Skill skill, String badgeCode) {
        if (badgeCode == null || !badgeCode.matches("[a-z][a-z0-9-]{1,47}")) {
            throw DomainException.invalid("training.badge-code-invalid");
        }
        badges.dropRequirement(skill, badgeCode);
    }

    @Override
    public Map<Skill, List<Requirement>> requirements() {
        return badges.requirements();
    }

    @Override
    public void requireBadgeForTier(org.shangmen.worker.api.WorkTier tier, String badgeCode, String badgeLabel) {
        badges.requireForTier(tier, badgeCode, badgeLabel);
    }

    @Override
    public void dropTierRequirement(org.shangmen.worker.api.WorkTier tier, String badgeCode) {
        if (badgeCode == null || !badgeCode.matches("[a-z][a-z0-9-]{1,47}")) {
            throw DomainException.invalid("training.badge-code-invalid");
        }
        badges.dropTierRequirement(tier, badgeCode);
    }

    @Override
    public Map<org.shangmen.worker.api.WorkTier, List<Requirement>> tierRequirements() {
        return badges.tierRequirements();
    }
}
