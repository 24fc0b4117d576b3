package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer's previous worker is asked first when the customer names nobody, and finding who that
 * was is one read of the customer's history per matching: reading the order again, or the worker
 * looking at the offer, does not repeat it. Pingshan (440310).
 */
@PlatformTest
class PreviousWorkerFirstTest {

    private static final String DISTRICT = "440310";
    private static final double LAT = 22.7080;
    private static final double LNG = 114.3500;

    @Autowired
    MutableClock clock;
    @Autowired
    OrderPayments payments;
    @Autowired
    Jdbi jdbi;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;

    @Test
    @DisplayName("C2.4 a customer's next order goes first to the worker who served them last, alone, after one read of their history")
    void previousWorkerAskedFirstAfterOneRead() {
        String ops = journeys.operatorToken("ops");
        Certified before = dispatch.worker("回头客甲", ops, DISTRICT, LAT, LNG);
        Certified other = dispatch.worker("回头客乙", ops, DISTRICT, LAT, LNG);
        String customer = journeys.customerToken();

        Map<String, Object> first = new HashMap<>(dispatch.request(DISTRICT, LAT, LNG, DispatchJourneys.tomorrowAt(clock.instant(), 8)));
        first.put("preferredWorkerId", before.workerId().toString());
        UUID firstOrder = dispatch.submitted(customer, first);
        String offer = dispatch.offerFor(before.token(), firstOrder);
        Http.Reply accepted = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(before.token()).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        payments.markPaid(firstOrder, "pay-" + UUID.randomUUID(), payments.payable(firstOrder).amountDueFen());

        List<String> historyReads = new ArrayList<>();
        SqlStatements config = jdbi.getConfig(SqlStatements.class);
        SqlLogger previousLogger = config.getSqlLogger();
        config.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                String sql = context.getRenderedSql();
                if (sql.contains("FROM booking.customer_order") && sql.contains("ORDER BY starts_at DESC LIMIT 1")) {
                    synchronized (historyReads) {
                        historyReads.add(Thread.currentThread().getName());
                    }
                }
                previousLogger.logBeforeExecution(context);
            }
        });
        try {
            OffsetDateTime later = DispatchJourneys.tomorrowAt(clock.instant(), 15);
            UUID nextOrder = dispatch.submitted(customer, dispatch.request(DISTRICT, LAT, LNG, later));
            dispatch.offerFor(before.token(), nextOrder);
            for (int i = 0; i < 5; i++) {
                assertThat(dispatch.openOfferFor(before.token(), nextOrder)).as("the offer stays open to the previous worker").isNotNull();
                assertThat(dispatch.order(customer, nextOrder).path("status").asString()).isEqualTo("AWAITING_ACCEPTANCE");
            }
            assertThat(dispatch.offerStatuses(other.token(), nextOrder))
                    .as("the other worker, as near and as free, is not asked while the previous one is").isEmpty();
            synchronized (historyReads) {
                assertThat(historyReads).as("the customer's history is read once for the matching").hasSize(1);
            }
        } finally {
            config.setSqlLogger(previousLogger);
        }
    }
}
