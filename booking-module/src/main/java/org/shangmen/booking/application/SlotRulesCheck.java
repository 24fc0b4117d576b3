package org.shangmen.booking.application;

import java.time.Instant;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.kernel.DomainException;

/** The notice a start must keep: the minimum notice, or the shorter notice of "as soon as possible". */
final class SlotRulesCheck {

    private SlotRulesCheck() {
    }

    static void requireNotice(SlotRules rules, Instant now, Instant start, boolean asap) {
        Instant earliest = now.plus(asap ? rules.asapNotice() : rules.minimumNotice());
        if (start.isBefore(earliest)) {
            throw DomainException.invalid("booking.start-too-soon", (asap ? rules.asapNotice() : rules.minimumNotice()).toMinutes());
        }
    }
}
