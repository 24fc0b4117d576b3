package org.shangmen.worker.adapter.out.persistence;

import org.jdbi.v3.core.Jdbi;
import org.shangmen.worker.application.port.out.WorkerSearchIndex;

/**
 * Builds the worker module's package-private search adapter for the load driver, which runs it without
 * Spring. It sits in the adapter's package for that reason only, and ships in the benchmarks jar alone.
 */
public final class SearchIndexForLoad {

    private SearchIndexForLoad() {
    }

    public static WorkerSearchIndex over(Jdbi jdbi) {
        return new JdbiWorkerSearch(jdbi);
    }

    /** Writes the search rows of every worker, as the worker module's stores do for each worker they change. */
    public static void rebuild(Jdbi jdbi) {
        jdbi.useHandle(SearchEntries::rebuild);
    }
}
