package org.shangmen.analytics.adapter.out.persistence;

import org.jdbi.v3.core.Jdbi;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.application.port.out.InsightQueries;

/**
 * Builds the analytics module's package-private store adapters for the load driver, which runs them without
 * Spring. It sits in the adapters' package for that reason only, and ships in the benchmarks jar alone.
 */
public final class StoreForLoad {

    private StoreForLoad() {
    }

    public static AnalyticsStore store(Jdbi jdbi) {
        return new JdbiAnalyticsStore(jdbi);
    }

    public static InsightQueries queries(Jdbi jdbi) {
        return new JdbiInsightQueries(jdbi);
    }

    /** The module's word segmenter (HanLP), for the reviews the ingestion measurement records. */
    public static org.shangmen.analytics.application.port.out.WordSegmenter segmenter() {
        return org.shangmen.analytics.adapter.out.text.SegmenterForLoad.segmenter();
    }
}
