package org.shangmen.booking.adapter.in.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.booking.domain.series.SeriesVisit;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * C2.4 recurring plans as their customer and their preferred worker see them: cadence, start time, every
 * planned visit with its order once placed, codes with labels. The worker's view leaves out the door
 * number and contact name (the worker sees them on each accepted order).
 */
@Component
class SeriesViews {

    private final WorkerDirectory directory;
    private final MessageSource messages;

    SeriesViews(WorkerDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    record LineView(UUID itemId, Map<String, Object> options) {
    }

    record VisitView(int seq, OffsetDateTime start, String status, String statusLabel, UUID orderId) {
    }

    /** The cancellation policy kept with the series: free until this long before a visit, then this share of the visit, at least the minimum. */
    record SeriesPolicyView(long freeCancelMinutes, int lateFeeBasisPoints, long minimumLateFeeFen, long workerChangeMinutes) {
    }

    /** {@code visits}: how many in all, {@code null} until cancelled; {@code plannedVisits}: those planned so far (the horizon ahead). */
    record SeriesView(UUID id, String status, String statusLabel, String cadence, String cadenceLabel, List<DayOfWeek> weekdays,
                      LocalDate firstDate, String startTime, Integer visits, UUID preferredWorkerId, String preferredWorkerName,
                      List<LineView> items, String district, String addressDetail, String contactName, List<VisitView> plannedVisits,
                      OffsetDateTime createdAt, SeriesPolicyView policy) {
    }

    record SeriesPage(List<SeriesView> items, int page, int size, long total) {
    }

    SeriesView customer(Series s, Locale locale) {
        return view(s, true, locale);
    }

    SeriesView worker(Series s, Locale locale) {
        return view(s, false, locale);
    }

    private SeriesView view(Series s, boolean owner, Locale locale) {
        String workerName = s.preferredWorkerId().flatMap(directory::card).map(WorkerDirectory.WorkerCard::name).orElse(null);
        return new SeriesView(s.id(), s.status().name(), label("series.status." + s.status(), locale), s.cadence().kind().name(),
                label("series.cadence." + s.cadence().kind(), locale), s.cadence().weekdays().stream().sorted().toList(), s.firstDate(),
                s.startTime().toString(), s.visits().orElse(null), s.preferredWorkerId().orElse(null), workerName,
                s.items().stream().map(l -> new LineView(l.itemId(), l.options())).toList(), s.district().value(),
                owner ? s.addressDetail() : null, owner ? s.contactName() : null,
                s.planned().stream().map(v -> visit(v, locale)).toList(), at(s.createdAt()),
                s.policy().map(p -> new SeriesPolicyView(p.freeCancelBefore().toMinutes(), p.lateFeeBasisPoints(), p.minimumLateFeeFen(),
                        p.workerChangeBefore().toMinutes())).orElse(null));
    }

    private VisitView visit(SeriesVisit v, Locale locale) {
        return new VisitView(v.seq(), at(v.start()), v.status().name(), label("series.visit-status." + v.status(), locale),
                v.orderId().orElse(null));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("label." + key, null, key, locale);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atZone(Zones.CHINA).toOffsetDateTime();
    }
}
