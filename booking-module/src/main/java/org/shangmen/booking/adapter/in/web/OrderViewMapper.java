package org.shangmen.booking.adapter.in.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.mapstruct.Context;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.booking.adapter.in.web.CustomerOrderController.CancellationPreview;
import org.shangmen.booking.adapter.in.web.CustomerOrderController.CancellationView;
import org.shangmen.booking.adapter.in.web.CustomerOrderController.OrderResponse;
import org.shangmen.booking.adapter.in.web.CustomerOrderController.OrderSummary;
import org.shangmen.booking.adapter.in.web.CustomerOrderController.Policy;
import org.shangmen.booking.adapter.in.web.CustomerOrderController.RejectionView;
import org.shangmen.booking.adapter.in.web.CustomerOrderController.TransitionView;
import org.shangmen.booking.adapter.in.web.CustomerOrderController.WorkerView;
import org.shangmen.booking.adapter.in.web.OrderViews.AddOnView;
import org.shangmen.booking.adapter.in.web.OrderViews.ChangeView;
import org.shangmen.booking.adapter.in.web.OrderViews.DiscountView;
import org.shangmen.booking.adapter.in.web.OrderViews.LineView;
import org.shangmen.booking.adapter.in.web.OrderViews.RecordView;
import org.shangmen.booking.adapter.in.web.OrderViews.ReviewView;
import org.shangmen.booking.adapter.in.web.OrderViews.VisitView;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.application.port.in.CancelOrder;
import org.shangmen.booking.application.port.in.CustomerOrders;
import org.shangmen.booking.application.port.in.CustomerOrders.OrderDetail;
import org.shangmen.booking.application.port.in.VisitOrder.Visit;
import org.shangmen.booking.application.port.in.WorkerOrders;
import org.shangmen.booking.domain.AddOn;
import org.shangmen.booking.domain.ChangeRequest;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.booking.domain.Review;
import org.shangmen.booking.domain.ServiceRecord;
import org.shangmen.booking.application.port.out.OrderStore.Rejection;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.WorkerDirectory.WorkerCard;

/**
 * Orders and their visits as the web shows them: times in the city's offset, codes with their labels,
 * absent values as {@code null}. {@code label} turns a message key into the caller's language.
 */
