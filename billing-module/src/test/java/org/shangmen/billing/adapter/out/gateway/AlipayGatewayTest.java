package org.shangmen.billing.adapter.out.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alipay.api.internal.util.AlipaySignature;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.billing.application.port.out.PaymentGateway.State;

/** C4.2: the Alipay adapter through the official SDK against a local fake signing RSA2 with keys made for the test. */
class AlipayGatewayTest {

    static final String APP_ID = "2021000000000001";
    private final KeyPair merchant = rsa();
    private final KeyPair alipay = rsa();
    private WireMockServer server;
    private AlipayGateway gateway;

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        gateway = new AlipayGateway(new PaymentProperties.Alipay(APP_ID, base64(merchant.getPrivate().getEncoded()),
                base64(alipay.getPublic().getEncoded()), "https://shangmen.example/api/v1/public/payments/notify/alipay",
                "http://127.0.0.1:" + server.port() + "/gateway.do", Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** Alipay's answer: the response node and its RSA2 signature by Alipay's key. */
    private String answer(String method, String content) throws Exception {
        String sign = AlipaySignature.rsa256Sign(content, base64(alipay.getPrivate().getEncoded()), "UTF-8");
        return "{\"" + method.replace('.', '_') + "_response\":" + content + ",\"sign\":\"" + sign + "\"}";
    }

    private void stub(String method, String content) throws Exception {
        // The SDK sends the common parameters (method, app_id, sign, …) in the query and biz_content in the form body.
        server.stubFor(post(urlPathEqualTo("/gateway.do")).withQueryParam("method", equalTo(method))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=utf-8")
                        .withBody(answer(method, content))));
    }

    @Test
    @DisplayName("C4.2 an Alipay payment is a signed precreate of the order's amount in yuan and answers the QR code")
    void precreate() throws Exception {
        stub("alipay.trade.precreate", "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"P500\","
                + "\"qr_code\":\"https://qr.alipay.com/bax08431\"}");
        Map<String, String> params = gateway.prepare(new PaymentGateway.Prepare("P500", 12_805, "日常保洁", Instant.now().plus(
                Duration.ofMinutes(30)), Optional.empty())).clientParams();
        assertThat(params).containsEntry("qrCode", "https://qr.alipay.com/bax08431");
        server.verify(postRequestedFor(urlPathEqualTo("/gateway.do")).withQueryParam("sign_type", equalTo("RSA2"))
                .withQueryParam("app_id", equalTo(APP_ID)).withQueryParam("sign", matching(".+"))
                .withRequestBody(containing(URLEncoder.encode("\"total_amount\":\"128.05\"", StandardCharsets.UTF_8))));
    }

    @Test
    @DisplayName("C4.2 an answer not signed by Alipay's key is refused")
    void forgedAnswer() {
        String content = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"P501\",\"qr_code\":\"https://evil\"}";
        server.stubFor(post(urlPathEqualTo("/gateway.do")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"alipay_trade_precreate_response\":" + content + ",\"sign\":\"Zm9yZ2Vk\"}")));
        assertThatThrownBy(() -> gateway.prepare(new PaymentGateway.Prepare("P501", 100, "x", Instant.now().plusSeconds(600),
                Optional.empty()))).isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("C4.2 queries and refunds read Alipay's states and amounts exactly in fen")
    void queryAndRefund() throws Exception {
        stub("alipay.trade.query", "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"P502\",\"trade_no\":\"2026112522001\","
                + "\"trade_status\":\"TRADE_SUCCESS\",\"total_amount\":\"88.88\"}");
        PaymentGateway.ProviderPayment paid = gateway.query("P502");
        assertThat(paid.state()).isEqualTo(State.SUCCEEDED);
        assertThat(paid.amountFen()).isEqualTo(8_888);
        server.resetAll();
        stub("alipay.trade.query", "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\"}");
        assertThat(gateway.query("P503").state()).isEqualTo(State.PENDING);
        server.resetAll();
        stub("alipay.trade.refund", "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\"2026112522001\",\"out_trade_no\":\"P502\","
                + "\"fund_change\":\"Y\",\"refund_fee\":\"10.00\"}");
        assertThat(gateway.refund(new PaymentGateway.RefundCall("R502", "P502", 1_000, 8_888, "协商退款")).state())
                .isEqualTo(State.SUCCEEDED);
    }

    private String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private Map<String, String> notice(String appId, String amount, java.security.PrivateKey key) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("notify_time", "2026-11-25 10:00:01");
        params.put("notify_type", "trade_status_sync");
        params.put("notify_id", "ac05099524730693a8b330c5ecf72da9786");
        params.put("app_id", appId);
        params.put("charset", "UTF-8");
        params.put("version", "1.0");
        params.put("trade_no", "2026112522001");
        params.put("out_trade_no", "P504");
        params.put("trade_status", "TRADE_SUCCESS");
        params.put("total_amount", amount);
        params.put("subject", "日常保洁");
        params.put("gmt_payment", "2026-11-25 10:00:00");
        params.put("sign_type", "RSA2");
        params.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignCheckContentV1(params), base64(key.getEncoded()), "UTF-8"));
        return params;
    }

    @Test
    @DisplayName("C4.2 a notice signed by Alipay is read; forged, altered or foreign notices are refused")
    void notices() throws Exception {
        Map<String, String> genuine = notice(APP_ID, "88.88", alipay.getPrivate());
        assertThat(gateway.read(Map.of(), form(genuine))).get().isInstanceOfSatisfying(PaymentNotice.class, n -> {
            assertThat(n.payment().outTradeNo()).isEqualTo("P504");
            assertThat(n.payment().amountFen()).isEqualTo(8_888);
            assertThat(n.payment().state()).isEqualTo(State.SUCCEEDED);
        });
        assertThat(gateway.read(Map.of(), form(notice(APP_ID, "88.88", merchant.getPrivate())))).isEmpty();
        Map<String, String> altered = new LinkedHashMap<>(genuine);
        altered.put("total_amount", "0.01");
        assertThat(gateway.read(Map.of(), form(altered))).isEmpty();
        assertThat(gateway.read(Map.of(), form(notice("2021999999999999", "88.88", alipay.getPrivate())))).isEmpty();
        assertThat(gateway.read(Map.of(), "garbage=%zz")).isEmpty();
        assertThat(gateway.read(Map.of(), "")).isEmpty();
    }

    @Test
    @DisplayName("C4.2 fen and yuan convert exactly, without floating point")
    void amounts() {
        assertThat(AlipayGateway.yuan(1)).isEqualTo("0.01");
        assertThat(AlipayGateway.yuan(12_805)).isEqualTo("128.05");
        assertThat(AlipayGateway.fen("128.05")).isEqualTo(12_805);
        assertThat(AlipayGateway.fen("0.1")).isEqualTo(10);
        assertThatThrownBy(() -> AlipayGateway.fen("0.001")).isInstanceOf(ArithmeticException.class);
    }
}
