package org.shangmen.worker;

import java.time.Clock;
import org.shangmen.worker.application.ServiceAreaService;
import org.shangmen.worker.application.port.out.ServiceAreaStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The worker module's use cases; its adapters are components of their own packages. */
@Configuration(proxyBeanMethods = false)
class WorkerConfiguration {

    @Bean
    ServiceAreaService serviceAreaService(ServiceAreaStore store, ApplicationEventPublisher events, Clock clock) {
        return new ServiceAreaService(store, events, clock);
    }
}
