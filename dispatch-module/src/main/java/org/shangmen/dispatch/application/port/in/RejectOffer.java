package org.shangmen.dispatch.application.port.in;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.RejectionReason;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;
import org.shangmen.kernel.DomainException;

/** W2.2: a worker says no to an offer, with a reason the customer sees. */
public interface RejectOffer {

    OfferDetail reject(Command command);

    /** OTHER needs a note; a note has at most 200 characters. */
    record Command(UUID workerId, UUID offerId, RejectionReason reason, Optional<String> note) {
        public Command {
            if (reason == null) {
                throw DomainException.invalid("dispatch.reject-reason-required");
            }
            note = note == null ? Optional.empty() : note.map(String::strip).filter(s -> !s.isEmpty());
            if (reason == RejectionReason.OTHER && note.isEmpty()) {
                throw DomainException.invalid("dispatch.reject-note-required");
            }
            if (note.isPresent() && note.get().length() > 200) {
                throw DomainException.invalid("dispatch.note-too-long", 200);
            }
        }
    }
}
