package org.shangmen.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The health view as Prometheus gauges: {@code shangmen_db_up}, {@code shangmen_db_latency_seconds},
 * {@code shangmen_disk_usable_bytes{folder}}, {@code shangmen_disk_total_bytes{folder}},
 * {@code shangmen_events_outstanding}, {@code shangmen_events_oldest_age_seconds} and
 * {@code shangmen_backup_age_seconds} (NaN before the first backup). Jobs are published by
 * {@link ScheduledJobRecorder}, circuits by the provider guards ({@code resilience4j_circuitbreaker_state}).
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final HealthFigures figures;
    private final UploadFolders folders;

    OperationsMetrics(HealthFigures figures, UploadFolders folders) {
        this.figures = figures;
        this.folders = folders;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shangmen.db.up", figures, f -> f.database().up() ? 1 : 0)
                .description("1 when the database answers").register(registry);
        Gauge.builder("shangmen.db.latency", figures, f -> f.database().latencyMillis() / 1000.0)
                .baseUnit("seconds").description("Time to get a connection and check it").register(registry);
        for (String folder : folders.watched().keySet()) {
            Gauge.builder("shangmen.disk.usable", figures, f -> usable(f, folder, true))
                    .tag("folder", folder).baseUnit("bytes").description("Usable space on the folder's disk").register(registry);
            Gauge.builder("shangmen.disk.total", figures, f -> usable(f, folder, false))
                    .tag("folder", folder).baseUnit("bytes").description("Size of the folder's disk").register(registry);
        }
        Gauge.builder("shangmen.events.outstanding", figures, f -> f.eventPublications().outstanding())
                .description("Event publications whose listener has not finished").register(registry);
        Gauge.builder("shangmen.events.oldest.age", figures, f -> {
            Long age = f.eventPublications().oldestAgeSeconds();
            return age == null ? 0 : age;
        }).baseUnit("seconds").description("Age of the oldest unfinished event publication (0 when none)").register(registry);
        Gauge.builder("shangmen.backup.age", figures, f -> {
            Long age = f.backups().ageSeconds();
            return age == null ? Double.NaN : age;
        }).baseUnit("seconds").description("Age of the newest backup taken or reported (NaN before the first)").register(registry);
    }

    private static double usable(HealthFigures figures, String folder, boolean usable) {
        return figures.folders().stream().filter(f -> f.name().equals(folder)).findFirst()
                .map(f -> (double) (usable ? f.usableBytes() : f.totalBytes())).orElse(Double.NaN);
    }
}
