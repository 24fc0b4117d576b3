package org.shangmen.booking.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.domain.AddOn;
import org.shangmen.booking.domain.ChangeRequest;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.Review;
import org.shangmen.booking.domain.ServiceRecord;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * The order after acceptance (C4.1, C4.3, C4.4, W2.3, W3.1), by who acts: the customer, the worker,
 * operators and the platform's clock. Every call checks that the order is the caller's
 * ({@code booking.order-not-found} otherwise, so that others' orders stay invisible).
 */
public interface OrderLifecycle {

    // customers

    /** Moves the visit to another start, if the worker (or, before acceptance, any worker) is free then. */
    Order reschedule(UUID customerId, UUID orderId, Instant newStart);

    /** Asks for a different worker before the service: the order goes back to dispatch. */
    Order anotherWorker(UUID customerId, UUID orderId, String reason);

    /** Consents to (or refuses) a worker's reviewed request to move the time. */
    ChangeRequest answerChange(UUID customerId, UUID orderId, UUID requestId, boolean consent);

    AddOn decideAddOn(UUID customerId, UUID orderId, UUID addOnId, boolean approve);

    Review review(UUID customerId, UUID orderId, ReviewInput input);

    Review editReview(UUID customerId, UUID orderId, ReviewInput input);

    Review addReviewPhoto(UUID customerId, UUID orderId, byte[] content);

    // workers

    Page<Order> workerOrders(UUID workerId, Optional<OrderStatus> status, PageRequest page);

    WorkerView workerOrder(UUID workerId, UUID orderId);

    /** The worker sets out; the customer hears the expected arrival. Only for a paid order not yet started. */
    Order onTheWay(UUID workerId, UUID orderId, int etaMinutes);

    Order checkIn(UUID workerId, UUID orderId, String code, double latitude, double longitude);

    ServiceRecord record(UUID workerId, UUID orderId, RecordInput input);

    AddOn proposeAddOn(UUID workerId, UUID orderId, String description, long amountFen);

    Order checkOut(UUID workerId, UUID orderId);

    ChangeRequest requestChange(UUID workerId, UUID orderId, Instant proposedStart, String reason);

    Review reply(UUID workerId, UUID orderId, String reply);

    Page<Review> workerReviews(UUID workerId, PageRequest page);

    // participants

    /** A record's media, for the order's customer, its worker or an operator ({@code operator} true). */
    Media media(UUID accountId, boolean operator, UUID orderId, UUID recordId);

    /** Everything recorded on the order after acceptance, for its customer, its worker or an operator. */
    Visit visit(UUID accountId, boolean operator, UUID orderId);

    // operators

    List<ChangeRequest> awaitingReview();

    ChangeRequest review(UUID operatorId, UUID requestId, boolean approve, String note);

    void hideReview(UUID operatorId, UUID orderId, String reason);

    // the platform's clock

    /** Cancels accepted orders whose payment deadline passed; answers how many. */
    int expireUnpaid();

    record ReviewInput(int attitude, int skill, int efficiency, int punctuality, int overall, String text) {
    }

    record RecordInput(ServiceRecord.Kind kind, Optional<String> text, Map<String, String> observations, Optional<byte[]> media) {
    }

    /** What the worker sees of an order: after acceptance, the door number and the customer's contact. */
    record WorkerView(Order order, Optional<String> customerPhone, Visit visit) {
    }

    record Visit(List<ServiceRecord> records, List<AddOn> addOns, List<ChangeRequest> changes, Optional<Review> review) {
    }

    record Media(String contentType, byte[] content) {
    }
}
