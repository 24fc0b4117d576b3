package org.shangmen.booking.application;

import org.shangmen.booking.api.event.OrderReviewed;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.shangmen.booking.application.port.in.ReviewOrder;
import org.shangmen.booking.application.port.out.MediaStorage;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.application.port.out.ReviewStore;
import org.shangmen.booking.domain.Review;
import org.shangmen.booking.domain.Texts;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** C4.4: reviews of completed orders, the worker's reply, operators hiding abusive ones; the worker's rating follows. */
public class ReviewService implements ReviewOrder {

    private final OrderStore orders;
    private final ReviewStore reviews;
    private final MediaStorage media;
    private final WorkerRerating ratings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReviewService(OrderStore orders, ReviewStore reviews, MediaStorage media, WorkerRerating ratings,
                         ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.reviews = reviews;
        this.media = media;
        this.ratings = ratings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Review review(ReviewCommand command) {
        var order = orders.getForCustomer(command.customerId(), command.orderId());
        Review review = Review.of(order, stars(command), command.text(), clock.instant());
        if (!reviews.add(review)) {
            throw DomainException.conflict("booking.review-exists");
        }
        rerate(review.workerId());
        published(review);
        return review;
    }

    @Override
    @Transactional
    public Review edit(ReviewCommand command) {
        orders.getForCustomer(command.customerId(), command.orderId());
        Review edited = existing(command.orderId()).edit(stars(command), command.text(), clock.instant());
        reviews.update(edited);
        rerate(edited.workerId());
        published(edited);
        return edited;
    }

    @Override
    @Transactional
    public Review addPhoto(UUID customerId, UUID orderId, byte[] content) {
        orders.getForCustomer(customerId, orderId);
        Review old = existing(orderId);
        old.requireRoomForPhoto();
        MediaCheck.Clean clean = MediaCheck.photo(content);
        String key = "reviews/" + orderId + "/" + Ids.newId(clock) + "." + clean.extension();
        media.put(key, clean.content(), clean.contentType());
        Review next = old.withPhoto(key, clock.instant());
        reviews.update(next);
        return next;
    }

    @Override
    @Transactional
    public Review reply(ReplyCommand command) {
        orders.getForWorker(command.workerId(), command.orderId());
        Review next = existing(command.orderId()).replied(command.reply(), clock.instant());
        reviews.update(next);
        return next;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Review> ofWorker(UUID workerId, PageRequest page) {
        return reviews.ofWorker(workerId, false, page);
    }

    @Override
    @Transactional(readOnly = true)
    public WorkerReviews publicReviews(UUID workerId, PageRequest page) {
        return new WorkerReviews(reviews.ofWorker(workerId, false, page), reviews.visibleSums(workerId).averages());
    }

    @Override
    @Transactional
    public void hide(UUID operatorId, UUID orderId, String reason) {
        Review review = existing(orderId);
        Instant now = clock.instant();
        reviews.hide(orderId, Texts.required(reason, 200), operatorId, now);
        rerate(review.workerId());
        events.publishEvent(new OrderReviewed(review.orderId(), review.customerId(), review.workerId(), review.attitude(), review.skill(),
                review.efficiency(), review.punctuality(), review.overall(), review.text(), true, review.createdAt(), now));
    }

    private void published(Review r) {
        events.publishEvent(new OrderReviewed(r.orderId(), r.customerId(), r.workerId(), r.attitude(), r.skill(), r.efficiency(),
                r.punctuality(), r.overall(), r.text(), r.hidden(), r.createdAt(), r.updatedAt()));
    }

    private Review existing(UUID orderId) {
        return reviews.find(orderId).orElseThrow(() -> DomainException.notFound("booking.review-not-found"));
    }

    private void rerate(UUID workerId) {
        ratings.rerate(workerId);
    }

    private static Review.Stars stars(ReviewCommand c) {
        return new Review.Stars(c.attitude(), c.skill(), c.efficiency(), c.punctuality(), c.overall());
    }
}
