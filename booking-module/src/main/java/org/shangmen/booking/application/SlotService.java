package org.shangmen.booking.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.application.port.in.FindSlots;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.booking.domain.SlotFinder;
import org.shangmen.booking.domain.SlotFinder.Slot;
import org.shangmen.booking.domain.SlotFinder.WorkerTime;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free slots (C2.3). A search reads the catalogue's items once, checks the district (and community)
 * once, asks the worker calendar once for the workers eligible for the whole basket together with
 * their free time, and reads the job ledger once: four SQL statements whatever the number of items,
 * workers and days (the operators' settings are kept in memory). The computation itself is the pure
 * {@link SlotFinder}.
 */
public class SlotService implements FindSlots {

    private final QuoteService quotes;
    private final WorkerCalendar calendar;
    private final JobLedger jobs;
    private final PolicySource settings;
    private final ZoneId zone;
    private final Clock clock;

    public SlotService(QuoteService quotes, WorkerCalendar calendar, JobLedger jobs, SlotRules rules, ZoneId zone, Clock clock) {
        this(quotes, calendar, jobs, PolicySource.fixed(org.shangmen.booking.domain.OrderPolicy.STANDARD, rules), zone, clock);
    }

    public SlotService(QuoteService quotes, WorkerCalendar calendar, JobLedger jobs, PolicySource settings, ZoneId zone, Clock clock) {
        this.quotes = quotes;
        this.calendar = calendar;
        this.jobs = jobs;
        this.settings = settings;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SlotAnswer find(SlotQuery query) {
        Instant now = clock.instant();
        SlotRules rules = settings.currentSlotRules();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate from = query.from().orElse(today);
        if (!query.asap() && (from.isBefore(today) || from.isAfter(today.plusDays(MAX_DAYS_AHEAD)))) {
            throw DomainException.invalid("booking.slot-from-invalid", MAX_DAYS_AHEAD);
        }
        quotes.requireServedDistrict(query.district(), query.communityId());
        QuoteService.PricedBasket basket = quotes.price(query.items(), query.district(), now);
        int visitMinutes = basket.quote().visitMinutes();
        Duration visit = Duration.ofMinutes(visitMinutes);

        Instant earliest;
        Instant end;
        if (query.asap()) {
            earliest = now.plus(rules.asapNotice());
            end = now.plus(rules.asapHorizon());
        } else {
            TimeRange days = SlotFinder.days(zone, from, query.days());
            earliest = days.start().isAfter(now.plus(rules.minimumNotice())) ? days.start() : now.plus(rules.minimumNotice());
            end = days.end();
        }
        if (!end.isAfter(earliest)) {
            return new SlotAnswer(zone, query.district(), visitMinutes, List.of());
        }
        TimeRange window = SlotFinder.freeTimeWindow(earliest, end, visit);
        Map<UUID, List<TimeRange>> free = calendar.eligibleFreeTime(requirements(basket.items()), query.district(), window);
        if (free.isEmpty()) {
            return new SlotAnswer(zone, query.district(), visitMinutes, List.of());
        }
        Set<UUID> eligible = free.keySet();
        // Jobs from the start of the first local day (for the daily cap) to the window's end plus the buffer.
        Instant jobsFrom = LocalDate.ofInstant(earliest, zone).atStartOfDay(zone).toInstant().minus(rules.travelBuffer());
        Instant jobsTo = LocalDate.ofInstant(window.end(), zone).plusDays(1).atStartOfDay(zone).toInstant().plus(rules.travelBuffer());
        Map<UUID, List<TimeRange>> held = jobs.jobs(eligible, new TimeRange(jobsFrom, jobsTo));
        List<WorkerTime> workers = new ArrayList<>(eligible.size());
        for (UUID id : eligible) {
            workers.add(new WorkerTime(id, free.get(id), held.getOrDefault(id, List.of())));
        }
        List<Slot> slots = query.asap()
                ? SlotFinder.earliest(rules, zone, now, visit, workers).map(List::of).orElse(List.of())
                : SlotFinder.find(rules, zone, now, from, query.days(), visit, workers);
        return new SlotAnswer(zone, query.district(), visitMinutes, slots);
    }

    /** What the basket needs of one worker: each distinct skill with the union of its items' certificates. */
    static List<WorkerCalendar.Requirement> requirements(Collection<ServiceItem> items) {
        Map<Skill, Set<CertificateType>> needs = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            needs.computeIfAbsent(item.skill(), s -> EnumSet.noneOf(CertificateType.class)).addAll(item.requiredCertificates());
        }
        return needs.entrySet().stream().map(e -> new WorkerCalendar.Requirement(e.getKey(), e.getValue())).toList();
    }
}
