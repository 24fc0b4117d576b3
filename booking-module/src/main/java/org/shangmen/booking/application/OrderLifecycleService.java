package org.shangmen.booking.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.event.AddOnApproved;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCompleted;
import org.shangmen.booking.api.event.OrderPaid;
import org.shangmen.booking.api.event.OrderRescheduled;
import org.shangmen.booking.api.event.OrderReturnedToDispatch;
import org.shangmen.booking.api.event.TimeChangeRequested;
import org.shangmen.booking.application.port.in.OrderLifecycle;
import org.shangmen.booking.application.port.out.ChangeRequestStore;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.MediaStorage;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.application.port.out.ReviewStore;
import org.shangmen.booking.application.port.out.VisitStore;
import org.shangmen.booking.domain.AddOn;
import org.shangmen.booking.domain.ChangeRequest;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.Review;
import org.shangmen.booking.domain.ServiceRecord;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.api.WorkerRatings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order from acceptance to review. Money consequences leave as events for billing
 * ({@code OrderPaid}, {@code OrderCancelled} with the fee the order's own policy keeps,
 * {@code AddOnApproved}, {@code OrderCompleted}); the worker's calendar and booking's job ledger
 * change in the same transaction as the order.
 */
public class OrderLifecycleService implements OrderLifecycle, OrderPayments, org.shangmen.booking.api.OrderModeration,
        org.shangmen.booking.api.OrderChangeConsent {

    @Override
    @Transactional
    public void answer(UUID customerId, UUID orderId, UUID requestId, boolean consent) {
        answerChange(customerId, orderId, requestId, consent);
    }


    @Override
    @Transactional(readOnly = true)
    public List<ChangeRequestView> changesAwaitingReview() {
        return awaitingReview().stream().map(OrderLifecycleService::view).toList();
    }

    @Override
    @Transactional
    public ChangeRequestView reviewChange(UUID operatorId, UUID requestId, boolean approve, String note) {
        return view(review(operatorId, requestId, approve, note));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordView> records(UUID orderId) {
        return visit(null, true, orderId).records().stream().map(r -> new RecordView(r.id(), r.kind().name(), r.text(), r.mediaType(),
                r.observations(), r.createdAt())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public MediaView recordMedia(UUID orderId, UUID recordId) {
        Media m = media(null, true, orderId, recordId);
        return new MediaView(m.contentType(), m.content());
    }

    private static ChangeRequestView view(ChangeRequest c) {
        return new ChangeRequestView(c.id(), c.orderId(), c.workerId(), c.proposedStart(), c.reason(), c.status().name(), c.createdAt(),
                c.expiresAt());
    }


    static final int EXPIRY_BATCH = 100;

    private final OrderStore orders;
    private final VisitStore visits;
    private final ChangeRequestStore changes;
    private final ReviewStore reviews;
    private final MediaStorage media;
    private final WorkerAvailability availability;
    private final WorkerCalendar calendar;
    private final WorkerRatings ratings;
    private final AccountDirectory accounts;
    private final JobLedger jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    public OrderLifecycleService(OrderStore orders, VisitStore visits, ChangeRequestStore changes, ReviewStore reviews, MediaStorage media,
                                 WorkerAvailability availability, WorkerCalendar calendar, WorkerRatings ratings, AccountDirectory accounts,
                                 JobLedger jobs, ApplicationEventPublisher events,
                                 org.springframework.transaction.PlatformTransactionManager transactions, Clock clock) {
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.orders = orders;
        this.visits = visits;
        this.changes = changes;
        this.reviews = reviews;
        this.media = media;
        this.availability = availability;
        this.calendar = calendar;
        this.ratings = ratings;
        this.accounts = accounts;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
    }

    // --- payments (billing) ---

    @Override
    @Transactional(readOnly = true)
    public PayableOrder payable(UUID orderId) {
        Order o = load(orderId);
        return new PayableOrder(o.id(), o.customerId(), o.status(), o.totalFen(), o.progress().addOnsFen(), o.progress().paidFen(),
                o.status() == OrderStatus.CANCELLED || o.status() == OrderStatus.AWAITING_ACCEPTANCE ? 0 : o.amountDueFen(),
                o.progress().paymentDeadline(), o.workerId(), o.lines().stream().map(QuotedItem::itemCode).toList(), o.district().value(),
                o.itemNames());
    }

    @Override
    @Transactional
    public void markPaid(UUID orderId, String paymentReference, long amountFen) {
        if (paymentReference == null || paymentReference.isBlank() || paymentReference.length() > 64 || amountFen <= 0) {
            throw DomainException.invalid("booking.payment-reference-invalid");
        }
        if (!orders.recordPayment(paymentReference, orderId, amountFen, clock.instant())) {
            return;
        }
        Order order = load(orderId);
        Instant now = clock.instant();
        Order next;
        boolean first = order.status() == OrderStatus.AWAITING_PAYMENT;
        Optional<Order.Transition> transition = Optional.empty();
        if (first) {
            Order.Moved moved = order.pay(amountFen, paymentReference, now);
            next = moved.order();
            transition = Optional.of(moved.transition());
        } else {
            next = order.payAddOns(amountFen);
        }
        save(next);
        transition.ifPresent(orders::record);
        events.publishEvent(new OrderPaid(orderId, order.customerId(), order.workerId().orElseThrow(), paymentReference, amountFen, first, now));
    }

    // --- customers ---

    @Override
    @Transactional
    public Order reschedule(UUID customerId, UUID orderId, Instant newStart) {
        Order order = customers(customerId, orderId);
        Instant now = clock.instant();
        SlotRulesCheck.requireNotice(availability.rules(), now, newStart, false);
        if (order.workerId().isPresent() && !now.isBefore(order.time().start().minus(order.policy().freeCancelBefore()))) {
            throw DomainException.conflict("booking.change-too-late");
        }
        TimeRange time = TimeRange.of(newStart, order.time().duration());
        Order.Moved moved = order.reschedule(time, Actor.customer(customerId), "客户改期", now);
        save(moved.order());
        moveWorkerTime(order, time);
        orders.record(moved.transition());
        events.publishEvent(new OrderRescheduled(orderId, order.customerId(), order.workerId(), time.start(), time.end(), "CUSTOMER", now));
        return moved.order();
    }

    @Override
    @Transactional
    public Order anotherWorker(UUID customerId, UUID orderId, String reason) {
        Order order = customers(customerId, orderId);
        UUID former = order.workerId().orElseThrow(() -> DomainException.conflict("booking.order-transition-invalid",
                order.status().label(), OrderStatus.AWAITING_ACCEPTANCE.label()));
        Instant now = clock.instant();
        String why = text(reason, "客户希望更换家政人员", 200);
        Order.Moved moved = order.returnToDispatch(Actor.customer(customerId), why, now);
        save(moved.order());
        calendar.release(orderId);
        jobs.release(orderId);
        orders.record(moved.transition());
        events.publishEvent(new OrderReturnedToDispatch(orderId, order.customerId(), former, Actor.Kind.CUSTOMER.name(), why, now));
        return moved.order();
    }

    @Override
    @Transactional
    public ChangeRequest answerChange(UUID customerId, UUID orderId, UUID requestId, boolean consent) {
        Order order = customers(customerId, orderId);
        ChangeRequest request = changes.find(requestId).filter(r -> r.orderId().equals(orderId))
                .orElseThrow(() -> DomainException.notFound("booking.change-not-found"));
        Instant now = clock.instant();
        if (request.status() != ChangeRequest.Status.AWAITING_CUSTOMER) {
            throw DomainException.conflict("booking.change-not-awaiting-customer");
        }
        if (!now.isBefore(request.expiresAt())) {
            changes.move(requestId, request.status(), ChangeRequest.Status.EXPIRED, Optional.empty(), Optional.empty(), now);
            throw DomainException.conflict("booking.change-expired");
        }
        if (!consent) {
            changes.move(requestId, request.status(), ChangeRequest.Status.REFUSED, Optional.empty(), Optional.of("客户不同意"), now);
            events.publishEvent(new org.shangmen.booking.api.event.TimeChangeDecided(orderId, requestId, order.customerId(),
                    request.workerId(), false, Optional.empty(), now));
            return changes.find(requestId).orElseThrow();
        }
        TimeRange time = TimeRange.of(request.proposedStart(), order.time().duration());
        Order.Moved moved = order.reschedule(time, Actor.customer(customerId), "同意家政人员改期:" + request.reason(), now);
        save(moved.order());
        moveWorkerTime(order, time);
        orders.record(moved.transition());
        if (!changes.move(requestId, ChangeRequest.Status.AWAITING_CUSTOMER, ChangeRequest.Status.APPLIED, Optional.empty(),
                Optional.empty(), now)) {
            throw DomainException.conflict("booking.change-not-awaiting-customer");
        }
        events.publishEvent(new org.shangmen.booking.api.event.TimeChangeDecided(orderId, requestId, order.customerId(),
                request.workerId(), true, Optional.of(time.start()), now));
        events.publishEvent(new OrderRescheduled(orderId, order.customerId(), order.workerId(), time.start(), time.end(), "WORKER", now));
        return changes.find(requestId).orElseThrow();
    }

    @Override
    @Transactional
    public AddOn decideAddOn(UUID customerId, UUID orderId, UUID addOnId, boolean approve) {
        Order order = customers(customerId, orderId);
        AddOn addOn = visits.addOn(addOnId).filter(a -> a.orderId().equals(orderId))
                .orElseThrow(() -> DomainException.notFound("booking.add-on-not-found"));
        Instant now = clock.instant();
        if (addOn.status() != AddOn.Status.PROPOSED) {
            throw DomainException.conflict("booking.add-on-decided");
        }
        if (approve) {
            save(order.withAddOn(addOn.amountFen()));
        }
        if (!visits.decideAddOn(addOnId, approve ? AddOn.Status.APPROVED : AddOn.Status.REFUSED, now)) {
            throw DomainException.conflict("booking.add-on-decided");
        }
        if (approve) {
            events.publishEvent(new AddOnApproved(orderId, addOnId, order.customerId(), order.workerId().orElseThrow(), addOn.description(),
                    addOn.amountFen(), now));
        }
        return visits.addOn(addOnId).orElseThrow();
    }

    @Override
    @Transactional
    public Review review(UUID customerId, UUID orderId, ReviewInput input) {
        Order order = customers(customerId, orderId);
        if (order.status() != OrderStatus.COMPLETED) {
            throw DomainException.conflict("booking.review-before-completion");
        }
        Instant now = clock.instant();
        Review review = new Review(orderId, customerId, order.workerId().orElseThrow(), input.attitude(), input.skill(), input.efficiency(),
                input.punctuality(), input.overall(), text(input.text(), "", Review.MAX_TEXT), List.of(), now, now, Optional.empty(),
                Optional.empty(), false, Optional.empty());
        if (!reviews.add(review)) {
            throw DomainException.conflict("booking.review-exists");
        }
        rerate(review.workerId());
        return review;
    }

    @Override
    @Transactional
    public Review editReview(UUID customerId, UUID orderId, ReviewInput input) {
        customers(customerId, orderId);
        Review old = reviews.find(orderId).orElseThrow(() -> DomainException.notFound("booking.review-not-found"));
        Instant now = clock.instant();
        if (!now.isBefore(old.createdAt().plus(Review.EDITABLE_FOR))) {
            throw DomainException.conflict("booking.review-not-editable", Review.EDITABLE_FOR.toDays());
        }
        Review edited = new Review(orderId, customerId, old.workerId(), input.attitude(), input.skill(), input.efficiency(),
                input.punctuality(), input.overall(), text(input.text(), "", Review.MAX_TEXT), old.photos(), old.createdAt(), now,
                old.reply(), old.repliedAt(), old.hidden(), old.hiddenReason());
        reviews.update(edited);
        rerate(old.workerId());
        return edited;
    }

    @Override
    @Transactional
    public Review addReviewPhoto(UUID customerId, UUID orderId, byte[] content) {
        customers(customerId, orderId);
        Review old = reviews.find(orderId).orElseThrow(() -> DomainException.notFound("booking.review-not-found"));
        if (old.photos().size() >= Review.MAX_PHOTOS) {
            throw DomainException.invalid("booking.review-too-many-photos", Review.MAX_PHOTOS);
        }
        MediaCheck.Clean clean = MediaCheck.photo(content);
        String key = "reviews/" + orderId + "/" + Ids.newId(clock) + "." + clean.extension();
        media.put(key, clean.content(), clean.contentType());
        List<String> photos = new ArrayList<>(old.photos());
        photos.add(key);
        Review next = new Review(orderId, customerId, old.workerId(), old.attitude(), old.skill(), old.efficiency(), old.punctuality(),
                old.overall(), old.text(), photos, old.createdAt(), clock.instant(), old.reply(), old.repliedAt(), old.hidden(),
                old.hiddenReason());
        reviews.update(next);
        return next;
    }

    // --- workers ---

    @Override
    @Transactional(readOnly = true)
    public Page<Order> workerOrders(UUID workerId, Optional<OrderStatus> status, PageRequest page) {
        return orders.ofWorker(workerId, status, page);
    }

    @Override
    @Transactional(readOnly = true)
    public WorkerView workerOrder(UUID workerId, UUID orderId) {
        Order order = workers(workerId, orderId);
        return new WorkerView(order, accounts.find(order.customerId()).map(AccountDirectory.AccountSummary::maskedPhone),
                visitOf(orderId));
    }

    @Override
    @Transactional
    public Order onTheWay(UUID workerId, UUID orderId, int etaMinutes) {
        Order order = workers(workerId, orderId);
        if (order.status() != OrderStatus.PAID) {
            throw DomainException.conflict("booking.on-the-way-not-allowed");
        }
        if (etaMinutes < 1 || etaMinutes > 240) {
            throw DomainException.invalid("booking.eta-invalid", 240);
        }
        Instant now = clock.instant();
        orders.record(new Order.Transition(orderId, Optional.of(order.status()), order.status(), Actor.worker(workerId),
                "已出发,预计 " + etaMinutes + " 分钟后到达", now));
        events.publishEvent(new org.shangmen.booking.api.event.WorkerOnTheWay(orderId, order.customerId(), workerId,
                now.plus(java.time.Duration.ofMinutes(etaMinutes)), now));
        return order;
    }

    @Override
    @Transactional
    public Order checkIn(UUID workerId, UUID orderId, String code, double latitude, double longitude) {
        Order order = workers(workerId, orderId);
        org.shangmen.kernel.GeoPoint where;
        try {
            where = new org.shangmen.kernel.GeoPoint(latitude, longitude);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("booking.point-invalid");
        }
        Instant now = clock.instant();
        if (now.isBefore(order.time().start().minus(java.time.Duration.ofHours(2)))) {
            throw DomainException.conflict("booking.check-in-too-early");
        }
        Order.Moved moved = order.checkIn(code == null ? "" : code.strip(), order.place().distanceMetresTo(where), now);
        save(moved.order());
        orders.record(moved.transition());
        events.publishEvent(new org.shangmen.booking.api.event.OrderCheckedIn(orderId, order.customerId(), workerId, order.itemNames(), now));
        return moved.order();
    }

    @Override
    @Transactional
    public ServiceRecord record(UUID workerId, UUID orderId, RecordInput input) {
        Order order = workers(workerId, orderId);
        if (order.status() != OrderStatus.IN_SERVICE) {
            throw DomainException.conflict("booking.record-outside-service");
        }
        Optional<String> text = input.text().map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().length() > ServiceRecord.MAX_TEXT) {
            throw DomainException.invalid("booking.record-text-too-long", ServiceRecord.MAX_TEXT);
        }
        if (input.observations().size() > ServiceRecord.MAX_OBSERVATIONS || input.observations().entrySet().stream()
                .anyMatch(e -> e.getKey().isBlank() || e.getKey().length() > 40 || e.getValue() == null || e.getValue().length() > 200)) {
            throw DomainException.invalid("booking.observations-invalid", ServiceRecord.MAX_OBSERVATIONS);
        }
        if (input.kind() == ServiceRecord.Kind.OBSERVATION && input.observations().isEmpty()) {
            throw DomainException.invalid("booking.observations-invalid", ServiceRecord.MAX_OBSERVATIONS);
        }
        if ((input.kind() == ServiceRecord.Kind.BEFORE || input.kind() == ServiceRecord.Kind.AFTER) && input.media().isEmpty()) {
            throw DomainException.invalid("booking.record-photo-required");
        }
        if (text.isEmpty() && input.media().isEmpty() && input.observations().isEmpty()) {
            throw DomainException.invalid("booking.record-empty");
        }
        UUID id = Ids.newId(clock);
        Optional<String> key = Optional.empty();
        Optional<String> type = Optional.empty();
        if (input.media().isPresent()) {
            MediaCheck.Clean clean = MediaCheck.any(input.media().get());
            key = Optional.of("records/" + orderId + "/" + id + "." + clean.extension());
            type = Optional.of(clean.contentType());
            media.put(key.get(), clean.content(), clean.contentType());
        }
        ServiceRecord record = new ServiceRecord(id, orderId, input.kind(), text, key, type, input.observations(), clock.instant());
        visits.addRecord(record);
        return record;
    }

    @Override
    @Transactional
    public AddOn proposeAddOn(UUID workerId, UUID orderId, String description, long amountFen) {
        Order order = workers(workerId, orderId);
        if (order.status() != OrderStatus.IN_SERVICE && order.status() != OrderStatus.PAID) {
            throw DomainException.conflict("booking.add-on-not-allowed");
        }
        if (amountFen <= 0 || amountFen > AddOn.MAX_FEN) {
            throw DomainException.invalid("booking.add-on-amount-invalid", AddOn.MAX_FEN / 100);
        }
        AddOn addOn = new AddOn(Ids.newId(clock), orderId, text(description, null, 200), amountFen, AddOn.Status.PROPOSED, clock.instant(),
                Optional.empty());
        visits.addAddOn(addOn);
        return addOn;
    }

    @Override
    @Transactional
    public Order checkOut(UUID workerId, UUID orderId) {
        Order order = workers(workerId, orderId);
        Instant now = clock.instant();
        Order.Moved moved = order.checkOut(now);
        save(moved.order());
        orders.record(moved.transition());
        events.publishEvent(new OrderCompleted(orderId, order.customerId(), workerId, order.costFen(), order.progress().addOnsFen(),
                order.discountFen(), order.lines().stream().map(QuotedItem::itemCode).toList(), order.district().value(), now));
        return moved.order();
    }

    @Override
    @Transactional
    public ChangeRequest requestChange(UUID workerId, UUID orderId, Instant proposedStart, String reason) {
        Order order = workers(workerId, orderId);
        if (order.status() != OrderStatus.AWAITING_PAYMENT && order.status() != OrderStatus.PAID) {
            throw DomainException.conflict("booking.change-not-allowed");
        }
        Instant now = clock.instant();
        Instant windowEnds = order.time().start().minus(order.policy().workerChangeBefore());
        if (!now.isBefore(windowEnds)) {
            throw DomainException.conflict("booking.change-too-late");
        }
        SlotRulesCheck.requireNotice(availability.rules(), now, proposedStart, false);
        if (changes.ofOrder(orderId).stream().anyMatch(ChangeRequest::isOpen)) {
            throw DomainException.conflict("booking.change-pending");
        }
        ChangeRequest request = new ChangeRequest(Ids.newId(clock), orderId, workerId, proposedStart, text(reason, null, 200),
                ChangeRequest.Status.AWAITING_REVIEW, now, windowEnds, Optional.empty(), Optional.empty(), Optional.empty());
        changes.add(request);
        events.publishEvent(new TimeChangeRequested(orderId, request.id(), order.customerId(), workerId, proposedStart, request.reason(), now));
        return request;
    }

    @Override
    @Transactional
    public Review reply(UUID workerId, UUID orderId, String reply) {
        workers(workerId, orderId);
        Review old = reviews.find(orderId).orElseThrow(() -> DomainException.notFound("booking.review-not-found"));
        if (old.reply().isPresent()) {
            throw DomainException.conflict("booking.review-replied");
        }
        Instant now = clock.instant();
        Review next = new Review(orderId, old.customerId(), old.workerId(), old.attitude(), old.skill(), old.efficiency(), old.punctuality(),
                old.overall(), old.text(), old.photos(), old.createdAt(), old.updatedAt(), Optional.of(text(reply, null, 500)),
                Optional.of(now), old.hidden(), old.hiddenReason());
        reviews.update(next);
        return next;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Review> workerReviews(UUID workerId, PageRequest page) {
        return reviews.ofWorker(workerId, false, page);
    }

    // --- participants ---

    @Override
    @Transactional(readOnly = true)
    public Media media(UUID accountId, boolean operator, UUID orderId, UUID recordId) {
        participant(accountId, operator, orderId);
        ServiceRecord record = visits.record(recordId).filter(r -> r.orderId().equals(orderId) && r.mediaKey().isPresent())
                .orElseThrow(() -> DomainException.notFound("booking.record-not-found"));
        byte[] content = media.get(record.mediaKey().get()).orElseThrow(() -> DomainException.notFound("booking.record-not-found"));
        return new Media(record.mediaType().orElse("application/octet-stream"), content);
    }

    @Override
    @Transactional(readOnly = true)
    public Visit visit(UUID accountId, boolean operator, UUID orderId) {
        participant(accountId, operator, orderId);
        return visitOf(orderId);
    }

    private Visit visitOf(UUID orderId) {
        return new Visit(visits.records(orderId), visits.addOns(orderId), changes.ofOrder(orderId), reviews.find(orderId));
    }

    // --- operators ---

    @Override
    @Transactional(readOnly = true)
    public List<ChangeRequest> awaitingReview() {
        return changes.awaitingReview(100);
    }

    @Override
    @Transactional
    public ChangeRequest review(UUID operatorId, UUID requestId, boolean approve, String note) {
        ChangeRequest request = changes.find(requestId).orElseThrow(() -> DomainException.notFound("booking.change-not-found"));
        Order order = load(request.orderId());
        Instant now = clock.instant();
        if (request.status() != ChangeRequest.Status.AWAITING_REVIEW) {
            throw DomainException.conflict("booking.change-not-awaiting-review");
        }
        Optional<String> why = Optional.ofNullable(note).map(String::strip).filter(n -> !n.isEmpty());
        if (why.isPresent() && why.get().length() > 200) {
            throw DomainException.invalid("booking.reason-too-long", 200);
        }
        if (!now.isBefore(request.expiresAt())) {
            changes.move(requestId, request.status(), ChangeRequest.Status.EXPIRED, Optional.of(operatorId), why, now);
            throw DomainException.conflict("booking.change-expired");
        }
        ChangeRequest.Status to = approve ? ChangeRequest.Status.AWAITING_CUSTOMER : ChangeRequest.Status.REFUSED;
        if (!changes.move(requestId, ChangeRequest.Status.AWAITING_REVIEW, to, Optional.of(operatorId), why, now)) {
            throw DomainException.conflict("booking.change-not-awaiting-review");
        }
        if (!approve) {
            events.publishEvent(new org.shangmen.booking.api.event.TimeChangeDecided(order.id(), requestId, order.customerId(),
                    request.workerId(), false, Optional.empty(), now));
        } else {
            events.publishEvent(new org.shangmen.booking.api.event.TimeChangeReviewed(order.id(), requestId, order.customerId(),
                    request.workerId(), request.proposedStart(), request.expiresAt(), now));
        }
        return changes.find(requestId).orElseThrow();
    }

    @Override
    @Transactional
    public void hideReview(UUID operatorId, UUID orderId, String reason) {
        Review review = reviews.find(orderId).orElseThrow(() -> DomainException.notFound("booking.review-not-found"));
        reviews.hide(orderId, text(reason, null, 200), operatorId, clock.instant());
        rerate(review.workerId());
    }

    // --- the clock ---

    @Override
    public int expireUnpaid() {
        int expired = 0;
        for (UUID orderId : ownTransaction.execute(s -> orders.overdue(clock.instant(), EXPIRY_BATCH))) {
            if (Boolean.TRUE.equals(ownTransaction.execute(s -> expireOne(orderId)))) {
                expired++;
            }
        }
        return expired;
    }

    /** One overdue order, in its own transaction. */
    private boolean expireOne(UUID orderId) {
        Order order = load(orderId);
        Instant now = clock.instant();
        if (order.status() != OrderStatus.AWAITING_PAYMENT || order.progress().paymentDeadline().isEmpty()
                || order.progress().paymentDeadline().get().isAfter(now)) {
            return false;
        }
        Order.Moved moved = order.cancel(Actor.platform(), "booking.payment-overdue", now);
        if (!orders.update(moved.order())) {
            return false;
        }
        calendar.release(orderId);
        jobs.release(orderId);
        orders.record(moved.transition());
        events.publishEvent(new OrderCancelled(orderId, order.customerId(), order.workerId(), Actor.Kind.PLATFORM.name(),
                "booking.payment-overdue", order.progress().paidFen(), 0, now));
        return true;
    }

    // --- helpers ---

    /** Frees the worker's old time and books the new one; refused when the worker is not free then. */
    private void moveWorkerTime(Order order, TimeRange time) {
        if (order.workerId().isEmpty()) {
            if (availability.free(order.needs(), order.district(), time, Optional.empty()).isEmpty()) {
                throw DomainException.conflict("booking.slot-gone");
            }
            return;
        }
        UUID worker = order.workerId().get();
        calendar.release(order.id());
        jobs.release(order.id());
        if (availability.free(order.needs(), order.district(), time, Optional.of(worker)).isEmpty()) {
            throw DomainException.conflict("booking.worker-unavailable");
        }
        calendar.book(worker, order.id(), time);
        jobs.hold(order.id(), worker, time);
    }

    private void rerate(UUID workerId) {
        long[] stars = reviews.visibleStars(workerId);
        ratings.rate(workerId, Review.ratingTenths(stars[0], stars[1]), (int) stars[1]);
    }

    private void save(Order next) {
        if (!orders.update(next)) {
            throw DomainException.conflict("booking.order-changed");
        }
    }

    private Order load(UUID orderId) {
        return orders.find(orderId).orElseThrow(() -> DomainException.notFound("booking.order-not-found"));
    }

    private Order customers(UUID customerId, UUID orderId) {
        return orders.find(orderId).filter(o -> o.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("booking.order-not-found"));
    }

    private Order workers(UUID workerId, UUID orderId) {
        return orders.find(orderId).filter(o -> o.workerId().equals(Optional.of(workerId)))
                .orElseThrow(() -> DomainException.notFound("booking.order-not-found"));
    }

    private void participant(UUID accountId, boolean operator, UUID orderId) {
        Order order = load(orderId);
        if (!operator && !order.customerId().equals(accountId) && !order.workerId().equals(Optional.of(accountId))) {
            throw DomainException.notFound("booking.order-not-found");
        }
    }

    /** Trimmed text within the limit; a fallback when blank, or {@code booking.text-required} without one. */
    private static String text(String value, String fallback, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (fallback == null) {
                throw DomainException.invalid("booking.text-required");
            }
            return fallback;
        }
        if (v.length() > max) {
            throw DomainException.invalid("booking.text-too-long", max);
        }
        return v;
    }
}
