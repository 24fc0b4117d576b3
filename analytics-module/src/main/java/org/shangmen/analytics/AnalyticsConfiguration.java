package org.shangmen.analytics;

import java.time.Clock;
import org.shangmen.analytics.application.IngestBuffer;
import org.shangmen.analytics.application.InsightService;
import org.shangmen.analytics.application.RebuildStoreService;
import org.shangmen.analytics.application.RecordFactsService;
import org.shangmen.analytics.application.RefreshRollupsService;
import org.shangmen.booking.api.OrderHistory;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.application.port.out.InsightQueries;
import org.shangmen.analytics.application.port.out.WordSegmenter;
import org.shangmen.complaint.api.ComplaintHistory;
import org.shangmen.worker.api.WorkerAdministration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analytics module's use cases: recording facts from events (in batches), rebuilding the store, and the insights. */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    /** One writer thread per instance; closed with the context after recording what has queued. */
    @Bean(destroyMethod = "close")
    IngestBuffer ingestBuffer(AnalyticsStore store, Clock clock) {
        return IngestBuffer.started(store, clock);
    }

    @Bean
    RecordFactsService recordFactsService(AnalyticsStore store, IngestBuffer buffer, WordSegmenter segmenter, WorkerAdministration workers) {
        return new RecordFactsService(store, buffer, segmenter, workers);
    }

    @Bean
    RebuildStoreService rebuildStoreService(AnalyticsStore store, OrderHistory history, ComplaintHistory complaints,
                                            WorkerAdministration workers, RecordFactsService facts, Clock clock) {
        return new RebuildStoreService(store, history, complaints, workers, facts, clock);
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
