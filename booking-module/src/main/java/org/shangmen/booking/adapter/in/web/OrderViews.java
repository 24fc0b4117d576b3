package org.shangmen.booking.adapter.in.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.booking.application.port.in.OrderLifecycle.Visit;
import org.shangmen.booking.domain.AddOn;
import org.shangmen.booking.domain.ChangeRequest;
import org.shangmen.booking.domain.Review;
import org.shangmen.booking.domain.ServiceRecord;
import org.shangmen.kernel.Zones;

/** Response shapes shared by the customers' and workers' order endpoints. */
final class OrderViews {

    private OrderViews() {
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(Zones.CHINA).toOffsetDateTime();
    }

    record RecordView(UUID id, String kind, String text, String mediaType, Map<String, String> observations, OffsetDateTime at) {
        static RecordView of(ServiceRecord r) {
            return new RecordView(r.id(), r.kind().name(), r.text().orElse(null), r.mediaType().orElse(null), r.observations(),
                    OrderViews.at(r.createdAt()));
        }
    }

    record AddOnView(UUID id, String description, long amountFen, String status, OffsetDateTime proposedAt, OffsetDateTime decidedAt) {
        static AddOnView of(AddOn a) {
            return new AddOnView(a.id(), a.description(), a.amountFen(), a.status().name(), OrderViews.at(a.proposedAt()),
                    a.decidedAt().map(OrderViews::at).orElse(null));
        }
    }

    record ChangeView(UUID id, OffsetDateTime proposedStart, String reason, String status, OffsetDateTime createdAt,
                      OffsetDateTime answerBy, String reviewNote) {
        static ChangeView of(ChangeRequest c) {
            return new ChangeView(c.id(), OrderViews.at(c.proposedStart()), c.reason(), c.status().name(), OrderViews.at(c.createdAt()), OrderViews.at(c.expiresAt()),
                    c.reviewNote().orElse(null));
        }
    }

    record ReviewView(int attitude, int skill, int efficiency, int punctuality, int overall, String text, int photos, String reply,
                      boolean hidden, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static ReviewView of(Review r) {
            return new ReviewView(r.attitude(), r.skill(), r.efficiency(), r.punctuality(), r.overall(), r.hidden() ? "" : r.text(),
                    r.photos().size(), r.reply().orElse(null), r.hidden(), OrderViews.at(r.createdAt()), OrderViews.at(r.updatedAt()));
        }
    }

    record VisitView(List<RecordView> records, List<AddOnView> addOns, List<ChangeView> changeRequests, ReviewView review) {
        static VisitView of(Visit v) {
            return new VisitView(v.records().stream().map(RecordView::of).toList(), v.addOns().stream().map(AddOnView::of).toList(),
                    v.changes().stream().map(ChangeView::of).toList(), v.review().map(ReviewView::of).orElse(null));
        }
    }
}
