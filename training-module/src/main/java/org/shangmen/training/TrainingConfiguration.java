package org.shangmen.training;

import java.time.Clock;
import org.shangmen.training.application.CompletionService;
import org.shangmen.training.application.CourseAdminService;
import org.shangmen.training.application.CourseProgress;
import org.shangmen.training.application.EnrolmentService;
import org.shangmen.training.application.ExamService;
import org.shangmen.training.application.ExpiryService;
import org.shangmen.training.application.LessonService;
import org.shangmen.training.application.TrainerService;
import org.shangmen.training.application.WorkerTrainingService;
import org.shangmen.training.application.port.out.CertificateStore;
import org.shangmen.training.application.port.out.CourseStore;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.shangmen.training.application.port.out.ExamStore;
import org.shangmen.training.application.port.out.VideoStorage;
import org.shangmen.worker.api.RetrainingSuspensions;
import org.shangmen.worker.api.WorkerBadges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The training module's use cases; its adapters are components of their own packages. */
@Configuration(proxyBeanMethods = false)
class TrainingConfiguration {

    @Bean
    CourseProgress courseProgress(EnrolmentStore enrolments, ExamStore exams, CertificateStore certificates) {
        return new CourseProgress(enrolments, exams, certificates);
    }

    @Bean
    CompletionService completionService(EnrolmentStore enrolments, CertificateStore certificates, CourseProgress progress, WorkerBadges badges,
                                        RetrainingSuspensions suspensions, ApplicationEventPublisher events, Clock clock) {
        return new CompletionService(enrolments, certificates, progress, badges, suspensions, events, clock);
    }

    @Bean
    CourseAdminService courseAdminService(CourseStore courses, VideoStorage videos, WorkerBadges badges, PlatformTransactionManager transactions,
                                          Clock clock) {
        return new CourseAdminService(courses, videos, badges, transactions, clock);
    }

    @Bean
    EnrolmentService enrolmentService(CourseStore courses, EnrolmentStore enrolments, CertificateStore certificates,
                                      ApplicationEventPublisher events, RetrainingSuspensions suspensions,
                                      PlatformTransactionManager transactions, Clock clock) {
        return new EnrolmentService(courses, enrolments, certificates, events, suspensions, transactions, clock);
    }

    @Bean
    LessonService lessonService(CourseStore courses, EnrolmentStore enrolments, CompletionService completion, VideoStorage videos,
                                PlatformTransactionManager transactions, Clock clock) {
        return new LessonService(courses, enrolments, completion, videos, transactions, clock);
    }

    @Bean
    TrainerService trainerService(CourseStore courses, EnrolmentStore enrolments, CompletionService completion, ApplicationEventPublisher events,
                                  PlatformTransactionManager transactions, Clock clock) {
        return new TrainerService(courses, enrolments, completion, events, transactions, clock);
    }

    @Bean
    ExamService examService(CourseStore courses, EnrolmentStore enrolments, ExamStore exams, CourseProgress progress,
                            CompletionService completion, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                            Clock clock) {
        return new ExamService(courses, enrolments, exams, progress, completion, events, transactions, clock);
    }

    @Bean
    WorkerTrainingService workerTrainingService(CourseStore courses, EnrolmentStore enrolments, CertificateStore certificates,
                                                CourseProgress progress, EnrolmentService enrolling, LessonService lessons,
                                                TrainerService trainers, WorkerBadges badges, PlatformTransactionManager transactions,
                                                Clock clock) {
        return new WorkerTrainingService(courses, enrolments, certificates, progress, enrolling, lessons, trainers, badges, transactions, clock);
    }

    @Bean
    ExpiryService expiryService(CertificateStore certificates, CourseStore courses, EnrolmentStore enrolments, ApplicationEventPublisher events,
                                PlatformTransactionManager transactions, Clock clock) {
        return new ExpiryService(certificates, courses, enrolments, events, transactions, clock);
    }
}
