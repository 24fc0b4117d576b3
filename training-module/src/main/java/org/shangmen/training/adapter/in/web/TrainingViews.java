package org.shangmen.training.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.shangmen.training.application.port.in.WorkerTraining.Recommendation;
import org.shangmen.training.application.port.out.EnrolmentStore.Enrolment;
import org.shangmen.training.application.port.out.EnrolmentStore.Seat;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Part;
import org.shangmen.web.WebViews;
import org.springframework.stereotype.Component;

/** Training's answers: every code with its label in the caller's language. */
@Component
class TrainingViews extends WebViews {

    record TrainingSessionView(String place, String address, Instant startsAt, Instant endsAt, String trainer, int capacity,
                               Instant cancelDeadline, String checkInCode) {
    }

    record TrainingPartView(UUID partId, int position, String kind, String kindLabel, String title, String body, int durationSeconds,
                            boolean hasVideo, TrainingSessionView session, List<String> checklist) {
    }

    record TrainingExamView(int questions, int minutes, int passPercent, int maxAttempts, int retryWaitMinutes) {
    }

    record TrainingCourseView(UUID courseId, String title, String description, String skill, String skillLabel, String level,
                              String levelLabel, int minExperienceYears, int maxExperienceYears, String badgeCode, String badgeLabel,
                              int badgeValidMonths, TrainingExamView exam, boolean published, List<String> kinds, List<TrainingPartView> parts) {
    }

    record TrainingEnrolmentView(UUID enrolmentId, UUID courseId, String status, String statusLabel, boolean required, String reason,
                                 Instant enrolledAt, Instant completedAt) {
    }

    record TrainingRecommendationView(TrainingCourseView course, List<String> reasons, TrainingEnrolmentView enrolment) {
    }

    record TrainingSeatView(UUID partId, UUID workerId, String status, String statusLabel, Instant askedAt, Instant attendedAt) {
    }

    TrainingCourseView course(Course c, boolean operator, Locale locale) {
        List<String> kinds = new java.util.ArrayList<>();
        if (c.has(org.shangmen.training.domain.PartKind.VIDEO)) {
            kinds.add("ONLINE");
        }
        if (c.has(org.shangmen.training.domain.PartKind.SESSION)) {
            kinds.add("OFFLINE");
        }
        return new TrainingCourseView(c.id(), c.title(), c.description(), c.skill(), label("skill." + c.skill(), locale), c.level().name(),
                label("training.level." + c.level().name(), locale), c.minExperience(), c.maxExperience(), c.badge().code(), c.badge().label(),
                c.badge().months(), new TrainingExamView(c.exam().questions(), c.exam().minutes(), c.exam().passPercent(), c.exam().maxAttempts(),
                c.exam().retryWaitMinutes()), c.published(), kinds, c.parts().stream().map(p -> part(p, operator, locale)).toList());
    }

    TrainingPartView part(Part p, boolean operator, Locale locale) {
        TrainingSessionView session = p.session().map(s -> new TrainingSessionView(s.place(), s.address(), s.startsAt(), s.endsAt(),
                s.trainer(), s.capacity(), s.cancelDeadline(), operator ? s.checkInCode() : null)).orElse(null);
        return new TrainingPartView(p.id(), p.position(), p.kind().name(), label("training.part." + p.kind().name(), locale), p.title(), p.body(),
                p.durationSeconds(), p.videoKey().isPresent(), session, p.checklist());
    }

    TrainingEnrolmentView enrolment(Enrolment e, Locale locale) {
        return new TrainingEnrolmentView(e.id(), e.courseId(), e.status(), label("training.enrolment." + e.status(), locale), e.required(),
                e.reason().orElse(null), e.enrolledAt(), e.completedAt().orElse(null));
    }

    TrainingRecommendationView recommendation(Recommendation r, Locale locale) {
        return new TrainingRecommendationView(course(r.course(), false, locale), r.reasons(),
                r.enrolment().map(e -> enrolment(e, locale)).orElse(null));
    }

    TrainingSeatView seat(Seat s, Locale locale) {
        return new TrainingSeatView(s.partId(), s.workerId(), s.status(), label("training.seat." + s.status(), locale), s.askedAt(),
                s.attendedAt().orElse(null));
    }

    String stateLabel(String state, Locale locale) {
        return label("training.state." + state, locale);
    }
}
