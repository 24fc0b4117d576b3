package org.shangmen.notification.adapter.out.booking;

import java.util.UUID;
import org.shangmen.booking.api.OrderChangeConsent;
import org.shangmen.notification.application.port.out.TimeChangeAnswers;
import org.springframework.stereotype.Component;

@Component
class BookingTimeChangeAnswers implements TimeChangeAnswers {

    private final OrderChangeConsent orders;

    BookingTimeChangeAnswers(OrderChangeConsent orders) {
        this.orders = orders;
    }

    @Override
    public void answer(UUID customerId, UUID orderId, UUID requestId, boolean consent) {
        orders.answer(customerId, orderId, requestId, consent);
    }
}
