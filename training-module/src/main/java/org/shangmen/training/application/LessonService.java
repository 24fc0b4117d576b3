package org.shangmen.training.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.training.application.port.in.WorkerTraining.HomeworkSubmission;
import org.shangmen.training.application.port.in.WorkerTraining.LessonWatchState;
import org.shangmen.training.application.port.out.CourseStore;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.shangmen.training.application.port.out.EnrolmentStore.Homework;
import org.shangmen.training.application.port.out.EnrolmentStore.Progress;
import org.shangmen.training.application.port.out.VideoStorage;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Coverage;
import org.shangmen.training.domain.Part;
import org.shangmen.training.domain.PartKind;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * W4.2 taking part online: watched ranges of video lessons, judged on the server (see {@link Coverage}),
 * and homework as text and photos for a trainer to grade.
 */
public class LessonService {

    static final Duration VIDEO_LINK_VALIDITY = Duration.ofMinutes(30);
    private static final int MAX_HOMEWORK_SUBMISSIONS = 5;

    private final CourseStore courses;
    private final EnrolmentStore enrolments;
    private final CompletionService completion;
    private final VideoStorage videos;
    private final TransactionTemplate tx;
    private final Clock clock;

    public LessonService(CourseStore courses, EnrolmentStore enrolments, CompletionService completion, VideoStorage videos,
                         PlatformTransactionManager transactions, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.completion = completion;
        this.videos = videos;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The part of a published course the worker is enrolled in; another's or an unknown part is not found. */
    record Enrolled(Course course, Part part) {
    }

    Enrolled enrolled(UUID workerId, UUID partId, PartKind kind) {
        Course course = courses.ofPart(partId).filter(Course::published)
                .orElseThrow(() -> DomainException.notFound("training.part-not-found"));
        Part part = course.part(partId).filter(p -> p.kind() == kind).orElseThrow(() -> DomainException.notFound("training.part-not-found"));
        if (enrolments.find(course.id(), workerId).isEmpty()) {
            throw DomainException.rejected("training.not-enrolled");
        }
        return new Enrolled(course, part);
    }

    public LessonWatchState reportWatched(UUID workerId, UUID partId, int from, int to) {
        return tx.execute(s -> {
            Enrolled e = enrolled(workerId, partId, PartKind.VIDEO);
            int duration = e.part().durationSeconds();
            if (from < 0 || to <= from || to > duration + Coverage.END_SLACK) {
                throw DomainException.invalid("training.watched-range-invalid", duration);
            }
            Instant now = clock.instant();
            Optional<Progress> before = enrolments.progressForUpdate(partId, workerId);
            if (before.isEmpty()) {
                // The first report opens the lesson: time starts counting now, nothing is credited yet.
                Progress opened = new Progress(partId, workerId, "", now, Optional.empty());
                enrolments.save(opened);
                return new LessonWatchState(partId, duration, 0, false);
            }
            Progress p = before.get();
            if (p.watchedAt().isPresent()) {
                return new LessonWatchState(partId, duration, duration, true);
            }
            long elapsed = Duration.between(p.lastReportedAt(), now).toSeconds();
            Coverage coverage;
            try {
                coverage = Coverage.parse(p.segments()).add(from, to, duration, elapsed);
            } catch (IllegalArgumentException tooMany) {
                throw DomainException.invalid("training.watched-range-invalid", duration);
            }
            boolean watched = coverage.covers(duration);
            enrolments.save(new Progress(partId, workerId, coverage.format(), now, watched ? Optional.of(now) : Optional.empty()));
            if (watched) {
                completion.completeIfDone(e.course(), workerId);
            }
            return new LessonWatchState(partId, duration, Math.min(duration, coverage.watchedSeconds()), watched);
        });
    }

    /** A link to the lesson's video for an enrolled worker, valid 30 minutes. */
    public String videoLink(UUID workerId, UUID partId) {
        Enrolled e = enrolled(workerId, partId, PartKind.VIDEO);
        String key = e.part().videoKey().orElseThrow(() -> DomainException.notFound("training.video-not-found"));
        return videos.signedLink(key, VIDEO_LINK_VALIDITY);
    }

    static final int MAX_PHOTOS = 9;
    private static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;
    private static final long MAX_PHOTO_PIXELS = 40_000_000L;

    /** Adds a photo (JPEG or PNG, re-encoded without EXIF/GPS) to the worker's own homework while it waits for a grade. */
    public int addHomeworkPhoto(UUID workerId, UUID homeworkId, byte[] picture) {
        org.shangmen.kernel.Pictures.Cleaned cleaned;
        try {
            cleaned = org.shangmen.kernel.Pictures.reencode(picture, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS);
        } catch (org.shangmen.kernel.Pictures.Refused refused) {
            throw DomainException.invalid("training.homework-photo-invalid");
        }
        String key = "training/homework/" + homeworkId + "-" + UUID.randomUUID() + "." + cleaned.extension();
        Integer count = tx.execute(s -> {
            Homework h = enrolments.homeworkForUpdate(homeworkId).filter(x -> x.workerId().equals(workerId))
                    .orElseThrow(() -> DomainException.notFound("training.homework-not-found"));
            if (h.passed().isPresent()) {
                throw DomainException.conflict("training.homework-already-graded");
            }
            if (enrolments.photoKeys(homeworkId).size() >= MAX_PHOTOS) {
                throw DomainException.conflict("training.homework-photo-limit", MAX_PHOTOS);
            }
            videos.store(key, cleaned.content());
            return enrolments.addPhoto(homeworkId, key);
        });
        return count == null ? 0 : count;
    }

    /** Signed links to a homework's photos, for the trainer grading it. */
    public java.util.List<String> photoLinks(UUID homeworkId) {
        return enrolments.photoKeys(homeworkId).stream().map(k -> videos.signedLink(k, Duration.ofMinutes(15))).toList();
    }

    public UUID submitHomework(UUID workerId, UUID partId, HomeworkSubmission submission) {
        if (submission == null) {
            throw DomainException.invalid("training.homework-invalid");
        }
        String answer = submission.answer() == null ? "" : submission.answer().strip();
        if (answer.length() > 2000 || answer.indexOf('\0') >= 0 || submission.photoCount() < 0 || submission.photoCount() > 9
                || (answer.isEmpty() && submission.photoCount() == 0)) {
            throw DomainException.invalid("training.homework-invalid");
        }
        return tx.execute(s -> {
            enrolled(workerId, partId, PartKind.HOMEWORK);
            var all = enrolments.homeworkOf(partId, workerId);
            if (all.stream().anyMatch(h -> h.passed().orElse(false))) {
                throw DomainException.conflict("training.homework-already-passed");
            }
            if (all.stream().anyMatch(h -> h.passed().isEmpty())) {
                throw DomainException.conflict("training.homework-awaiting-grade");
            }
            if (all.size() >= MAX_HOMEWORK_SUBMISSIONS) {
                throw DomainException.conflict("training.homework-limit", MAX_HOMEWORK_SUBMISSIONS);
            }
            Homework h = new Homework(UUID.randomUUID(), partId, workerId, answer, submission.photoCount(), clock.instant(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            enrolments.insert(h);
            return h.id();
        });
    }
}
