package org.shangmen.dispatch;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.shangmen.dispatch.api.event.OffersMade;
import org.shangmen.notification.domain.NoticesStored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The offers' and notices' facts as they are published: completed publications are deleted from the
 * registry, so journeys count what was published here.
 */
@Component
class PublishedFacts {

    private final List<OffersMade> offers = new CopyOnWriteArrayList<>();
    private final List<NoticesStored> notices = new CopyOnWriteArrayList<>();

    @EventListener
    void on(OffersMade e) {
        offers.add(e);
    }

    @EventListener
    void on(NoticesStored e) {
        notices.add(e);
    }

    long offersMade(UUID orderId) {
        return offers.stream().filter(e -> e.orderId().equals(orderId)).count();
    }

    long noticesStored(UUID noticeId) {
        return notices.stream().filter(e -> e.noticeIds().contains(noticeId)).count();
    }
}
