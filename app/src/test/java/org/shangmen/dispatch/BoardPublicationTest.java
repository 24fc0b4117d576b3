package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.booking.api.event.OrderSubmitted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The operators' live board hears of order changes after the commit without a registered publication of its own. */
@PlatformTest
class BoardPublicationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Jdbi jdbi;

    @Test
    @DisplayName("A3.1 a new order registers publications for dispatch and the other modules that must hear of it, none for the live board")
    void boardIsNotARegisteredListener() {
        UUID orderId = UUID.randomUUID();
        Instant start = Instant.now().plus(Duration.ofDays(3));
        Map<String, Long> registered = new TransactionTemplate(transactions).execute(status -> {
            events.publishEvent(new OrderSubmitted(orderId, UUID.randomUUID(), "440305", start, start.plus(Duration.ofHours(2)),
                    Optional.empty(), List.of("daily-cleaning"), 10_000, 0, Instant.now()));
            // Publications are written with the publishing transaction; this one is rolled back, so nobody acts on the order.
            status.setRollbackOnly();
            return Map.of(
                    "dispatch", count(orderId, "%dispatch%OrderEvents%"),
                    "board", count(orderId, "%OrderBoardStream%"));
        });
        assertThat(registered.get("dispatch")).as("dispatch's listener is registered").isEqualTo(1L);
        assertThat(registered.get("board")).as("the live board's listener is not").isZero();
    }

    private long count(UUID orderId, String listener) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE :listener "
                        + "AND serialized_event LIKE :order")
                .bind("listener", listener).bind("order", "%" + orderId + "%").mapTo(Long.class).one());
    }
}
