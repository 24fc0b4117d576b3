package org.shangmen.worker;

import java.time.Clock;
import org.shangmen.worker.application.WorkerSearchService;
import org.shangmen.worker.application.port.out.PhotoLinks;
import org.shangmen.worker.application.port.out.WorkerSearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Worker search (C3.1, C3.2); the index is the persistence adapter's component. */
@Configuration(proxyBeanMethods = false)
class WorkerSearchConfiguration {

    @Bean
    WorkerSearchService workerSearchService(WorkerSearchIndex index, PhotoLinks photos, Clock clock,
                                            org.shangmen.worker.application.port.out.BadgeStore badges) {
        return new WorkerSearchService(index, photos, clock, badges);
    }
}
