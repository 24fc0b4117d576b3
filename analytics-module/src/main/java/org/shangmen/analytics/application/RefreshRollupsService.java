package org.shangmen.analytics.application;

import org.shangmen.analytics.application.port.in.RefreshRollups;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A4.2: recomputes the rollups of the days whose facts changed, in a transaction of its own. */
public class RefreshRollupsService implements RefreshRollups {

    private final AnalyticsStore store;

    public RefreshRollupsService(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int refresh() {
        return store.refreshRollups();
    }
}
