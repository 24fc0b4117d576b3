package org.shangmen.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;

/** A refund amount is bounded by its payment before any sum or SQL sees it. */
@PlatformTest
class RefundBoundsTest {

    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    BillingAdministration billing;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    BillingJourneys steps;

    @Test
    @DisplayName("C4.2 a refund of 9 223 372 036 854 775 806 fen is a 422 problem and changes nothing")
    void hugeRefund() {
        String ops = journeys.operatorToken(operators, "ops");
        String finance = journeys.operatorToken(operators, "finance");
        Certified worker = steps.worker("钟美玲", ops);
        Party customer = steps.customer();
        UUID orderId = steps.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 9));
        UUID paymentId = steps.paid(customer.token(), orderId);
        assertThat(http.post("/api/v1/admin/billing/payments/" + paymentId + "/refunds", Http.json(Map.of("amountFen", 1_000,
                "reason", "部分退款"))).bearer(finance).header("Idempotency-Key", "r-" + UUID.randomUUID()).send().status())
                .isEqualTo(201);

        Http.Reply huge = http.post("/api/v1/admin/billing/payments/" + paymentId + "/refunds",
                        "{\"amountFen\":9223372036854775806,\"reason\":\"溢出\"}")
                .bearer(finance).header("Idempotency-Key", "r-" + UUID.randomUUID()).send();

        assertThat(huge.status()).as(huge.body()).isEqualTo(422);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(huge.json().path("code").asString()).isEqualTo("billing.refund-exceeds-payment");
        assertThat(billing.orderPayments(orderId).getFirst().refundedFen()).isEqualTo(1_000);
    }
}
