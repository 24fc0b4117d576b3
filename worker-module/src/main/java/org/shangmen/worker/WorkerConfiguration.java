package org.shangmen.worker;

import java.time.Clock;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.worker.application.CertificationService;
import org.shangmen.worker.application.DocumentLinkService;
import org.shangmen.worker.application.PenaltyAppealService;
import org.shangmen.worker.application.WorkerPageService;
import org.shangmen.worker.application.ScheduleService;
import org.shangmen.worker.application.ServiceAreaService;
import org.shangmen.worker.application.WorkerProfileService;
import org.shangmen.worker.application.WorkerReviewService;
import org.shangmen.worker.application.WorkerUploads;
import org.shangmen.worker.application.WorkerViews;
import org.shangmen.worker.application.BadgeService;
import org.shangmen.worker.application.RetrainingSuspensionService;
import org.shangmen.worker.application.port.out.BadgeStore;
import org.shangmen.worker.application.port.out.DecisionLog;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.shangmen.worker.application.port.out.FaceVerification;
import org.shangmen.worker.application.port.out.ImageSanitizer;
import org.shangmen.worker.application.port.out.PenaltyStore;
import org.shangmen.worker.application.port.out.PhotoLinks;
import org.shangmen.worker.application.port.out.ScheduleStore;
import org.shangmen.worker.application.port.out.ServiceAreaStore;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.springframework.context.ApplicationEventPublisher;
import org.shangmen.worker.application.CertificationRuleService;
import org.shangmen.worker.application.RuleBook;
import org.shangmen.worker.application.port.out.CertificationRuleStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The worker module's use cases; its adapters are components of their own packages. */
@Configuration(proxyBeanMethods = false)
class WorkerConfiguration {

    @Bean
    BadgeService badgeService(BadgeStore badges, WorkerStore workers, PlatformTransactionManager transactions, Clock clock) {
        return new BadgeService(badges, workers, transactions, clock);
    }

    @Bean
    RetrainingSuspensionService retrainingSuspensionService(WorkerStore workers, PenaltyStore penalties, ApplicationEventPublisher events,
                                                            Clock clock) {
        return new RetrainingSuspensionService(workers, penalties, events, clock);
    }

    @Bean
    ServiceAreaService serviceAreaService(ServiceAreaStore store, ApplicationEventPublisher events, Clock clock) {
        return new ServiceAreaService(store, events, clock);
    }

    /** Photos are shown by links as short-lived as the owner's own document links. */
    @Bean
    PhotoLinks photoLinks(DocumentStorage storage) {
        return key -> storage.signedLink(key, WorkerProfileService.LINK_VALIDITY);
    }

    @Bean
    WorkerPageService workerPageService(WorkerStore workers, DocumentStore documents, ServiceAreaService areas, PhotoLinks photos,
                                        BadgeStore badges,
                                        Clock clock) {
        return new WorkerPageService(workers, documents, areas, photos, clock, badges);
    }

    @Bean
    WorkerViews workerViews(DocumentStore documents, FieldCipher cipher, RuleBook ruleBook, BadgeStore badges,
                            RetrainingSuspensionService retraining, Clock clock) {
        return new WorkerViews(documents, cipher, ruleBook, badges, retraining, clock);
    }

    @Bean
    org.shangmen.worker.application.WorkerPersonalData workerPersonalData(WorkerStore workers, WorkerViews views,
            org.shangmen.worker.application.port.out.WorkerPrivacyStore privacy, DocumentStorage storage) {
        return new org.shangmen.worker.application.WorkerPersonalData(workers, views, privacy, storage);
    }

    @Bean
    RuleBook ruleBook(CertificationRuleStore rules, DocumentStore documents, Clock clock) {
        return new RuleBook(rules, documents, clock);
    }

    @Bean
    CertificationRuleService certificationRuleService(CertificationRuleStore rules, WorkerStore workers, RuleBook ruleBook,
                                                      ApplicationEventPublisher events, Clock clock) {
        return new CertificationRuleService(rules, workers, ruleBook, events, clock);
    }

    @Bean
    WorkerUploads workerUploads(DocumentStore documents, DocumentStorage storage, ImageSanitizer images, Clock clock) {
        return new WorkerUploads(documents, storage, images, clock);
    }

    @Bean
    WorkerProfileService workerProfileService(WorkerStore workers, WorkerUploads uploads, WorkerViews views,
                                              ServiceAreaService areas, Clock clock) {
        return new WorkerProfileService(workers, uploads, views, areas, clock);
    }

    @Bean
    CertificationService certificationService(WorkerStore workers, DocumentStore documents, DocumentStorage storage,
                                              WorkerUploads uploads, ImageSanitizer images, FaceVerification faces,
                                              DecisionLog decisions, WorkerViews views, FieldCipher cipher, RuleBook ruleBook,
                                              CertificationRuleStore rules, Clock clock) {
        return new CertificationService(workers, documents, storage, uploads, images, faces, decisions, views, cipher, ruleBook, rules,
                clock);
    }

    @Bean
    PenaltyAppealService penaltyAppealService(PenaltyStore penalties, Clock clock) {
        return new PenaltyAppealService(penalties, clock);
    }

    @Bean
    WorkerReviewService workerReviewService(WorkerStore workers, DocumentStore documents, DocumentStorage storage,
                                            DecisionLog decisions, PenaltyStore penalties, FieldCipher cipher,
                                            ApplicationEventPublisher events, RuleBook ruleBook, Clock clock) {
        return new WorkerReviewService(workers, documents, storage, decisions, penalties, cipher, events, ruleBook, clock);
    }

    @Bean
    DocumentLinkService documentLinkService(java.util.Optional<org.shangmen.worker.application.port.out.LinkVerifier> links,
                                            DocumentStore documents, DocumentStorage storage, Clock clock) {
        return new DocumentLinkService(links, documents, storage, clock);
    }

    @Bean
    org.shangmen.worker.application.WorkerDirectoryService workerDirectoryService(
            org.shangmen.worker.application.port.out.WorkerCards cards, PhotoLinks photos) {
        return new org.shangmen.worker.application.WorkerDirectoryService(cards, photos);
    }

    @Bean
    ScheduleService scheduleService(ScheduleStore schedules, WorkerStore workers, Clock clock) {
        return new ScheduleService(schedules, workers, clock);
    }
}
