package org.shangmen.dispatch.application.port.in;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;
import org.shangmen.kernel.DomainException;

/** W2.2: a worker hands an order back: declining an automatic assignment in its window, or withdrawing a won order before payment. */
public interface GiveBackOrder {

    /** Declines an automatic assignment within its window; the order goes to the next worker. */
    OfferDetail decline(Decline command);

    /** Gives back an order the worker won, before payment: it goes back down the ladder. */
    void withdraw(Withdraw command);

    /** The note is optional, at most 200 characters. */
    record Decline(UUID workerId, UUID offerId, Optional<String> note) {
        public Decline {
            note = note == null ? Optional.empty() : note.map(String::strip).filter(s -> !s.isEmpty());
            if (note.isPresent() && note.get().length() > 200) {
                throw DomainException.invalid("dispatch.note-too-long", 200);
            }
        }
    }

    /** The reason is required, at most 200 characters. */
    record Withdraw(UUID workerId, UUID orderId, String reason) {
        public Withdraw {
            reason = reason == null ? "" : reason.strip();
            if (reason.isEmpty() || reason.length() > 200) {
                throw DomainException.invalid("dispatch.withdraw-reason-required", 200);
            }
        }
    }
}
