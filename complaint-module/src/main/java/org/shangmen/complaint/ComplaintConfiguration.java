package org.shangmen.complaint;

import java.time.Clock;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.booking.api.OrderFacts;
import org.shangmen.complaint.adapter.out.training.TrainingRetrainingRequests;
import org.shangmen.complaint.application.ComplaintHistoryService;
import org.shangmen.complaint.application.FileComplaintService;
import org.shangmen.complaint.application.HandleComplaintService;
import org.shangmen.complaint.application.ResolveComplaintService;
import org.shangmen.complaint.application.WorkerComplaintService;
import org.shangmen.complaint.application.port.out.ComplaintStore;
import org.shangmen.complaint.application.port.out.RetrainingRequests;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.training.api.Retraining;
import org.shangmen.worker.api.WorkerAdministration;
import org.shangmen.worker.api.WorkerComplaintRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The complaint module's use cases (A2.1). */
@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {

    @Bean
    FileComplaintService fileComplaintService(ComplaintStore complaints, OrderFacts orders, ApplicationEventPublisher events, Clock clock) {
        return new FileComplaintService(complaints, orders, events, clock);
    }

    @Bean
    ComplaintHistoryService complaintHistoryService(ComplaintStore complaints) {
        return new ComplaintHistoryService(complaints);
    }

    @Bean
    HandleComplaintService handleComplaintService(ComplaintStore complaints, AccountDirectory accounts, Clock clock) {
        return new HandleComplaintService(complaints, accounts, clock);
    }

    @Bean
    WorkerComplaintService workerComplaintService(ComplaintStore complaints, Clock clock) {
        return new WorkerComplaintService(complaints, clock);
    }

    @Bean
    RetrainingRequests retrainingRequests(ObjectProvider<Retraining> retraining) {
        return new TrainingRetrainingRequests(retraining::getIfAvailable);
    }

    @Bean
    ResolveComplaintService resolveComplaintService(ComplaintStore complaints, BillingAdministration billing, WorkerAdministration workers,
                                                    WorkerComplaintRecord workerComplaints, RetrainingRequests retraining,
                                                    ApplicationEventPublisher events, PlatformTransactionManager transactions,
                                                    Clock clock) {
        return new ResolveComplaintService(complaints, billing, workers, workerComplaints, retraining, events, transactions, clock);
    }
}
