package org.shangmen.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** C4.2 the payment sandbox as a client sees it: WeChat Pay's wx.requestPayment arguments, and each status with its label. */
@PlatformTest
class SandboxPaymentTest {

    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    BillingJourneys steps;

    private UUID acceptedOrder(Party customer, int hour) {
        Certified worker = steps.worker("沙盒郑阿姨", new Journeys(http).operatorToken(operators, "ops"));
        OffsetDateTime start = BillingJourneys.tomorrowAt(clock.instant(), hour).plusDays(5);
        return steps.accepted(customer, worker, start);
    }

    @Test
    @DisplayName("C4.2 a sandbox payment answers wx.requestPayment's arguments (appId, timeStamp, nonceStr, package, signType, paySign)")
    void sandboxSpeaksWeChatPay() {
        Party customer = steps.customer();
        UUID orderId = acceptedOrder(customer, 9);

        Http.Reply opened = steps.pay(customer.token(), orderId, "WECHAT_PAY", UUID.randomUUID().toString());

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode params = opened.json().path("clientParams");
        assertThat(params.path("appId").asString()).isNotBlank();
        assertThat(params.path("timeStamp").asString()).matches("\\d{10}");
        assertThat(params.path("nonceStr").asString()).matches("[A-Za-z0-9]{32}");
        assertThat(params.path("package").asString()).startsWith("prepay_id=");
        assertThat(params.path("signType").asString()).isEqualTo("RSA");
        assertThat(params.path("paySign").asString()).isNotBlank();
    }

    @Test
    @DisplayName("C4.2 a payment's status carries its label: Chinese by default, English with Accept-Language: en")
    void statusLabels() {
        Party customer = steps.customer();
        UUID orderId = acceptedOrder(customer, 14);
        Http.Reply opened = steps.pay(customer.token(), orderId, "ALIPAY", UUID.randomUUID().toString());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String paymentId = opened.json().path("paymentId").asString();
        assertThat(opened.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(opened.json().path("statusLabel").asString()).isEqualTo("待支付");

        Http.Reply english = http.get("/api/v1/customer/payments/" + paymentId).bearer(customer.token())
                .header("Accept-Language", "en").send();
        assertThat(english.json().path("statusLabel").asString()).isEqualTo("Awaiting payment");
        assertThat(http.post("/api/v1/dev/payments/" + paymentId + "/complete", "").send().status()).isEqualTo(200);
        JsonNode paid = http.get("/api/v1/customer/orders/" + orderId + "/payments").bearer(customer.token()).send().json();
        assertThat(paid.path("items").get(0).path("statusLabel").asString()).isEqualTo("支付成功");
    }
}
