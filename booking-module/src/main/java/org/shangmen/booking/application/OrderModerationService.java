package org.shangmen.booking.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderModeration;
import org.shangmen.booking.application.port.in.ChangeOrder;
import org.shangmen.booking.application.port.in.ChangeOrder.ReviewChangeCommand;
import org.shangmen.booking.application.port.in.ReviewOrder;
import org.shangmen.booking.application.port.in.VisitOrder;
import org.shangmen.booking.domain.ChangeRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' part in orders after acceptance, as the admin module calls it: each call goes to the use
 * case that owns it (time changes, reviews, the visit's records) and answers in the api's shapes.
 */
public class OrderModerationService implements OrderModeration {

    private final ChangeOrder changes;
    private final ReviewOrder reviews;
    private final VisitOrder visits;

    public OrderModerationService(ChangeOrder changes, ReviewOrder reviews, VisitOrder visits) {
        this.changes = changes;
        this.reviews = reviews;
        this.visits = visits;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChangeRequestView> changesAwaitingReview() {
        return changes.awaitingReview().stream().map(OrderModerationService::view).toList();
    }

    @Override
    @Transactional
    public ChangeRequestView reviewChange(UUID operatorId, UUID requestId, boolean approve, String note) {
        return view(changes.review(new ReviewChangeCommand(operatorId, requestId, approve, Optional.ofNullable(note))));
    }

    @Override
    @Transactional
    public void hideReview(UUID operatorId, UUID orderId, String reason) {
        reviews.hide(operatorId, orderId, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordView> records(UUID orderId) {
        return visits.visit(null, true, orderId).records().stream().map(r -> new RecordView(r.id(), r.kind().name(), r.text(),
                r.mediaType(), r.observations(), r.createdAt())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public MediaView recordMedia(UUID orderId, UUID recordId) {
        VisitOrder.Media m = visits.media(null, true, orderId, recordId);
        return new MediaView(m.contentType(), m.content());
    }

    private static ChangeRequestView view(ChangeRequest c) {
        return new ChangeRequestView(c.id(), c.orderId(), c.workerId(), c.proposedStart(), c.reason(), c.status().name(), c.createdAt(),
                c.expiresAt());
    }
}
