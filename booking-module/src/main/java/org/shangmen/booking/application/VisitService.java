package org.shangmen.booking.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.event.WorkerOnTheWay;
import org.shangmen.booking.application.port.in.VisitOrder;
import org.shangmen.booking.application.port.out.ChangeRequestStore;
import org.shangmen.booking.application.port.out.MediaStorage;
import org.shangmen.booking.application.port.out.VideoInspection;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.application.port.out.ReviewStore;
import org.shangmen.booking.application.port.out.VisitStore;
import org.shangmen.booking.domain.AddOn;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.ServiceRecord;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.worker.api.WorkerRatings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** W3.1: the visit from setting out to check-out, with its records and add-ons. */
public class VisitService implements VisitOrder {

    /** How long before the start a worker may check in. */
    static final Duration EARLIEST_CHECK_IN = Duration.ofHours(2);

    private final OrderStore orders;
    private final VisitStore visits;
    private final ChangeRequestStore changes;
    private final ReviewStore reviews;
    private final MediaStorage media;
    private final VideoInspection videos;
    private final WorkerRatings ratings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public VisitService(OrderStore orders, VisitStore visits, ChangeRequestStore changes, ReviewStore reviews, MediaStorage media,
                        VideoInspection videos, WorkerRatings ratings, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.visits = visits;
        this.changes = changes;
        this.reviews = reviews;
        this.media = media;
        this.videos = videos;
        this.ratings = ratings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Order onTheWay(OnTheWayCommand command) {
        Order order = orders.getForWorker(command.workerId(), command.orderId());
        if (order.status() != OrderStatus.PAID) {
            throw DomainException.conflict("booking.on-the-way-not-allowed");
        }
        Instant now = clock.instant();
        orders.record(new Order.Transition(order.id(), Optional.of(order.status()), order.status(), Actor.worker(command.workerId()),
                "已出发,预计 " + command.etaMinutes() + " 分钟后到达", now));
        events.publishEvent(new WorkerOnTheWay(order.id(), order.customerId(), command.workerId(),
                now.plus(Duration.ofMinutes(command.etaMinutes())), now));
        return order;
    }

    @Override
    @Transactional
    public Order checkIn(CheckInCommand command) {
        Order order = orders.getForWorker(command.workerId(), command.orderId());
        Instant now = clock.instant();
        if (now.isBefore(order.time().start().minus(EARLIEST_CHECK_IN))) {
            throw DomainException.conflict("booking.check-in-too-early");
        }
        Order.Moved moved = order.checkIn(command.code(), order.place().distanceMetresTo(command.where()), now);
        store(moved);
        return moved.order();
    }

    @Override
    @Transactional
    public ServiceRecord record(RecordCommand command) {
        Order order = orders.getForWorker(command.workerId(), command.orderId());
        if (order.status() != OrderStatus.IN_SERVICE) {
            throw DomainException.conflict("booking.record-outside-service");
        }
        UUID id = Ids.newId(clock);
        Optional<String> key = Optional.empty();
        Optional<String> type = Optional.empty();
        if (command.media().isPresent()) {
            MediaCheck.Clean clean = MediaCheck.any(command.media().get(), videos);
            key = Optional.of("records/" + order.id() + "/" + id + "." + clean.extension());
            type = Optional.of(clean.contentType());
            media.put(key.get(), clean.content(), clean.contentType());
        }
        ServiceRecord record = new ServiceRecord(id, order.id(), command.kind(), command.text(), key, type, command.observations(),
                clock.instant());
        visits.addRecord(record);
        return record;
    }

    @Override
    @Transactional
    public AddOn proposeAddOn(ProposeAddOnCommand command) {
        Order order = orders.getForWorker(command.workerId(), command.orderId());
        AddOn addOn = AddOn.propose(order, Ids.newId(clock), command.description(), command.amountFen(), clock.instant());
        visits.addAddOn(addOn);
        return addOn;
    }

    @Override
    @Transactional
    public AddOn decideAddOn(DecideAddOnCommand command) {
        Order order = orders.getForCustomer(command.customerId(), command.orderId());
        AddOn addOn = visits.addOn(command.addOnId()).filter(a -> a.orderId().equals(order.id()))
                .orElseThrow(() -> DomainException.notFound("booking.add-on-not-found"));
        Instant now = clock.instant();
        AddOn.Decided decided = addOn.decide(order, command.approve(), now);
        decided.order().ifPresent(orders::save);
        if (!visits.decideAddOn(addOn.id(), decided.addOn().status(), now)) {
            throw DomainException.conflict("booking.add-on-decided");
        }
        decided.events().forEach(events::publishEvent);
        return visits.addOn(addOn.id()).orElseThrow();
    }

    @Override
    @Transactional
    public Order checkOut(UUID workerId, UUID orderId) {
        Order order = orders.getForWorker(workerId, orderId);
        Instant now = clock.instant();
        Order.Moved moved = order.checkOut(now);
        store(moved);
        changes.closeOpen(moved.order(), "订单已完成", now).forEach(events::publishEvent);
        // the worker's public count of completed orders moves in the same transaction as the order
        ratings.orderCompleted(workerId, orderId, now);
        return moved.order();
    }

    @Override
    @Transactional(readOnly = true)
    public Visit visit(UUID accountId, boolean operator, UUID orderId) {
        orders.getForParticipant(accountId, operator, orderId);
        return new Visit(visits.records(orderId), visits.addOns(orderId), changes.ofOrder(orderId), reviews.find(orderId));
    }

    @Override
    @Transactional(readOnly = true)
    public Media media(UUID accountId, boolean operator, UUID orderId, UUID recordId) {
        orders.getForParticipant(accountId, operator, orderId);
        ServiceRecord record = visits.record(recordId).filter(r -> r.orderId().equals(orderId) && r.mediaKey().isPresent())
                .orElseThrow(() -> DomainException.notFound("booking.record-not-found"));
        byte[] content = media.get(record.mediaKey().get()).orElseThrow(() -> DomainException.notFound("booking.record-not-found"));
        return new Media(record.mediaType().orElse("application/octet-stream"), content);
    }

    @Override
    public Media stored(String key) {
        if (!key.matches("(records|reviews)/[0-9a-f-]+/[0-9a-f-]+\\.(jpg|png|mp4)")) {
            throw DomainException.notFound("booking.media-link-invalid");
        }
        byte[] content = media.get(key).orElseThrow(() -> DomainException.notFound("booking.media-link-invalid"));
        String type = key.endsWith(".mp4") ? "video/mp4" : key.endsWith(".png") ? "image/png" : "image/jpeg";
        return new Media(type, content);
    }

    private void store(Order.Moved moved) {
        orders.save(moved.order());
        orders.record(moved.transition());
        moved.events().forEach(events::publishEvent);
    }
}
