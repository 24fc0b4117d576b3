package org.shangmen.notification.adapter.in.event;

import java.util.Map;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.complaint.api.event.ComplaintFiled;
import org.shangmen.complaint.api.event.ComplaintResolved;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.in.Notify.NoticeRequest;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Complaints told to their people (A2.1): the customer hears that a complaint was received and when it
 * is resolved; the worker hears of a complaint only once it is resolved.
 */
@Component
class ComplaintNotices {

    private final Notify notify;
    private final OrderPayments orders;

    ComplaintNotices(Notify notify, OrderPayments orders) {
        this.notify = notify;
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(ComplaintFiled filed) {
        notify.notify(NoticeRequest.of("ComplaintFiled:" + filed.complaintId(), filed.customerId(), NoticeTemplate.COMPLAINT_FILED,
                Map.of("itemName", orders.payable(filed.orderId()).description()), subject(filed.complaintId())));
    }

    @ApplicationModuleListener
    void on(ComplaintResolved resolved) {
        Map<String, String> values = Map.of("itemName", orders.payable(resolved.orderId()).description());
        notify.notify(NoticeRequest.of("ComplaintResolved:" + resolved.complaintId(), resolved.customerId(),
                NoticeTemplate.COMPLAINT_RESOLVED, values, subject(resolved.complaintId())));
        if (resolved.workerId() != null) {
            notify.notify(NoticeRequest.of("ComplaintResolved:" + resolved.complaintId(), resolved.workerId(),
                    NoticeTemplate.COMPLAINT_RESOLVED_FOR_WORKER, values, subject(resolved.complaintId())));
        }
    }

    private static Notice.Subject subject(java.util.UUID complaintId) {
        return new Notice.Subject("COMPLAINT", complaintId.toString());
    }
}
