package org.shangmen.booking.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.application.port.in.QuoteBasket.BasketLine;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;

/**
 * C2.4: a customer submits a basket, an address and a start (or "as soon as possible"), optionally
 * for a worker found by search. The request is checked again (prices, the district, the time still
 * free), stored with its price snapshot and announced with {@code OrderSubmitted}; it awaits acceptance.
 * The same idempotency key gives back the same order. A visit of a recurring plan is placed under the
 * policy snapshotted with its plan ({@code policy}); any other order under the policy in force now.
 */
public interface SubmitOrder {

    Submitted submit(SubmitCommand command);

    /** @param replayed true when the key had already created this order */
    record Submitted(Order order, boolean replayed) {
    }

    record SubmitCommand(UUID customerId, List<BasketLine> items, RegionCode district, Optional<UUID> communityId,
                         Optional<GeoPoint> point, String addressDetail, String contactName, Optional<Instant> start,
                         boolean asap, Optional<UUID> preferredWorkerId, String requirements, Optional<String> idempotencyKey,
                         Optional<UUID> couponId, Optional<OrderPolicy> policy) {

        /** An order under the policy in force now. */
        public SubmitCommand(UUID customerId, List<BasketLine> items, RegionCode district, Optional<UUID> communityId,
                             Optional<GeoPoint> point, String addressDetail, String contactName, Optional<Instant> start,
                             boolean asap, Optional<UUID> preferredWorkerId, String requirements, Optional<String> idempotencyKey,
                             Optional<UUID> couponId) {
            this(customerId, items, district, communityId, point, addressDetail, contactName, start, asap, preferredWorkerId, requirements,
                    idempotencyKey, couponId, Optional.empty());
        }

        public SubmitCommand {
            policy = policy == null ? Optional.empty() : policy;
            if (customerId == null) {
                throw new IllegalArgumentException("a customer submits");
            }
            if (items == null || items.isEmpty()) {
                throw DomainException.invalid("booking.basket-empty");
            }
            if (district == null) {
                throw DomainException.invalid("booking.district-required");
            }
            if (communityId.isEmpty() && point.isEmpty()) {
                throw DomainException.invalid("booking.place-required");
            }
            addressDetail = addressDetail == null ? "" : addressDetail.strip();
            if (addressDetail.isEmpty() || addressDetail.length() > Order.MAX_ADDRESS) {
                throw DomainException.invalid("booking.address-invalid", Order.MAX_ADDRESS);
            }
            contactName = contactName == null ? "" : contactName.strip();
            if (contactName.isEmpty() || contactName.length() > Order.MAX_CONTACT) {
                throw DomainException.invalid("booking.contact-invalid", Order.MAX_CONTACT);
            }
            if (start.isPresent() == asap) {
                throw DomainException.invalid("booking.start-or-asap");
            }
            requirements = requirements == null ? "" : requirements.strip();
            if (requirements.length() > Order.MAX_REQUIREMENTS) {
                throw DomainException.invalid("booking.requirements-too-long", Order.MAX_REQUIREMENTS);
            }
            idempotencyKey = idempotencyKey.map(String::strip).filter(k -> !k.isEmpty());
            if (idempotencyKey.isPresent() && (idempotencyKey.get().length() > 64 || !idempotencyKey.get().matches("[\\x21-\\x7e]+"))) {
                throw DomainException.invalid("booking.idempotency-key-invalid");
            }
            items = List.copyOf(items);
        }
    }
}
