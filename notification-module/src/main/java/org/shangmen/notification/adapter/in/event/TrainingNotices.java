package org.shangmen.notification.adapter.in.event;

import static org.shangmen.notification.adapter.in.event.WorkerNotices.LOCAL_TIME;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.in.Notify.NoticeRequest;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeTemplate;
import org.shangmen.training.api.event.BadgeEarned;
import org.shangmen.training.api.event.BadgeExpired;
import org.shangmen.training.api.event.BadgeExpiring;
import org.shangmen.training.api.event.EnrolmentConfirmed;
import org.shangmen.training.api.event.ExamGraded;
import org.shangmen.training.api.event.HomeworkGraded;
import org.shangmen.training.api.event.SessionReminderDue;
import org.shangmen.training.api.event.SessionSeatConfirmed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** W4 what training tells a worker: enrolment, seats, reminders, grades, exam results, badges earned and ending. */
@Component
class TrainingNotices {

    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Notify notify;

    TrainingNotices(Notify notify) {
        this.notify = notify;
    }

    private static Notice.Subject course(Object id) {
        return new Notice.Subject("TRAINING", String.valueOf(id));
    }

    @ApplicationModuleListener
    void on(EnrolmentConfirmed e) {
        notify.notify(NoticeRequest.of("EnrolmentConfirmed:" + e.enrolmentId() + ":" + e.required(), e.workerId(), NoticeTemplate.TRAINING_ENROLLED,
                Map.of("courseTitle", e.courseTitle(), "required", e.required() ? "(平台要求的复训)" : "",
                        "requiredEn", e.required() ? " (retraining required by the platform)" : ""), course(e.courseId())));
    }

    @ApplicationModuleListener
    void on(SessionSeatConfirmed e) {
        notify.notify(NoticeRequest.of("SessionSeatConfirmed:" + e.partId() + ":" + e.workerId() + ":" + e.fromWaitingList(), e.workerId(),
                NoticeTemplate.TRAINING_SEAT_CONFIRMED, Map.of("courseTitle", e.courseTitle(), "sessionTitle", e.sessionTitle(),
                        "startsAt", LOCAL_TIME.format(e.startsAt()), "startsAtEn", EN_TIME.format(e.startsAt()), "place", e.place()),
                course(e.partId())));
    }

    @ApplicationModuleListener
    void on(SessionReminderDue e) {
        notify.notify(NoticeRequest.of("SessionReminderDue:" + e.partId() + ":" + e.workerId(), e.workerId(),
                NoticeTemplate.TRAINING_SESSION_REMINDER, Map.of("courseTitle", e.courseTitle(), "sessionTitle", e.sessionTitle(),
                        "startsAt", LOCAL_TIME.format(e.startsAt()), "startsAtEn", EN_TIME.format(e.startsAt()), "place", e.place()),
                course(e.partId())));
    }

    @ApplicationModuleListener
    void on(HomeworkGraded e) {
        notify.notify(NoticeRequest.of("HomeworkGraded:" + e.homeworkId(), e.workerId(), NoticeTemplate.TRAINING_HOMEWORK_GRADED,
                Map.of("courseTitle", e.courseTitle(), "partTitle", e.partTitle(), "result", e.passed() ? "通过" : "未通过,请查看评语后重新提交",
                        "resultEn", e.passed() ? "passed" : "not passed; read the comment and send it again"), course(e.homeworkId())));
    }

    @ApplicationModuleListener
    void on(ExamGraded e) {
        notify.notify(NoticeRequest.of("ExamGraded:" + e.attemptId(), e.workerId(), NoticeTemplate.TRAINING_EXAM_RESULT,
                Map.of("courseTitle", e.courseTitle(), "score", Integer.toString(e.score()), "result", e.passed() ? "已通过" : "未通过",
                        "resultEn", e.passed() ? "passed" : "not passed"), course(e.courseId())));
    }

    @ApplicationModuleListener
    void on(BadgeEarned e) {
        notify.notify(NoticeRequest.of("BadgeEarned:" + e.certificateNumber(), e.workerId(), NoticeTemplate.TRAINING_BADGE_EARNED,
                Map.of("badgeLabel", e.badgeLabel(), "certificateNumber", e.certificateNumber(), "validUntil", e.validUntil().toString()),
                new Notice.Subject("BADGE", e.badgeCode())));
    }

    @ApplicationModuleListener
    void on(BadgeExpiring e) {
        notify.notify(NoticeRequest.of("BadgeExpiring:" + e.workerId() + ":" + e.badgeCode() + ":" + e.validUntil(), e.workerId(),
                NoticeTemplate.TRAINING_BADGE_EXPIRING, Map.of("badgeLabel", e.badgeLabel(), "validUntil", e.validUntil().toString(),
                        "courseTitle", e.courseTitle()), course(e.courseId())));
    }

    @ApplicationModuleListener
    void on(BadgeExpired e) {
        notify.notify(NoticeRequest.of("BadgeExpired:" + e.workerId() + ":" + e.badgeCode() + ":" + e.validUntil(), e.workerId(),
                NoticeTemplate.TRAINING_BADGE_EXPIRED, Map.of("badgeLabel", e.badgeLabel(), "validUntil", e.validUntil().toString()),
                new Notice.Subject("BADGE", e.badgeCode())));
    }
}
