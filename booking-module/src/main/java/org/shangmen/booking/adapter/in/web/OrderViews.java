package org.shangmen.booking.adapter.in.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.booking.api.QuotedItem;

/** Response shapes shared by the customers' and workers' order endpoints, filled by {@link OrderViewMapper}. */
final class OrderViews {

    private OrderViews() {
    }

    /** {@code mediaUrl}: a short-lived signed link to the photo or video, loadable without a token. */
    record RecordView(UUID id, String kind, String text, String mediaType, Map<String, String> observations, OffsetDateTime at,
                      String mediaUrl) {
    }

    record AddOnView(UUID id, String description, long amountFen, String status, OffsetDateTime proposedAt, OffsetDateTime decidedAt) {
    }

    record ChangeView(UUID id, OffsetDateTime proposedStart, String reason, String status, OffsetDateTime createdAt,
                      OffsetDateTime answerBy, String reviewNote) {
    }

    /**
     * {@code text} is empty once operators hid the review; {@code photos} counts the photos and
     * {@code photoUrls} are short-lived signed links to them. A review's id is its order's id (one per order).
     */
    record ReviewView(UUID reviewId, UUID orderId, int attitude, int skill, int efficiency, int punctuality, int overall, String text,
                      int photos, List<String> photoUrls, String reply, boolean hidden, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record VisitView(List<RecordView> records, List<AddOnView> addOns, List<ChangeView> changeRequests, ReviewView review) {
    }

    /** One line of the order as quoted. */
    record LineView(UUID itemId, String itemCode, String itemName, String unit, long unitPriceFen, int quantity, long baseFen,
                    List<QuotedItem.ChosenOption> options, long surchargeFen, long lineTotalFen, int minutes) {
    }

    /** One discount: {@code kind} PROMOTION, FIRST_ORDER or COUPON, with what it took off. */
    record DiscountView(String kind, UUID sourceId, String label, long amountFen) {
    }
}
