package org.shangmen.billing;

import org.shangmen.ShangmenApplication;
import org.shangmen.app.support.TestClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import static org.shangmen.billing.TestKeys.pem;
import static org.shangmen.billing.TestKeys.rsa;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.JourneyConfiguration;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * C4.2 with WeChat Pay itself in place of the sandbox: the platform talks to a local fake of WeChat Pay
 * (keys made for this test), and WeChat Pay's signed, encrypted notice reaches the public notice
 * endpoint 100 times at once over real HTTP and the real database: one payment, one paid order.
 */
@SpringBootTest(classes = ShangmenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import({TestClockConfiguration.class, JourneyConfiguration.class})
class WeChatPayNoticeJourneyTest {

    static final String APP_ID = "wx8888888888888888";
    static final String MCH_ID = "1900000109";
    static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000000001";
    static final String API_V3_KEY = "b8cde1ef41597f3d1e8b7a0c5d9e2f47";
    static final KeyPair MERCHANT = rsa();
    static final KeyPair WECHAT = rsa();
    static final WireMockServer WECHAT_PAY = new WireMockServer(wireMockConfig().dynamicPort().extensions(new Signer()));

    static {
        WECHAT_PAY.start();
        WECHAT_PAY.stubFor(post(urlEqualTo("/v3/pay/transactions/jsapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"prepay_id\":\"wx2611000000000000000000000000\"}")
                .withTransformers("wechat-signer")));
    }

    /** Signs each answer at the moment it is sent, as WeChat Pay does. */
    static final class Signer implements ResponseTransformerV2 {
        @Override
        public Response transform(Response response, ServeEvent event) {
            String body = response.getBodyAsString();
            List<HttpHeader> headers = new ArrayList<>(response.getHeaders().all());
            signedHeaders(body).forEach((k, v) -> headers.add(new HttpHeader(k, v)));
            return Response.Builder.like(response).but().headers(new HttpHeaders(headers)).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "wechat-signer";
        }
    }

    @DynamicPropertySource
    static void wechatPay(DynamicPropertyRegistry registry) {
        registry.add("shangmen.billing.channels.wechat-pay", () -> "wechat");
        registry.add("shangmen.billing.wechat.app-id", () -> APP_ID);
        registry.add("shangmen.billing.wechat.merchant-id", () -> MCH_ID);
        registry.add("shangmen.billing.wechat.merchant-serial-number", () -> "5157F09EFDC096DE15EBE81A47057A7232F1B8E1");
        registry.add("shangmen.billing.wechat.private-key", () -> pem("PRIVATE KEY", MERCHANT.getPrivate().getEncoded()));
        registry.add("shangmen.billing.wechat.api-v3-key", () -> API_V3_KEY);
        registry.add("shangmen.billing.wechat.public-key-id", () -> PUBLIC_KEY_ID);
        registry.add("shangmen.billing.wechat.public-key", () -> pem("PUBLIC KEY", WECHAT.getPublic().getEncoded()));
        registry.add("shangmen.billing.wechat.notify-url", () -> "https://shangmen.example/api/v1/public/payments/notify/wechat");
        registry.add("shangmen.billing.wechat.base-url", () -> "http://127.0.0.1:" + WECHAT_PAY.port());
    }

    @AfterAll
    static void stop() {
        WECHAT_PAY.stop();
    }

    @Autowired
    MutableClock clock;
    @Autowired
    OrderPayments orders;
    @Autowired
    BillingAdministration billing;
    @Autowired
    org.shangmen.billing.api.FinanceReports reports;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    BillingJourneys steps;

    @Test
    @DisplayName("C4.2 WeChat Pay charges the openid identity knows from the customer's WeChat sign-in; another openid is refused, "
            + "and a customer without one is told to sign in with WeChat")
    void payerFromIdentity() {
        String ops = journeys.operatorToken("ops");
        Certified worker = steps.worker("龚雪梅", ops);
        Http.Reply signedIn = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", "dev-" + UUID.randomUUID()))).send();
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        Party weChatCustomer = new Party(null, signedIn.json().path("accessToken").asString());
        UUID orderId = steps.accepted(weChatCustomer, worker, BillingJourneys.tomorrowAt(clock.instant(), 9));

        Http.Reply other = http.post("/api/v1/customer/orders/" + orderId + "/payments", Http.json(Map.of("channel", "WECHAT_PAY",
                "payerOpenId", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"))).bearer(weChatCustomer.token())
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.json().path("code").asString()).isEqualTo("billing.open-id-mismatch");
        Http.Reply opened = http.post("/api/v1/customer/orders/" + orderId + "/payments", Http.json(Map.of("channel", "WECHAT_PAY")))
                .bearer(weChatCustomer.token()).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String sent = WECHAT_PAY.findAll(postRequestedFor(urlEqualTo("/v3/pay/transactions/jsapi"))).getLast().getBodyAsString();
        assertThat(sent).containsPattern("\"payer\":\\{\"openid\":\"dev-[0-9a-f]+\"");

        Party byPhone = steps.customer();
        UUID phoneOrder = steps.accepted(byPhone, worker, BillingJourneys.tomorrowAt(clock.instant(), 15));
        Http.Reply none = http.post("/api/v1/customer/orders/" + phoneOrder + "/payments", Http.json(Map.of("channel", "WECHAT_PAY")))
                .bearer(byPhone.token()).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(none.status()).as(none.body()).isEqualTo(400);
        assertThat(none.json().path("code").asString()).isEqualTo("billing.open-id-required");
    }

    @Test
    @DisplayName("C4.2 WeChat Pay's signed notice sent 100 times at once makes one payment and one paid order; a forged one changes nothing")
    void hundredSignedNotices() throws Exception {
        String ops = journeys.operatorToken("ops");
        Certified worker = steps.worker("甘美兰", ops);
        Party customer = steps.customer();
        UUID orderId = steps.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 14));
        long due = orders.payable(orderId).amountDueFen();

        Http.Reply opened = steps.pay(customer.token(), orderId, "WECHAT_PAY", UUID.randomUUID().toString());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var params = opened.json().path("clientParams");
        assertThat(params.path("appId").asString()).isEqualTo(APP_ID);
        assertThat(params.path("package").asString()).isEqualTo("prepay_id=wx2611000000000000000000000000");
        assertThat(params.path("signType").asString()).isEqualTo("RSA");
        assertThat(verify(params.path("appId").asString() + "\n" + params.path("timeStamp").asString() + "\n"
                + params.path("nonceStr").asString() + "\n" + params.path("package").asString() + "\n", params.path("paySign").asString()))
                .isTrue();
        String sent = WECHAT_PAY.findAll(postRequestedFor(urlEqualTo("/v3/pay/transactions/jsapi"))).getLast().getBodyAsString();
        Matcher no = Pattern.compile("\"out_trade_no\":\"([^\"]+)\"").matcher(sent);
        assertThat(no.find()).isTrue();
        assertThat(sent).contains("\"total\":" + due);
        String outTradeNo = no.group(1);

        // A forged notice (signed with the merchant's key, not WeChat Pay's) is refused and changes nothing.
        String body = notice(outTradeNo, due);
        Map<String, String> forgedHeaders = signedHeaders(body, MERCHANT.getPrivate());
        Http.Request forged = http.post("/api/v1/public/payments/notify/wechat", body);
        forgedHeaders.forEach(forged::header);
        Http.Reply refused = forged.send();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("code").asString()).isEqualTo("FAIL");
        assertThat(orders.payable(orderId).paidFen()).isZero();

        Map<String, String> headers = signedHeaders(body);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            replies.add(pool.submit(() -> {
                go.await();
                Http.Request request = http.post("/api/v1/public/payments/notify/wechat", body);
                headers.forEach(request::header);
                return request.send();
            }));
        }
        go.countDown();
        for (Future<Http.Reply> reply : replies) {
            Http.Reply r = reply.get();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().path("code").asString()).isEqualTo("SUCCESS");
        }
        pool.shutdown();

        assertThat(orders.payable(orderId).paidFen()).isEqualTo(due);
        assertThat(steps.order(customer.token(), orderId).path("status").asString()).isEqualTo("PAID");
        assertThat(billing.orderPayments(orderId)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("SUCCEEDED");
            assertThat(p.amountFen()).isEqualTo(due);
        });
        BillingJourneys.ledgerBalanced(reports);
    }

    // ------------------------------------------------------------------ WeChat Pay's side

    private static Map<String, String> signedHeaders(String body) {
        return signedHeaders(body, WECHAT.getPrivate());
    }

    private static Map<String, String> signedHeaders(String body, PrivateKey key) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Serial", PUBLIC_KEY_ID);
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", sign(key, timestamp + "\n" + nonce + "\n" + body + "\n"));
        headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        return headers;
    }

    private static String sign(PrivateKey key, String message) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean verify(String message, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(MERCHANT.getPublic());
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String notice(String outTradeNo, long total) throws GeneralSecurityException {
        String resource = "{\"appid\":\"" + APP_ID + "\",\"mchid\":\"" + MCH_ID + "\",\"out_trade_no\":\"" + outTradeNo + "\","
                + "\"transaction_id\":\"4200002611202611250000000001\",\"trade_type\":\"JSAPI\",\"trade_state\":\"SUCCESS\","
                + "\"trade_state_desc\":\"支付成功\",\"bank_type\":\"OTHERS\",\"success_time\":\"2026-11-25T10:00:00+08:00\","
                + "\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},\"amount\":{\"total\":" + total + ",\"payer_total\":" + total
                + ",\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
        String nonce = HexFormat.of().formatHex(new byte[] {1, 2, 3, 4, 5, 6});
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        cipher.updateAAD("transaction".getBytes(StandardCharsets.UTF_8));
        String ciphertext = Base64.getEncoder().encodeToString(cipher.doFinal(resource.getBytes(StandardCharsets.UTF_8)));
        return "{\"id\":\"EV-" + outTradeNo + "\",\"create_time\":\"2026-11-25T10:00:00+08:00\",\"resource_type\":\"encrypt-resource\","
                + "\"event_type\":\"TRANSACTION.SUCCESS\",\"summary\":\"支付成功\",\"resource\":{\"original_type\":\"transaction\","
                + "\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"" + ciphertext + "\",\"associated_data\":\"transaction\","
                + "\"nonce\":\"" + nonce + "\"}}";
    }
}