@Mapper(uses = MediaLinks.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
interface OrderViewMapper {

    /** Cancellation reasons the platform gives (codes with a label), as against the words a person wrote. */
    Set<String> SYSTEM_REASONS = Set.of("booking.no-worker-found", "booking.payment-overdue");

    // --- the customer's order ---

    @Mapping(target = "id", source = "order.id")
    @Mapping(target = "status", source = "order.status")
    @Mapping(target = "statusLabel", expression = "java(detail.order().status().label())")
    @Mapping(target = "notice", expression = "java(notice(detail.order(), label))")
    @Mapping(target = "items", source = "order.lines")
    @Mapping(target = "fees", expression = "java(fees(detail))")
    @Mapping(target = "district", source = "order.district")
    @Mapping(target = "communityId", source = "order.communityId")
    @Mapping(target = "addressDetail", source = "order.addressDetail")
    @Mapping(target = "contactName", source = "order.contactName")
    @Mapping(target = "start", source = "order.time.start")
    @Mapping(target = "end", source = "order.time.end")
    @Mapping(target = "asap", source = "order.asap")
    @Mapping(target = "estimatedMinutes", source = "order.estimatedMinutes")
    @Mapping(target = "requirements", source = "order.requirements")
    @Mapping(target = "preferredWorkerId", source = "order.preferredWorkerId")
    @Mapping(target = "cancelReason", expression = "java(cancelReason(detail.order(), label))")
    @Mapping(target = "createdAt", source = "order.createdAt")
    @Mapping(target = "serviceCode", expression = "java(serviceCode(detail.order()))")
    @Mapping(target = "paidFen", source = "order.progress.paidFen")
    @Mapping(target = "addOnsFen", source = "order.progress.addOnsFen")
    @Mapping(target = "amountDueFen", expression = "java(amountDue(detail.order()))")
    @Mapping(target = "paymentDeadline", source = "order.progress.paymentDeadline")
    @Mapping(target = "policy", source = "order.policy")
    @Mapping(target = "cancellation", expression = "java(cancellation)")
    OrderResponse order(OrderDetail detail, @Context Function<String, String> label, @Context CancellationView cancellation);

    @Mapping(target = "currency", constant = Money.CURRENCY)
    CancellationView cancellation(CancelOrder.Cancelled cancelled);

    @Mapping(target = "currency", constant = Money.CURRENCY)
    CancellationPreview preview(CancelOrder.Preview preview);

    @Mapping(target = "id", source = "order.id")
    @Mapping(target = "status", source = "order.status")
    @Mapping(target = "statusLabel", expression = "java(row.order().status().label())")
    @Mapping(target = "itemNames", expression = "java(row.order().itemNames())")
    @Mapping(target = "start", source = "order.time.start")
    @Mapping(target = "end", source = "order.time.end")
    @Mapping(target = "totalFen", source = "order.totalFen")
    @Mapping(target = "createdAt", source = "order.createdAt")
    @Mapping(target = "workerId", source = "order.workerId")
    @Mapping(target = "workerName", expression = "java(row.worker().map(w -> w.name()).orElse(null))")
    @Mapping(target = "workerPhotoUrl", expression = "java(row.worker().flatMap(w -> w.photoUrl()).orElse(null))")
    OrderSummary summary(CustomerOrders.OrderRow row);

    @Mapping(target = "photoUrl", expression = "java(card.photoUrl().orElse(null))")
    WorkerView worker(WorkerCard card);

    @Mapping(target = "label", expression = "java(rejection.reason().label())")
    RejectionView rejection(Rejection rejection);

    @Mapping(target = "toLabel", expression = "java(transition.to().label())")
    @Mapping(target = "actor", source = "actor.kind")
    TransitionView transition(Order.Transition transition);

    @Mapping(target = "freeCancelMinutesBefore", source = "freeCancelBefore")
    @Mapping(target = "workerChangeMinutesBefore", source = "workerChangeBefore")
    @Mapping(target = "paymentWindowMinutes", source = "paymentWindow")
    Policy policy(OrderPolicy policy);

    LineView line(QuotedItem line);

    DiscountView discount(OrderDiscounts.Discount discount);

    List<DiscountView> discounts(List<OrderDiscounts.Discount> discounts);

    // --- the worker's order ---

    @Mapping(target = "statusLabel", expression = "java(order.status().label())")
    @Mapping(target = "itemNames", expression = "java(order.itemNames())")
    @Mapping(target = "start", source = "time.start")
    @Mapping(target = "end", source = "time.end")
    @Mapping(target = "totalFen", expression = "java(order.costFen())")
    WorkerOrderController.OrderLine workerLine(Order order);

    @Mapping(target = "id", source = "order.id")
    @Mapping(target = "status", source = "order.status")
    @Mapping(target = "statusLabel", expression = "java(view.order().status().label())")
    @Mapping(target = "items", source = "order.lines")
    @Mapping(target = "totalFen", expression = "java(view.order().costFen())")
    @Mapping(target = "addOnsFen", source = "order.progress.addOnsFen")
    @Mapping(target = "district", source = "order.district")
    @Mapping(target = "communityId", source = "order.communityId")
    @Mapping(target = "latitude", source = "order.place.latitude")
    @Mapping(target = "longitude", source = "order.place.longitude")
    @Mapping(target = "addressDetail", source = "order.addressDetail")
    @Mapping(target = "contactName", source = "order.contactName")
    @Mapping(target = "contactPhone", source = "customerPhone")
    @Mapping(target = "start", source = "order.time.start")
    @Mapping(target = "end", source = "order.time.end")
    @Mapping(target = "requirements", source = "order.requirements")
    WorkerOrderController.OrderDetail workerDetail(WorkerOrders.WorkerView view);

    // --- the visit ---

    @Mapping(target = "at", source = "createdAt")
    @Mapping(target = "mediaUrl", source = "mediaKey", qualifiedByName = "link")
    RecordView record(ServiceRecord record);

    AddOnView addOn(AddOn addOn);

    @Mapping(target = "answerBy", source = "expiresAt")
    ChangeView change(ChangeRequest change);

    @Mapping(target = "text", expression = "java(review.hidden() ? \"\" : review.text())")
    @Mapping(target = "reviewId", source = "orderId")
    @Mapping(target = "photos", expression = "java(review.photos().size())")
    @Mapping(target = "photoUrls", source = "photos", qualifiedByName = "links")
    ReviewView review(Review review);

    @Mapping(target = "reviewId", source = "orderId")
    @Mapping(target = "photoUrls", source = "photos", qualifiedByName = "links")
    PublicReviewController.PublicReview publicReview(Review review);

    PublicReviewController.RatingAverages averages(Review.Averages averages);

    @Mapping(target = "changeRequests", source = "changes")
    VisitView visit(Visit visit);

    // --- values ---

    default OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(Zones.CHINA).toOffsetDateTime();
    }

    default OffsetDateTime at(Optional<Instant> instant) {
        return instant.map(this::at).orElse(null);
    }

    default String text(Optional<String> value) {
        return value.orElse(null);
    }

    default UUID id(Optional<UUID> value) {
        return value.orElse(null);
    }

    default String district(RegionCode district) {
        return district.value();
    }

    default String status(Optional<OrderStatus> status) {
        return status.map(Enum::name).orElse(null);
    }

    default String actorKind(Actor.Kind kind) {
        return kind.name();
    }

    default long minutes(Duration duration) {
        return duration.toMinutes();
    }

    default WorkerView worker(Optional<WorkerCard> card) {
        return card.map(this::worker).orElse(null);
    }

    default ReviewView review(Optional<Review> review) {
        return review.map(this::review).orElse(null);
    }

    default String notice(Order o, Function<String, String> label) {
        return label.apply(o.status() == OrderStatus.CANCELLED
                ? "booking.order-notice.CANCELLED" + o.cancelReason().filter(SYSTEM_REASONS::contains).map(r -> "." + r).orElse("")
                : "booking.order-notice." + o.status().name());
    }

    /** A cancellation reason the platform gave has a label; one a person wrote is shown as written. */
    default String cancelReason(Order o, Function<String, String> label) {
        return o.cancelReason().map(r -> SYSTEM_REASONS.contains(r) ? label.apply(r) : r).orElse(null);
    }

    default CustomerOrderController.Fees fees(OrderDetail d) {
        Order o = d.order();
        return new CustomerOrderController.Fees(o.subtotalFen(), o.discountFen(), o.totalFen(), "CNY", discounts(d.discounts()));
    }

    /** The door code, once the order is paid and until the service starts. */
    default String serviceCode(Order o) {
        return o.status() == OrderStatus.PAID || o.status() == OrderStatus.IN_SERVICE ? o.serviceCode() : null;
    }

    default long amountDue(Order o) {
        return o.status() == OrderStatus.CANCELLED || o.status() == OrderStatus.AWAITING_ACCEPTANCE ? 0 : o.amountDueFen();
    }
}
