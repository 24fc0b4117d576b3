package org.shangmen.booking.application;

import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.booking.domain.SlotRules;

/** The order policy and slot rules in force now, read at the moment an order is placed or a slot searched. */
public interface PolicySource {

    OrderPolicy currentPolicy();

    SlotRules currentSlotRules();

    static PolicySource fixed(OrderPolicy policy, SlotRules rules) {
        return new PolicySource() {
            @Override
            public OrderPolicy currentPolicy() {
                return policy;
            }

            @Override
            public SlotRules currentSlotRules() {
                return rules;
            }
        };
    }
}
