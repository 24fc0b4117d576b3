package org.shangmen.complaint.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderFacts;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.complaint.api.event.ComplaintFiled;
import org.shangmen.complaint.application.port.in.ComplaintDetail;
import org.shangmen.complaint.application.port.in.CustomerComplaints;
import org.shangmen.complaint.application.port.in.FileComplaint;
import org.shangmen.complaint.application.port.out.ComplaintStore;
import org.shangmen.complaint.application.port.out.ComplaintStore.Photo;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintStep;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Pictures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * A2.1 the customer's side: filing a complaint on their own order while it is served or up to 30 days
 * after completion (or once a booked start has passed without the service, for lateness and no-shows),
 * adding photos, following its progress and rating the handling.
 */
public class FileComplaintService implements FileComplaint, CustomerComplaints {

    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    static final long MAX_PHOTO_PIXELS = 25_000_000L;

    private final ComplaintStore complaints;
    private final OrderFacts orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public FileComplaintService(ComplaintStore complaints, OrderFacts orders, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Complaint file(FileCommand c) {
        OrderFacts.Fact order = orders.fact(c.orderId()).filter(o -> o.customerId().equals(c.customerId()))
                .orElseThrow(() -> DomainException.notFound("complaint.order-not-found"));
        Instant now = now();
        ensureEligible(order, now);
        if (complaints.openOn(order.orderId()).isPresent()) {
            throw DomainException.conflict("complaint.already-open");
        }
        Complaint complaint = Complaint.file(Ids.newId(clock), order.orderId(), order.customerId(), order.workerId(), c.category(),
                c.text(), order.districtCode(), order.itemCodes(), now);
        complaints.insert(complaint);
        complaints.addStep(step(complaint.id(), ComplaintStep.Kind.FILED, c.customerId(), Optional.of(c.category().label()), now));
        events.publishEvent(new ComplaintFiled(complaint.id(), order.orderId(), order.customerId(), order.workerId().orElse(null),
                c.category().name(), order.itemCodes(), order.districtCode(), now));
        return complaint;
    }

    private static void ensureEligible(OrderFacts.Fact order, Instant now) {
        boolean eligible = switch (order.status()) {
            case IN_SERVICE -> true;
            case COMPLETED -> order.completedAt().map(done -> !now.isAfter(done.plus(Complaint.FILE_WITHIN))).orElse(true);
            case PAID, AWAITING_PAYMENT -> !order.startsAt().isAfter(now);
            case AWAITING_ACCEPTANCE, CANCELLED -> false;
        };
        if (!eligible) {
            throw order.status() == OrderStatus.COMPLETED
                    ? DomainException.rejected("complaint.filing-window-closed", Complaint.FILE_WITHIN.toDays())
                    : DomainException.rejected("complaint.order-not-eligible");
        }
    }

    @Override
    @Transactional
    public ComplaintDetail addPhoto(UUID customerId, UUID complaintId, byte[] picture) {
        Complaint complaint = own(customerId, complaintId);
        if (!complaint.isOpen()) {
            throw DomainException.conflict("complaint.already-resolved");
        }
        int count = complaints.photoIds(complaintId).size();
        if (count >= Complaint.MAX_PHOTOS) {
            throw DomainException.rejected("complaint.photo-limit", Complaint.MAX_PHOTOS);
        }
        Pictures.Cleaned clean;
        try {
            clean = Pictures.reencode(picture, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS);
        } catch (Pictures.Refused refused) {
            throw DomainException.invalid("complaint.photo-invalid", MAX_PHOTO_BYTES / (1024 * 1024));
        }
        Instant now = now();
        if (!complaints.addPhoto(Ids.newId(clock), complaintId, count + 1, clean.contentType(), clean.content(), now)) {
            throw DomainException.conflict("complaint.photo-busy");
        }
        complaints.addStep(step(complaintId, ComplaintStep.Kind.PHOTO_ADDED, customerId, Optional.empty(), now));
        return detail(complaint);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Complaint> mine(UUID customerId, PageRequest page) {
        return complaints.ofCustomer(customerId, page);
    }

    @Override
    @Transactional(readOnly = true)
    public ComplaintDetail view(UUID customerId, UUID complaintId) {
        return detail(own(customerId, complaintId));
    }

    @Override
    @Transactional
    public ComplaintDetail rate(UUID customerId, UUID complaintId, int stars, Optional<String> comment) {
        Complaint rated = own(customerId, complaintId).rate(stars, comment, now());
        if (!complaints.update(rated)) {
            throw DomainException.conflict("complaint.changed");
        }
        complaints.addStep(step(complaintId, ComplaintStep.Kind.RATED, customerId, Optional.of(stars + "/5"), rated.ratedAt().orElseThrow()));
        return detail(rated);
    }

    @Override
    @Transactional(readOnly = true)
    public Photo linkedPhoto(UUID photoId) {
        return complaints.photo(photoId).orElseThrow(() -> DomainException.notFound("complaint.photo-not-found"));
    }

    private Complaint own(UUID customerId, UUID complaintId) {
        return complaints.find(complaintId).filter(c -> c.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("complaint.not-found"));
    }

    private ComplaintDetail detail(Complaint complaint) {
        List<ComplaintStep> visible = complaints.steps(complaint.id()).stream().filter(s -> s.kind().visibleToCustomer()).toList();
        return new ComplaintDetail(complaint, visible, complaints.photoIds(complaint.id()));
    }

    private ComplaintStep step(UUID complaintId, ComplaintStep.Kind kind, UUID customerId, Optional<String> note, Instant at) {
        return new ComplaintStep(Ids.newId(clock), complaintId, kind, ComplaintStep.Actor.CUSTOMER, Optional.of(customerId), note, at);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
