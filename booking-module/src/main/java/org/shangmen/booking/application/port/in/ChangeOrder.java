package org.shangmen.booking.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.ChangeRequest;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.Texts;
import org.shangmen.kernel.DomainException;

/**
 * C4.3 and W2.3: changing an accepted order before the visit. The customer moves the time or asks
 * for another worker; a worker asks to move the time, an operator reviews the request and the
 * customer consents. Every call checks that the order is the caller's.
 */
public interface ChangeOrder {

    /** Moves the visit to another start, if the worker (or, before acceptance, any worker) is free then. */
    Order reschedule(RescheduleCommand command);

    /** Asks for a different worker before the service: the order goes back to dispatch. */
    Order anotherWorker(AnotherWorkerCommand command);

    /** The order's worker asks to move the time; operators review it first. */
    ChangeRequest requestChange(RequestChangeCommand command);

    /** An operator approves (the customer is asked next) or refuses a worker's request. */
    ChangeRequest review(ReviewChangeCommand command);

    /** Consents to (or refuses) a worker's reviewed request to move the time. */
    ChangeRequest answer(AnswerChangeCommand command);

    /** Requests awaiting an operator's review, oldest first. */
    List<ChangeRequest> awaitingReview();

    record RescheduleCommand(UUID customerId, UUID orderId, Instant start) {
        public RescheduleCommand {
            if (start == null) {
                throw DomainException.invalid("booking.start-required");
            }
        }
    }

    record AnotherWorkerCommand(UUID customerId, UUID orderId, String reason) {
        public AnotherWorkerCommand {
            reason = Texts.orElse(reason, "客户希望更换家政人员", 200);
        }
    }

    record RequestChangeCommand(UUID workerId, UUID orderId, Instant proposedStart, String reason) {
        public RequestChangeCommand {
            if (proposedStart == null) {
                throw DomainException.invalid("booking.start-required");
            }
            reason = Texts.required(reason, ChangeRequest.MAX_REASON);
        }
    }

    record ReviewChangeCommand(UUID operatorId, UUID requestId, boolean approve, Optional<String> note) {
        public ReviewChangeCommand {
            note = note.map(String::strip).filter(n -> !n.isEmpty());
            if (note.isPresent() && note.get().length() > ChangeRequest.MAX_REASON) {
                throw DomainException.invalid("booking.reason-too-long", ChangeRequest.MAX_REASON);
            }
        }
    }

    record AnswerChangeCommand(UUID customerId, UUID orderId, UUID requestId, boolean consent) {
    }
}
