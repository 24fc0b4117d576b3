package org.shangmen.notification.adapter.in.event;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.in.Notify.NoticeRequest;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeTemplate;
import org.shangmen.worker.api.event.CertificationItemsRequested;
import org.shangmen.worker.api.event.WorkerApplicationRejected;
import org.shangmen.worker.api.event.WorkerCertified;
import org.shangmen.worker.api.event.WorkerPenalized;
import org.shangmen.worker.api.event.WorkerSuspensionLifted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the worker module decides about a worker, told to that worker (W1.2, A2.1). A worker's id is its
 * account id. Each dedupe key names the decision, so a redelivered event makes no second notice.
 */
@Component
class WorkerNotices {

    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Notify notify;

    WorkerNotices(Notify notify) {
        this.notify = notify;
    }

    @ApplicationModuleListener
    void on(WorkerCertified certified) {
        notify.notify(NoticeRequest.of("WorkerCertified:" + certified.workerId() + ":" + certified.approvedAt().toEpochMilli(),
                certified.workerId(), NoticeTemplate.CERTIFICATION_APPROVED, Map.of(),
                new Notice.Subject("WORKER", certified.workerId().toString())));
    }

    @ApplicationModuleListener
    void on(WorkerApplicationRejected rejected) {
        notify.notify(NoticeRequest.of("WorkerApplicationRejected:" + rejected.workerId() + ":" + rejected.rejectedAt().toEpochMilli(),
                rejected.workerId(), NoticeTemplate.CERTIFICATION_REJECTED, Map.of("reason", rejected.reason()),
                new Notice.Subject("WORKER", rejected.workerId().toString())));
    }

    /** A1.1: a stricter certification rule asks the worker for items by a deadline, never silently. */
    @ApplicationModuleListener
    void on(CertificationItemsRequested requested) {
        notify.notify(NoticeRequest.of("CertificationItemsRequested:" + requested.workerId() + ":" + requested.skill() + ":"
                        + requested.ruleVersion(), requested.workerId(), NoticeTemplate.CERTIFICATION_ITEMS_REQUESTED,
                Map.of("skill", requested.skillName(), "items", String.join("、", requested.itemNames()),
                        "due", LOCAL_TIME.format(requested.dueAt()), "dueEn", EN_TIME.format(requested.dueAt())),
                new Notice.Subject("WORKER", requested.workerId().toString())));
    }

    @ApplicationModuleListener
    void on(WorkerPenalized penalized) {
        String penalty = switch (penalized.kind()) {
            case "WARNING" -> "警告";
            case "SUSPENSION" -> "暂停接单";
            case "REMOVAL" -> "清退";
            default -> penalized.kind();
        };
        String penaltyEn = switch (penalized.kind()) {
            case "WARNING" -> "warning";
            case "SUSPENSION" -> "suspension from taking orders";
            case "REMOVAL" -> "removal from the platform";
            default -> penalized.kind();
        };
        String until = penalized.suspendedUntil().map(t -> ",至 " + LOCAL_TIME.format(t) + " 止").orElse("");
        String untilEn = penalized.suspendedUntil().map(t -> " until " + EN_TIME.format(t)).orElse("");
        notify.notify(NoticeRequest.of("WorkerPenalized:" + penalized.penaltyId(), penalized.workerId(), NoticeTemplate.PENALTY_APPLIED,
                Map.of("penalty", penalty, "penaltyEn", penaltyEn, "until", until, "untilEn", untilEn),
                new Notice.Subject("PENALTY", penalized.penaltyId().toString())));
    }

    /** A2.1 W4.2: passing the named course lifted a suspension for quality; the worker learns at once whether orders flow again. */
    @ApplicationModuleListener
    void on(WorkerSuspensionLifted lifted) {
        String state = lifted.reinstated() ? "您已恢复为接单中,可以接收派单与抢单。" : "您仍有其他未结束的暂停接单处罚。";
        String stateEn = lifted.reinstated() ? "You are taking orders again and receive offers."
                : "Another suspension still holds.";
        notify.notify(NoticeRequest.of("WorkerSuspensionLifted:" + lifted.workerId() + ":" + lifted.penaltyIds().getFirst(),
                lifted.workerId(), NoticeTemplate.SUSPENSION_LIFTED,
                Map.of("courseTitle", lifted.courseTitle(), "state", state, "stateEn", stateEn),
                new Notice.Subject("PENALTY", lifted.penaltyIds().getFirst().toString())));
    }
}
