package org.shangmen.training.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.application.port.in.WorkerTraining;
import org.shangmen.training.application.port.out.CertificateStore;
import org.shangmen.training.application.port.out.CertificateStore.Certificate;
import org.shangmen.training.application.port.out.CourseStore;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.shangmen.training.application.port.out.EnrolmentStore.Enrolment;
import org.shangmen.training.application.port.out.EnrolmentStore.Seat;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.PartKind;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerBadges;
import org.shangmen.worker.api.WorkerBadges.Badge;
import org.shangmen.worker.api.WorkerBadges.Qualification;
import org.shangmen.worker.api.WorkerBadges.Requirement;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * W4.1 "技能培训" for a worker: every published course ranked by why it suits the worker (required
 * retraining, a badge that is ending, a badge a service needs, the worker's skills, a service the worker
 * cannot take yet, the experience band), each with its reasons; and the worker's own progress.
 */
public class WorkerTrainingService implements WorkerTraining {

    private final CourseStore courses;
    private final EnrolmentStore enrolments;
    private final CertificateStore certificates;
    private final CourseProgress progress;
    private final EnrolmentService enrolling;
    private final LessonService lessons;
    private final TrainerService trainers;
    private final WorkerBadges badges;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public WorkerTrainingService(CourseStore courses, EnrolmentStore enrolments, CertificateStore certificates, CourseProgress progress,
                                 EnrolmentService enrolling, LessonService lessons, TrainerService trainers, WorkerBadges badges,
                                 PlatformTransactionManager transactions, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.progress = progress;
        this.enrolling = enrolling;
        this.lessons = lessons;
        this.trainers = trainers;
        this.badges = badges;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    private record Ranked(Recommendation recommendation, int score) {
    }

    @Override
    public Page<Recommendation> recommendations(UUID workerId, Optional<String> skill, Optional<String> kind, PageRequest page) {
        Optional<Skill> wantedSkill = skill.filter(s -> !s.isBlank()).map(s -> parse(Skill.class, s, "training.skill-invalid"));
        Optional<String> wantedKind = kind.filter(k -> !k.isBlank()).map(k -> k.strip().toUpperCase(Locale.ROOT));
        if (wantedKind.isPresent() && !List.of("ONLINE", "OFFLINE").contains(wantedKind.get())) {
            throw DomainException.invalid("training.kind-invalid");
        }
        return readOnly.execute(s -> {
            Qualification q = badges.qualification(workerId)
                    .orElse(new Qualification(workerId, java.util.Set.of(), 0, List.of()));
            Map<Skill, List<Requirement>> required = badges.requirements();
            LocalDate today = CourseProgress.today(clock.instant());
            List<Ranked> ranked = new ArrayList<>();
            for (Course c : courses.published()) {
                if (wantedSkill.isPresent() && !wantedSkill.get().name().equals(c.skill())) {
                    continue;
                }
                if (wantedKind.isPresent() && !(wantedKind.get().equals("ONLINE") ? c.has(PartKind.VIDEO) : c.has(PartKind.SESSION))) {
                    continue;
                }
                Optional<Enrolment> enrolment = enrolments.find(c.id(), workerId);
                ranked.add(rank(c, q, required, today, enrolment));
            }
            ranked.sort(Comparator.comparingInt(Ranked::score).reversed().thenComparing(r -> r.recommendation().course().title()));
            return Page.slice(ranked.stream().map(Ranked::recommendation).toList(), page);
        });
    }

    private Ranked rank(Course c, Qualification q, Map<Skill, List<Requirement>> required, LocalDate today, Optional<Enrolment> enrolment) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        Skill skill = Skill.valueOf(c.skill());
        Optional<Badge> held = q.badges().stream().filter(b -> b.code().equals(c.badge().code())).findFirst();
        if (enrolment.filter(e -> e.required() && "ENROLLED".equals(e.status())).isPresent()) {
            reasons.add("平台要求复训:" + enrolment.get().reason().orElse("请完成本课程"));
            score += 100;
        }
        if (held.isPresent() && !held.get().validOn(today)) {
            reasons.add("您的「" + c.badge().label() + "」徽章已于 " + held.get().validUntil() + " 到期,通过本课程即可续期");
            score += 60;
        } else if (held.isPresent() && held.get().validUntil().isBefore(today.plusDays(EnrolmentService.RENEWAL_DAYS))) {
            reasons.add("您的「" + c.badge().label() + "」徽章将于 " + held.get().validUntil() + " 到期,建议复训续期");
            score += 50;
        }
        boolean needed = required.getOrDefault(skill, List.of()).stream().anyMatch(r -> r.code().equals(c.badge().code()));
        if (needed && held.filter(b -> b.validOn(today)).isEmpty()) {
            reasons.add(skill.chineseName() + "接单需要「" + c.badge().label() + "」徽章");
            score += q.skills().contains(skill) ? 40 : 20;
        }
        if (q.skills().contains(skill)) {
            reasons.add("与您的技能相符:" + skill.chineseName());
            score += 20;
        } else {
            reasons.add("学完可提升承接「" + skill.chineseName() + "」的能力");
            score += 5;
        }
        if (c.suitsExperience(q.experienceYears())) {
            reasons.add("适合 " + c.minExperience() + "–" + c.maxExperience() + " 年从业经验(您 " + q.experienceYears() + " 年)");
            score += 10;
        }
        if (enrolment.filter(e -> "COMPLETED".equals(e.status())).isPresent() && held.filter(b -> b.validOn(today.plusDays(60))).isPresent()) {
            score -= 80;
        }
        return new Ranked(new Recommendation(c, List.copyOf(reasons), enrolment), score);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String code) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(code);
        }
    }

    @Override
    public Recommendation course(UUID workerId, UUID courseId) {
        return readOnly.execute(s -> {
            Course c = enrolling.published(courseId);
            Qualification q = badges.qualification(workerId).orElse(new Qualification(workerId, java.util.Set.of(), 0, List.of()));
            return rank(c, q, badges.requirements(), CourseProgress.today(clock.instant()), enrolments.find(courseId, workerId)).recommendation();
        });
    }

    @Override
    public Enrolment enrol(UUID workerId, UUID courseId) {
        return enrolling.enrol(workerId, courseId);
    }

    @Override
    public Page<Enrolment> enrolments(UUID workerId, PageRequest page) {
        return enrolling.enrolments(workerId, page);
    }

    @Override
    public Seat bookSeat(UUID workerId, UUID partId) {
        return enrolling.bookSeat(workerId, partId);
    }

    @Override
    public Seat cancelSeat(UUID workerId, UUID partId) {
        return enrolling.cancelSeat(workerId, partId);
    }

    @Override
    public Seat checkIn(UUID workerId, UUID partId, String code) {
        return trainers.checkIn(workerId, partId, code);
    }

    @Override
    public LessonWatchState reportWatched(UUID workerId, UUID partId, int fromSecond, int toSecond) {
        return lessons.reportWatched(workerId, partId, fromSecond, toSecond);
    }

    @Override
    public UUID submitHomework(UUID workerId, UUID partId, HomeworkSubmission submission) {
        return lessons.submitHomework(workerId, partId, submission);
    }

    @Override
    public Progress progress(UUID workerId, UUID courseId) {
        return readOnly.execute(s -> {
            Course c = enrolling.published(courseId);
            Enrolment e = enrolments.find(courseId, workerId).orElseThrow(() -> DomainException.notFound("training.enrolment-not-found"));
            return progress.of(c, e, clock.instant());
        });
    }

    @Override
    public List<Certificate> certificates(UUID workerId) {
        return certificates.ofWorker(workerId);
    }

    @Override
    public Verification verify(String number) {
        if (number == null || !number.matches("PX\\d{4}-[0-9A-Z]{10}")) {
            throw DomainException.notFound("training.certificate-not-found");
        }
        Certificate c = certificates.find(number).orElseThrow(() -> DomainException.notFound("training.certificate-not-found"));
        String title = courses.find(c.courseId()).map(Course::title).orElse("");
        LocalDate today = CourseProgress.today(clock.instant());
        return new Verification(c.number(), title, c.issuedAt(), c.validUntil(), !c.validUntil().isBefore(today));
    }

    Instant now() {
        return clock.instant();
    }
}
