package org.shangmen.analytics;

import java.time.Clock;
import org.shangmen.analytics.application.InsightService;
import org.shangmen.analytics.application.RebuildStoreService;
import org.shangmen.analytics.application.RecordFactsService;
import org.shangmen.analytics.application.RefreshRollupsService;
import org.shangmen.booking.api.OrderHistory;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.application.port.out.InsightQueries;
import org.shangmen.analytics.application.port.out.WordSegmenter;
import org.shangmen.worker.api.WorkerAdministration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analytics module's use cases: recording facts from events, and the insights. */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    @Bean
    RecordFactsService recordFactsService(AnalyticsStore store, WordSegmenter segmenter, WorkerAdministration workers, Clock clock) {
        return new RecordFactsService(store, segmenter, workers, clock);
    }

    @Bean
    RebuildStoreService rebuildStoreService(AnalyticsStore store, OrderHistory history, WorkerAdministration workers,
                                            RecordFactsService facts) {
        return new RebuildStoreService(store, history, workers, facts);
    }

    @Bean
    RefreshRollupsService refreshRollupsService(AnalyticsStore store) {
        return new RefreshRollupsService(store);
    }

    @Bean
    InsightService insightService(InsightQueries queries) {
        return new InsightService(queries);
    }
}
