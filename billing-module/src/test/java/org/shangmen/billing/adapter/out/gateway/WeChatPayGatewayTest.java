package org.shangmen.billing.adapter.out.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.application.port.out.NoticeReader.RefundNotice;
import org.shangmen.billing.application.port.out.NoticeReader.VerifiedNotice;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.billing.application.port.out.PaymentGateway.State;

/** C4.2: the WeChat Pay adapter through the official SDK against a local fake that signs with keys made for the test. */
class WeChatPayGatewayTest {

    private final WeChatPayFake fake = new WeChatPayFake();
    private WireMockServer server;
    private WeChatPayGateway gateway;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        gateway = fake.gateway("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ResponseDefinitionBuilder signed(int status, String body) {
        ResponseDefinitionBuilder response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-ID", "08F78BB5AF0610D302").withBody(body);
        // Answers carry the header names as WeChat Pay spells them.
        fake.signedHeaders(body).forEach((k, v) -> response.withHeader(canonical(k), v));
        return response;
    }

    private static String canonical(String header) {
        return header.replace("wechatpay", "Wechatpay").replace("-serial", "-Serial").replace("-timestamp", "-Timestamp")
                .replace("-nonce", "-Nonce").replace("-signature-type", "-Signature-Type").replace("-signature", "-Signature");
    }

    private PaymentGateway.Prepare prepare(String outTradeNo) {
        return new PaymentGateway.Prepare(outTradeNo, 12_800, "日常保洁 2 小时", Instant.now().plus(Duration.ofMinutes(30)),
                Optional.of("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
    }

    @Test
    @DisplayName("C4.2 a JSAPI prepay is a signed request with the order's amount and answers wx.requestPayment's parameters signed by the merchant")
    void prepayForTheMiniProgram() {
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/jsapi"))
                .withHeader("Authorization", matching("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000109\".*"))
                .withRequestBody(equalToJson("{\"appid\":\"wx8888888888888888\",\"mchid\":\"1900000109\",\"out_trade_no\":\"P123\","
                        + "\"amount\":{\"total\":12800,\"currency\":\"CNY\"},\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"}}",
                        true, true))
                .willReturn(signed(200, "{\"prepay_id\":\"wx201410272009395522657a690389285100\"}")));

        Map<String, String> params = gateway.prepare(prepare("P123")).clientParams();

