package org.shangmen.booking.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.AddOn;
import org.shangmen.booking.domain.ChangeRequest;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.Review;
import org.shangmen.booking.domain.ServiceRecord;
import org.shangmen.booking.domain.Texts;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;

/**
 * W3.1, C4.1: the visit. The worker sets out, checks in with the customer's code, keeps records,
 * proposes add-ons the customer decides, and checks out. Every call checks that the order is the
 * caller's ({@code booking.order-not-found} otherwise, so that others' orders stay invisible).
 */
public interface VisitOrder {

    /** The worker sets out; the customer hears the expected arrival. Only for a paid order not yet started. */
    Order onTheWay(OnTheWayCommand command);

    Order checkIn(CheckInCommand command);

    ServiceRecord record(RecordCommand command);

    AddOn proposeAddOn(ProposeAddOnCommand command);

    AddOn decideAddOn(DecideAddOnCommand command);

    Order checkOut(UUID workerId, UUID orderId);

    /** Everything recorded on the order after acceptance, for its customer, its worker or an operator ({@code operator} true). */
    Visit visit(UUID accountId, boolean operator, UUID orderId);

    /** A record's media, for the order's customer, its worker or an operator. */
    Media media(UUID accountId, boolean operator, UUID orderId, UUID recordId);

    /** Stored media by the key a signed link names; {@code booking.media-link-invalid} when there is none. */
    Media stored(String key);

    record OnTheWayCommand(UUID workerId, UUID orderId, int etaMinutes) {
        public static final int MAX_ETA_MINUTES = 240;

        public OnTheWayCommand {
            if (etaMinutes < 1 || etaMinutes > MAX_ETA_MINUTES) {
                throw DomainException.invalid("booking.eta-invalid", MAX_ETA_MINUTES);
            }
        }
    }

    /** @param code the one-time code the customer shows at the door */
    record CheckInCommand(UUID workerId, UUID orderId, String code, GeoPoint where) {
        public CheckInCommand {
            code = code == null ? "" : code.strip();
        }

        /** {@code booking.point-invalid} for a point off the globe. */
        public static CheckInCommand of(UUID workerId, UUID orderId, String code, double latitude, double longitude) {
            try {
                return new CheckInCommand(workerId, orderId, code, new GeoPoint(latitude, longitude));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("booking.point-invalid");
            }
        }
    }

    record RecordCommand(UUID workerId, UUID orderId, ServiceRecord.Kind kind, Optional<String> text, Map<String, String> observations,
                         Optional<byte[]> media) {
        public RecordCommand {
            text = text.map(String::strip).filter(t -> !t.isEmpty());
            if (text.isPresent() && text.get().length() > ServiceRecord.MAX_TEXT) {
                throw DomainException.invalid("booking.record-text-too-long", ServiceRecord.MAX_TEXT);
            }
            if (observations.size() > ServiceRecord.MAX_OBSERVATIONS || observations.entrySet().stream()
                    .anyMatch(e -> e.getKey().isBlank() || e.getKey().length() > 40 || e.getValue() == null || e.getValue().length() > 200)) {
                throw DomainException.invalid("booking.observations-invalid", ServiceRecord.MAX_OBSERVATIONS);
            }
            if (kind == ServiceRecord.Kind.OBSERVATION && observations.isEmpty()) {
                throw DomainException.invalid("booking.observations-invalid", ServiceRecord.MAX_OBSERVATIONS);
            }
            if ((kind == ServiceRecord.Kind.BEFORE || kind == ServiceRecord.Kind.AFTER) && media.isEmpty()) {
                throw DomainException.invalid("booking.record-photo-required");
            }
            if (text.isEmpty() && media.isEmpty() && observations.isEmpty()) {
                throw DomainException.invalid("booking.record-empty");
            }
            observations = Map.copyOf(observations);
        }
    }

    record ProposeAddOnCommand(UUID workerId, UUID orderId, String description, long amountFen) {
        public ProposeAddOnCommand {
            if (amountFen <= 0 || amountFen > AddOn.MAX_FEN) {
                throw DomainException.invalid("booking.add-on-amount-invalid", AddOn.MAX_FEN / 100);
            }
            description = Texts.required(description, 200);
        }
    }

    record DecideAddOnCommand(UUID customerId, UUID orderId, UUID addOnId, boolean approve) {
    }

    record Visit(List<ServiceRecord> records, List<AddOn> addOns, List<ChangeRequest> changes, Optional<Review> review) {
    }

    record Media(String contentType, byte[] content) {
    }
}
