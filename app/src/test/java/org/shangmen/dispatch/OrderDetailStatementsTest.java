package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.app.support.Statements;
import org.shangmen.app.support.Statements.Counted;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.application.port.in.CustomerOrders;
import org.shangmen.booking.application.port.in.CustomerOrders.OrderDetail;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer's order detail, read twice in every booking loop and returned by every submit, costs three
 * statements: the order, what happened to it (transitions, refusals, discounts, other start times, in one
 * statement) and the worker's card.
 */
@PlatformTest
class OrderDetailStatementsTest {

    @Autowired
    MutableClock clock;
    @Autowired
    Jdbi jdbi;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;
    @Autowired
    CustomerOrders customerOrders;
    @Autowired
    AdvanceDispatch ladder;

    @Test
    @DisplayName("C3.2 an accepted order's detail, with its history and worker, in three statements")
    void threeStatements() {
        Offered offered = offered("详情甲", 22.5150, 114.5050, 9);
        UUID orderId = offered.orderId();
        assertThat(accept(offered)).isEqualTo(200);
        UUID customerId = jdbi.withHandle(h -> h.createQuery("SELECT customer_id FROM booking.customer_order WHERE id = :o")
                .bind("o", orderId).mapTo(UUID.class).one());

        Counted<OrderDetail> read = Statements.counted(jdbi, () -> customerOrders.detail(customerId, orderId));

        assertThat(read.answer().order().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(read.answer().worker()).isPresent();
        assertThat(read.answer().history()).extracting(t -> t.to())
                .containsSubsequence(OrderStatus.AWAITING_ACCEPTANCE, OrderStatus.AWAITING_PAYMENT);
        assertThat(read.statements()).as("statements: %s", read.statements()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    @DisplayName("C2.1 a submission reads nothing twice: the items, the district and the calendar once each")
    void submitReadsOnce() {
        double lat = 22.5160;
        double lng = 114.5060;
        dispatch.worker("详情乙", journeys.operatorToken("ops"), "440308", lat, lng);
        String customer = journeys.customerToken();

        Counted<UUID> submitted = Statements.countedInRequests(jdbi,
                () -> dispatch.submitted(customer, dispatch.request("440308", lat, lng, DispatchJourneys.tomorrowAt(clock.instant(), 14))));

        java.util.Map<String, Long> reads = submitted.statements().stream().filter(sql -> sql.stripLeading().toUpperCase().startsWith("SELECT")
                        || sql.stripLeading().toUpperCase().startsWith("WITH"))
                .collect(java.util.stream.Collectors.groupingBy(sql -> sql, java.util.stream.Collectors.counting()));
        assertThat(reads).as("the submission's reads").isNotEmpty();
        assertThat(reads.entrySet()).as("reads sent more than once").allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(1L));
    }

    @Test
    @DisplayName("C2.4 a climb of the ladder reads its order once, and asks once whether the id is a placement's leave request")
    void climbReadsTheOrderOnce() {
        double lat = 22.5170;
        double lng = 114.5070;
        String ops = journeys.operatorToken("ops");
        Certified preferred = dispatch.worker("详情丙", ops, "440308", lat, lng);
        dispatch.worker("详情丁", ops, "440308", lat + 0.002, lng);
        java.util.Map<String, Object> request = dispatch.request("440308", lat, lng, DispatchJourneys.tomorrowAt(clock.instant(), 16));
        request.put("preferredWorkerId", preferred.workerId().toString());
        UUID orderId = dispatch.submitted(journeys.customerToken(), request);
        dispatch.offerFor(preferred.token(), orderId);
        clock.advance(java.time.Duration.ofMinutes(11));

        // The next rung: the order for the case, the customer's previous worker and who is free each asked booking for it.
        Counted<Boolean> climbed = Statements.counted(jdbi, () -> ladder.advance(orderId));

        assertThat(climbed.answer()).as("the case climbed").isTrue();
        assertThat(climbed.statements()).as("statements: %s", climbed.statements())
                .filteredOn(sql -> sql.contains("FROM booking.customer_order WHERE id =")).hasSize(1);
        assertThat(climbed.statements()).filteredOn(sql -> sql.contains("FROM booking.placement_substitute_request")).hasSize(1);
    }

    @Test
    @DisplayName("W2.1 an accept reads the worker's calendar in one statement, holds her by her row and reads only her standing")
    void acceptReadsTheCalendarOnce() {
        Offered offered = offered("详情戊", 22.5180, 114.5080, 11);

        Counted<Integer> accepted = Statements.countedInRequests(jdbi, () -> accept(offered));

        assertThat(accepted.answer()).isEqualTo(200);
        java.util.List<String> sent = accepted.statements();
        assertThat(sent).as("statements reading a calendar: %s", sent)
                .filteredOn(sql -> !sql.stripLeading().toUpperCase().startsWith("INSERT") && !sql.stripLeading().toUpperCase().startsWith("DELETE")
                        && (sql.contains("worker.weekly_hours") || sql.contains("FROM worker.booking") || sql.contains("worker.schedule_exception")))
                .hasSize(1);
        // Held first by her row alone, before the order moves; the booking then reads only her standing under the same lock.
        assertThat(sent).as("the worker held for the booking").filteredOn(sql -> sql.contains("FROM worker.worker") && sql.contains("FOR UPDATE"))
                .satisfiesExactly(lock -> assertThat(lock).startsWith("SELECT account_id FROM worker.worker WHERE"),
                        standing -> assertThat(standing).startsWith("SELECT certification, standing, suspended_until, work_state FROM worker.worker"));
        assertThat(sent).as("an accept reads neither the worker's identity number nor her skills")
                .noneMatch(sql -> sql.contains("id_number_cipher") || sql.startsWith("SELECT worker_id, skill FROM worker.worker_skill"));
        assertThat(sent).as("the case read to check the offer, then once to settle it")
                .filteredOn(sql -> sql.contains("FROM dispatch.dispatch_case WHERE order_id = :order")).hasSize(2);
    }

    /** A worker's offer of a new order at a place in Dapeng (440308), on the coast south of the other tests' workers there. */
    private record Offered(Certified worker, UUID orderId, String offerId) {
    }

    private Offered offered(String name, double lat, double lng, int hour) {
        Certified worker = dispatch.worker(name, journeys.operatorToken("ops"), "440308", lat, lng);
        UUID orderId = dispatch.submitted(journeys.customerToken(),
                dispatch.request("440308", lat, lng, DispatchJourneys.tomorrowAt(clock.instant(), hour)));
        return new Offered(worker, orderId, dispatch.offerFor(worker.token(), orderId));
    }

    private int accept(Offered offered) {
        return http.post("/api/v1/worker/offers/" + offered.offerId() + "/accept", "").bearer(offered.worker().token()).send().status();
    }
}