        assertThat(params).containsEntry("appId", WeChatPayFake.APP_ID).containsEntry("package",
                "prepay_id=wx201410272009395522657a690389285100").containsEntry("signType", "RSA");
        assertThat(params.get("timeStamp")).matches("\\d{10}");
        assertThat(params.get("nonceStr")).isNotBlank();
        String message = params.get("appId") + "\n" + params.get("timeStamp") + "\n" + params.get("nonceStr") + "\n" + params.get("package")
                + "\n";
        assertThat(WeChatPayFake.verify(fake.merchant.getPublic(), message, params.get("paySign"))).isTrue();
    }

    @Test
    @DisplayName("C4.2 an answer not signed by WeChat Pay's key is refused, and never taken as prepared")
    void forgedAnswerRefused() {
        String body = "{\"prepay_id\":\"wx-forged\"}";
        ResponseDefinitionBuilder response = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
        fake.signedHeaders(body, Instant.now(), fake.merchant.getPrivate()).forEach((k, v) -> response.withHeader(canonical(k), v));
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/jsapi")).willReturn(response));
        assertThatThrownBy(() -> gateway.prepare(prepare("P124"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("C4.2 server errors are retried, business refusals are not")
    void retriesServerErrorsOnly() {
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/jsapi")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(signed(500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}")).willSetStateTo("ok"));
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/jsapi")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(signed(200, "{\"prepay_id\":\"wx-after-retry\"}")));
        assertThat(gateway.prepare(prepare("P125")).clientParams()).containsEntry("package", "prepay_id=wx-after-retry");
        server.verify(2, postRequestedFor(urlEqualTo("/v3/pay/transactions/jsapi")));

        server.resetAll();
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/jsapi"))
                .willReturn(signed(400, "{\"code\":\"PARAM_ERROR\",\"message\":\"参数错误\"}")));
        assertThatThrownBy(() -> gateway.prepare(prepare("P126"))).isInstanceOf(RuntimeException.class);
        server.verify(1, postRequestedFor(urlEqualTo("/v3/pay/transactions/jsapi")));
    }

    @Test
    @DisplayName("C4.2 an order query and a refund read WeChat Pay's states")
    void queryAndRefund() {
        server.stubFor(get(urlPathEqualTo("/v3/pay/transactions/out-trade-no/P200")).withQueryParam("mchid", equalTo("1900000109"))
                .willReturn(signed(200, WeChatPayFake.transaction("1900000109", "P200", "SUCCESS", 12_800))));
        PaymentGateway.ProviderPayment paid = gateway.query("P200");
        assertThat(paid.state()).isEqualTo(State.SUCCEEDED);
        assertThat(paid.amountFen()).isEqualTo(12_800);
        assertThat(paid.transactionId()).isPresent();

        server.stubFor(post(urlEqualTo("/v3/refund/domestic/refunds"))
                .withRequestBody(equalToJson("{\"out_trade_no\":\"P200\",\"out_refund_no\":\"R200\",\"amount\":{\"refund\":2800,"
                        + "\"total\":12800,\"currency\":\"CNY\"}}", true, true))
                .willReturn(signed(200, "{\"refund_id\":\"50000000382019052709732678859\",\"out_refund_no\":\"R200\","
                        + "\"transaction_id\":\"4200000000\",\"out_trade_no\":\"P200\",\"channel\":\"ORIGINAL\",\"status\":\"PROCESSING\","
                        + "\"create_time\":\"2026-11-25T10:00:00+08:00\",\"amount\":{\"total\":12800,\"refund\":2800,\"payer_total\":12800,"
                        + "\"payer_refund\":2800,\"settlement_refund\":2800,\"settlement_total\":12800,\"discount_refund\":0,\"currency\":\"CNY\"}}")));
        PaymentGateway.ProviderRefund refund = gateway.refund(new PaymentGateway.RefundCall("R200", "P200", 2_800, 12_800, "协商退款"));
        assertThat(refund.state()).isEqualTo(State.PENDING);
        assertThat(refund.outRefundNo()).isEqualTo("R200");
    }

    @Test
    @DisplayName("C4.2 a notice signed by WeChat Pay and encrypted with the APIv3 key is read; its amount and state reach billing")
    void verifiedNotice() {
        String body = fake.notice("TRANSACTION.SUCCESS", "transaction", WeChatPayFake.transaction("1900000109", "P300", "SUCCESS", 9_000));
        Optional<VerifiedNotice> notice = gateway.read(fake.signedHeaders(body), body);
        assertThat(notice).get().isInstanceOfSatisfying(PaymentNotice.class, n -> {
            assertThat(n.payment().outTradeNo()).isEqualTo("P300");
            assertThat(n.payment().state()).isEqualTo(State.SUCCEEDED);
            assertThat(n.payment().amountFen()).isEqualTo(9_000);
        });

        String refundBody = fake.notice("REFUND.SUCCESS", "refund", "{\"mchid\":\"1900000109\",\"out_trade_no\":\"P300\","
                + "\"transaction_id\":\"4200000000\",\"out_refund_no\":\"R300\",\"refund_id\":\"50000000\",\"refund_status\":\"SUCCESS\","
                + "\"success_time\":\"2026-11-25T10:10:00+08:00\",\"user_received_account\":\"招商银行信用卡0403\","
                + "\"amount\":{\"total\":9000,\"refund\":9000,\"payer_total\":9000,\"payer_refund\":9000}}");
        assertThat(gateway.read(fake.signedHeaders(refundBody), refundBody)).get().isInstanceOfSatisfying(RefundNotice.class, r -> {
            assertThat(r.refund().outRefundNo()).isEqualTo("R300");
            assertThat(r.refund().state()).isEqualTo(State.SUCCEEDED);
        });
    }

    @Test
    @DisplayName("C4.2 a forged, altered, stale, foreign or undecryptable notice is refused")
    void forgedNoticesRefused() {
        String body = fake.notice("TRANSACTION.SUCCESS", "transaction", WeChatPayFake.transaction("1900000109", "P301", "SUCCESS", 9_000));
        Map<String, String> headers = fake.signedHeaders(body);

        // Signed with another key.
        assertThat(gateway.read(fake.signedHeaders(body, Instant.now(), fake.merchant.getPrivate()), body)).isEmpty();
        // The body changed after signing (a different amount slipped in).
        assertThat(gateway.read(headers, body.replace("\"id\":\"EV-", "\"id\":\"EW-"))).isEmpty();
        // Signed ten minutes ago: outside the ±5 minutes window.
        String old = fake.notice("TRANSACTION.SUCCESS", "transaction", WeChatPayFake.transaction("1900000109", "P302", "SUCCESS", 9_000));
        assertThat(gateway.read(fake.signedHeaders(old, Instant.now().minus(Duration.ofMinutes(10)), fake.platform.getPrivate()), old))
                .isEmpty();
        // Properly signed, but for another merchant.
        String foreign = fake.notice("TRANSACTION.SUCCESS", "transaction", WeChatPayFake.transaction("1900009999", "P303", "SUCCESS", 9_000));
        assertThat(gateway.read(fake.signedHeaders(foreign), foreign)).isEmpty();
        // Signed, but encrypted with another APIv3 key.
        String wrongKey = body.replaceAll("\"ciphertext\":\"[^\"]+\"", "\"ciphertext\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAA\"");
        assertThat(gateway.read(fake.signedHeaders(wrongKey), wrongKey)).isEmpty();
        // Missing headers.
        assertThat(gateway.read(new HashMap<>(), body)).isEmpty();
        assertThat(gateway.read(headers, "not json")).isEmpty();
    }

    @Test
    @DisplayName("C4.2 WeChat Pay chosen without credentials stops the start-up naming what is missing, never a secret")
    void missingSettings() {
        PaymentProperties.WeChat empty = new PaymentProperties.WeChat(null, "1900000109", null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> new WeChatPayGateway(empty, java.time.Clock.systemUTC())).hasMessageContaining("shangmen.billing.wechat.app-id")
                .hasMessageContaining("shangmen.billing.wechat.api-v3-key");
        assertThat(fake.settings("http://x").toString()).doesNotContain(WeChatPayFake.API_V3_KEY).doesNotContain("PRIVATE KEY");
    }
}
