package org.shangmen.notification.adapter.in.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.booking.api.event.PlacementChanged;
import org.shangmen.booking.api.event.PlacementContracted;
import org.shangmen.booking.api.event.PlacementEnded;
import org.shangmen.booking.api.event.PlacementSubstituteUnfilled;
import org.shangmen.booking.api.event.PlacementSubstituted;
import org.shangmen.booking.api.event.SeriesHandedOver;
import org.shangmen.kernel.Money;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.in.Notify.NoticeRequest;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeTemplate;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * C2.4 long placements and recurring plans told to their people: the worker hears of a contract; both
 * sides hear of an extension, an early end and the end with its refund, and with the substitute of a
 * substitution; a customer hears when the worker
 * of a recurring plan can no longer serve it.
 */
@Component
class LongServiceNotices {

    private final Notify notify;
    private final WorkerDirectory directory;

    LongServiceNotices(Notify notify, WorkerDirectory directory) {
        this.notify = notify;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(PlacementContracted e) {
        notify.notify(NoticeRequest.of("PlacementContracted:" + e.placementId(), e.workerId(), NoticeTemplate.PLACEMENT_CONTRACTED,
                Map.of("startsOn", e.startsOn().toString(), "lastDay", lastDay(e.endsOn())), placement(e.placementId())));
    }

    @ApplicationModuleListener
    void on(PlacementChanged e) {
        NoticeTemplate template = "EXTENDED".equals(e.change()) ? NoticeTemplate.PLACEMENT_EXTENDED : NoticeTemplate.PLACEMENT_ENDING_EARLY;
        Map<String, String> values = Map.of("lastDay", lastDay(e.endsOn()));
        String key = "PlacementChanged:" + e.placementId() + ":" + e.change() + ":" + e.endsOn();
        notify.notify(NoticeRequest.of(key, e.customerId(), template, values, placement(e.placementId())));
        if (e.workerId() != null) {
            notify.notify(NoticeRequest.of(key, e.workerId(), template, values, placement(e.placementId())));
        }
    }

    @ApplicationModuleListener
    void on(PlacementEnded e) {
        long refundFen = Math.max(0, e.heldFen() - e.feeFen());
        String amount = Money.ofFen(refundFen).toString();
        notify.notify(NoticeRequest.of("PlacementEnded:" + e.placementId(), e.customerId(), NoticeTemplate.PLACEMENT_ENDED,
                Map.of("refund", refundFen == 0 ? "" : "应退 " + amount + " 将原路退回。",
                        "refundEn", refundFen == 0 ? "" : amount + " is refunded to the way you paid."),
                placement(e.placementId())));
        if (e.workerId() != null) {
            notify.notify(NoticeRequest.of("PlacementEnded:" + e.placementId(), e.workerId(), NoticeTemplate.PLACEMENT_ENDED,
                    Map.of("refund", "", "refundEn", ""), placement(e.placementId())));
        }
    }

    /** The customer, the worker on leave and the substitute are each told who serves which days. */
    @ApplicationModuleListener
    void on(PlacementSubstituted e) {
        String key = "PlacementSubstituted:" + e.substitutionId();
        String name = directory.card(e.substituteId()).map(WorkerDirectory.WorkerCard::name).orElse("");
        Map<String, String> values = Map.of("firstDay", e.firstDay().toString(), "lastDay", lastDay(e.endDay()), "substitute", name);
        for (UUID who : List.of(e.customerId(), e.workerId(), e.substituteId())) {
            notify.notify(NoticeRequest.of(key, who, NoticeTemplate.PLACEMENT_SUBSTITUTE, values, placement(e.placementId())));
        }
    }

    /** 看护空缺: nobody took the substitute offer; the customer and the worker on leave are told the days are uncovered. */
    @ApplicationModuleListener
    void on(PlacementSubstituteUnfilled e) {
        String key = "PlacementSubstituteUnfilled:" + e.requestId();
        Map<String, String> values = Map.of("firstDay", e.firstDay().toString(), "lastDay", lastDay(e.endDay()));
        for (UUID who : List.of(e.customerId(), e.workerId())) {
            notify.notify(NoticeRequest.of(key, who, NoticeTemplate.PLACEMENT_SUBSTITUTE_UNFILLED, values, placement(e.placementId())));
        }
    }

    @ApplicationModuleListener
    void on(SeriesHandedOver e) {
        notify.notify(NoticeRequest.of("SeriesHandedOver:" + e.seriesId() + ":" + e.workerId(), e.customerId(),
                NoticeTemplate.SERIES_HANDED_OVER, Map.of(), new Notice.Subject("SERIES", e.seriesId().toString())));
    }

    /** Contracts end on the first day not served; people read the last day served. */
    private static String lastDay(LocalDate endsOn) {
        return endsOn.minusDays(1).toString();
    }

    private static Notice.Subject placement(UUID id) {
        return new Notice.Subject("PLACEMENT", id.toString());
    }
}
