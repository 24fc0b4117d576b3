package org.shangmen.admin.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several instances starting together on one database each install the audit log's append-only trigger:
 * none of them fails for it, and the log stays append-only (on PostgreSQL the install is one transaction
 * under a lock; on H2 it is {@code CREATE TRIGGER IF NOT EXISTS}).
 */
@PlatformTest
class AppendOnlyGuardRaceTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Jdbi jdbi;
    @Autowired
    org.shangmen.app.support.Journeys journeys;
    @Autowired
    org.shangmen.worker.WorkerJourneys workers;

    @Test
    @DisplayName("A1.2 four instances installing the audit log's guard at once all start, and the log stays append-only")
    void installedTogether() throws Exception {
        int instances = 4;
        CyclicBarrier together = new CyclicBarrier(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            runs.add(pool.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                new AppendOnlyGuard(dataSource).run(null);
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(runs).allMatch(Future::isDone);
        // An operator certifying a worker is audited: the log has entries to refuse changing.
        workers.certifiedWorker("守卫甲", journeys.operatorToken("ops"), java.util.Map.of());
        long entries = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM admin.audit_entry").mapTo(Long.class).one());
        assertThat(entries).isPositive();
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM admin.audit_entry")))
                .hasStackTraceContaining("append-only");
    }
}
