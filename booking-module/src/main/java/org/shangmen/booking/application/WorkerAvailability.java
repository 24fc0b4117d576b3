package org.shangmen.booking.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.OrderDispatching.Need;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.domain.SlotFinder;
import org.shangmen.booking.domain.SlotFinder.WorkerTime;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.WorkerCalendar;

/**
 * Who can make one particular visit, by the slot search's rules: eligible for every need, free for
 * the whole visit, clear of other jobs by the travel buffer and under the daily cap. One calendar
 * read (eligible workers with their free time) and one job-ledger read whatever the number of workers.
 */
public class WorkerAvailability {

    private final WorkerCalendar calendar;
    private final JobLedger jobs;
    private final PolicySource settings;
    private final ZoneId zone;

    public WorkerAvailability(WorkerCalendar calendar, JobLedger jobs, PolicySource settings, ZoneId zone) {
        this.calendar = calendar;
        this.jobs = jobs;
        this.settings = settings;
        this.zone = zone;
    }

    /** The slot rules in force now (operators' settings, A1.1). */
    public SlotRules rules() {
        return settings.currentSlotRules();
    }

    /** The workers free for the visit; with {@code only}, that worker or nobody. */
    public List<UUID> free(List<Need> needs, RegionCode district, TimeRange visit, Optional<UUID> only) {
        // One statement, answered from the calendars this instance keeps (only those changed since are read), also for one worker:
        // her own calendar read directly took five.
        Map<UUID, List<TimeRange>> free = calendar.eligibleFreeTime(
                needs.stream().map(n -> new WorkerCalendar.Requirement(n.skill(), n.certificates())).toList(), district, visit);
        if (only.isPresent()) {
            List<TimeRange> hers = free.get(only.get());
            free = hers == null ? Map.of() : Map.of(only.get(), hers);
        }
        Set<UUID> eligible = free.keySet();
        if (eligible.isEmpty()) {
            return List.of();
        }
        SlotRules rules = rules();
        Instant from = LocalDate.ofInstant(visit.start(), zone).atStartOfDay(zone).toInstant().minus(rules.travelBuffer());
        Instant to = LocalDate.ofInstant(visit.end(), zone).plusDays(1).atStartOfDay(zone).toInstant().plus(rules.travelBuffer());
        Map<UUID, List<TimeRange>> held = jobs.jobs(eligible, new TimeRange(from, to));
        List<WorkerTime> workers = new ArrayList<>(eligible.size());
        for (UUID id : eligible) {
            workers.add(new WorkerTime(id, free.getOrDefault(id, List.of()), held.getOrDefault(id, List.of())));
        }
        return SlotFinder.freeAt(rules, zone, visit.start(), visit.duration(), workers);
    }
}
