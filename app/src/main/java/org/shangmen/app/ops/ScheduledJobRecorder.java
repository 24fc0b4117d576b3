package org.shangmen.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shangmen.admin.api.PlatformOperations.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.stereotype.Component;

/**
 * The last run and result of every {@code @Scheduled} job, heard from the observation Spring makes of each
 * run (so the jobs themselves report nothing), and published as gauges per job
 * ({@code shangmen_job_last_run_timestamp_seconds}, {@code shangmen_job_last_run_succeeded}).
 */
@Component
class ScheduledJobRecorder implements ObservationHandler<ScheduledTaskObservationContext> {

    private final Clock clock;
    private final ObjectProvider<MeterRegistry> meters;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    ScheduledJobRecorder(Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.clock = clock;
        this.meters = meters;
    }

    private record Run(Instant at, Throwable error, long count, long failures) {
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof ScheduledTaskObservationContext;
    }

    @Override
    public void onStop(ScheduledTaskObservationContext context) {
        String job = context.getTargetClass().getSimpleName() + "." + context.getMethod().getName();
        Throwable error = context.getError();
        Instant at = clock.instant();
        boolean first = !runs.containsKey(job);
        runs.compute(job, (name, last) -> new Run(at, error,
                last == null ? 1 : last.count() + 1, (last == null ? 0 : last.failures()) + (error == null ? 0 : 1)));
        if (first) {
            register(job);
        }
    }

    private void register(String job) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return;
        }
        Gauge.builder("shangmen.job.last.run.timestamp", runs, r -> r.get(job).at().toEpochMilli() / 1000.0)
                .tag("job", job).baseUnit("seconds").description("When the scheduled job last ran").register(registry);
        Gauge.builder("shangmen.job.last.run.succeeded", runs, r -> r.get(job).error() == null ? 1 : 0)
                .tag("job", job).description("1 when the scheduled job's last run succeeded, 0 when it failed").register(registry);
    }

    /** Every job that has run since the platform started, by name. */
    List<Job> jobs() {
        return runs.entrySet().stream()
                .map(e -> new Job(e.getKey(), e.getValue().at(), e.getValue().error() == null,
                        e.getValue().error() == null ? null : e.getValue().error().getClass().getSimpleName(),
                        e.getValue().count(), e.getValue().failures()))
                .sorted(Comparator.comparing(Job::name))
                .toList();
    }
}
