package org.shangmen.billing;

import org.shangmen.ShangmenApplication;
import org.shangmen.app.support.TestClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import static org.shangmen.billing.TestKeys.pem;
import static org.shangmen.billing.TestKeys.rsa;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
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
import tools.jackson.databind.JsonNode;

/**
 * C4.2 with UnionPay's online gateway in place of the sandbox for cards: the customer gets a signed
 * consume form for the browser, UnionPay's signed back notice reaches the public notice endpoint 20 times
 * at once over real HTTP and the real database (one payment, one paid order), and a refund goes to a
 * local fake of UnionPay (keys made for this test) and is settled by UnionPay's refund notice.
 */
@SpringBootTest(classes = ShangmenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import({TestClockConfiguration.class, JourneyConfiguration.class})
class UnionPayNoticeJourneyTest {

    static final String MER_ID = "777290058110048";
    static final String NOTICES = "/api/v1/public/payments/notify/unionpay";
    static final KeyPair MERCHANT = rsa();
    static final KeyPair UNIONPAY = rsa();
    /** What the fake knows: each transaction's fields by orderId. */
    static final Map<String, Map<String, String>> KNOWN = new ConcurrentHashMap<>();
    static final WireMockServer GATEWAY = new WireMockServer(wireMockConfig().dynamicPort().extensions(new FakeUnionPay()));

    static {
        GATEWAY.start();
        GATEWAY.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain;charset=UTF-8")
                .withTransformers("unionpay")));
    }

    /** Answers queries from what it knows (respCode 34 for the rest) and accepts refunds, signing each answer. */
    static final class FakeUnionPay implements ResponseTransformerV2 {
        @Override
        public Response transform(Response response, ServeEvent event) {
            Map<String, String> request = parse(event.getRequest().getBodyAsString());
            String orderId = request.get("orderId");
            Map<String, String> answer = message(orderId, request.get("txnType"));
            answer.put("txnTime", request.get("txnTime"));
            if (event.getRequest().getUrl().endsWith("/queryTrans.do")) {
                Map<String, String> known = KNOWN.get(orderId);
                if (known == null) {
                    answer.put("respCode", "34");
                } else {
                    answer.putAll(known);
                    answer.put("respCode", "00");
                }
            } else {
                answer.put("respCode", "00");
                answer.put("txnAmt", request.get("txnAmt"));
                answer.put("queryId", "7826" + orderId.substring(1, 17));
                KNOWN.put(orderId, Map.of("txnType", "04", "origRespCode", "05", "txnAmt", request.get("txnAmt")));
            }
            String body = signedBy(UNIONPAY.getPrivate(), answer).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&"));
            return Response.Builder.like(response).but().body(body).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "unionpay";
        }
    }

    @DynamicPropertySource
    static void unionpay(DynamicPropertyRegistry registry) {
        registry.add("shangmen.billing.channels.card", () -> "unionpay");
        registry.add("shangmen.billing.unionpay.merchant-id", () -> MER_ID);
        registry.add("shangmen.billing.unionpay.private-key", () -> pem("PRIVATE KEY", MERCHANT.getPrivate().getEncoded()));
        registry.add("shangmen.billing.unionpay.cert-id", () -> "69629715588");
        registry.add("shangmen.billing.unionpay.verify-cert", () -> pem("PUBLIC KEY", UNIONPAY.getPublic().getEncoded()));
        registry.add("shangmen.billing.unionpay.front-url", () -> "https://shangmen.example/pay/card/done");
        registry.add("shangmen.billing.unionpay.back-url", () -> "https://shangmen.example" + NOTICES);
        registry.add("shangmen.billing.unionpay.base-url", () -> "http://127.0.0.1:" + GATEWAY.port());
    }

    @AfterAll
    static void stop() {
        GATEWAY.stop();
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

    private Http.Reply notice(Map<String, String> fields) {
        return http.post(NOTICES, form(fields)).header("Content-Type", "application/x-www-form-urlencoded").send();
    }

    @Test
    @DisplayName("C4.2 a card payment through UnionPay: a signed form, one paid order from 20 identical signed notices, a forged one refused, a refund settled by UnionPay's notice")
    void cardPaymentAndRefund() throws Exception {
        String ops = journeys.operatorToken("ops");
        String finance = journeys.operatorToken("finance");
        Certified worker = steps.worker("柏青", ops);
        Party customer = steps.customer();
        UUID orderId = steps.accepted(customer, worker, BillingJourneys.tomorrowAt(clock.instant(), 15));
        long due = orders.payable(orderId).amountDueFen();

        Http.Reply opened = steps.pay(customer.token(), orderId, "CARD", UUID.randomUUID().toString());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode params = opened.json().path("clientParams");
        assertThat(params.path("formAction").asString()).isEqualTo("http://127.0.0.1:" + GATEWAY.port() + "/gateway/api/frontTransReq.do");
        assertThat(params.path("txnType").asString()).isEqualTo("01");
        assertThat(params.path("txnAmt").asString()).isEqualTo(Long.toString(due));
        assertThat(params.path("merId").asString()).isEqualTo(MER_ID);
        assertThat(params.path("backUrl").asString()).isEqualTo("https://shangmen.example" + NOTICES);
        Map<String, String> form = new TreeMap<>();
        params.properties().forEach(e -> form.put(e.getKey(), e.getValue().asString()));
        form.remove("formAction");
        assertThat(verifies(form, MERCHANT.getPublic())).isTrue();
        String outTradeNo = form.get("orderId");
        UUID paymentId = UUID.fromString(opened.json().path("paymentId").asString());

        // The customer paid at UnionPay; UnionPay posts its back notice.
        Map<String, String> consumed = message(outTradeNo, "01");
        consumed.putAll(Map.of("txnSubType", "01", "bizType", "000201", "txnTime", form.get("txnTime"), "txnAmt", Long.toString(due),
                "currencyCode", "156", "queryId", "782611251000001234561", "respCode", "00", "respMsg", "成功[0000000]",
                "traceTime", form.get("txnTime").substring(4)));
        KNOWN.put(outTradeNo, Map.of("origRespCode", "00", "txnAmt", Long.toString(due), "queryId", "782611251000001234561"));

        Http.Reply forged = notice(signedBy(MERCHANT.getPrivate(), consumed));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).isEqualTo("fail");
        assertThat(orders.payable(orderId).paidFen()).isZero();

        Map<String, String> genuine = signedBy(UNIONPAY.getPrivate(), consumed);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            replies.add(pool.submit(() -> {
                go.await();
                return notice(genuine);
            }));
        }
        go.countDown();
        for (Future<Http.Reply> reply : replies) {
            Http.Reply r = reply.get();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("ok");
        }
        pool.shutdown();
        assertThat(orders.payable(orderId).paidFen()).isEqualTo(due);
        assertThat(steps.order(customer.token(), orderId).path("status").asString()).isEqualTo("PAID");
        assertThat(billing.orderPayments(orderId)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("SUCCEEDED");
            assertThat(p.amountFen()).isEqualTo(due);
        });

        // A refund goes to UnionPay naming the payment's queryId, and waits for UnionPay's word.
        Http.Reply refund = http.post("/api/v1/admin/billing/payments/" + paymentId + "/refunds", Http.json(Map.of("amountFen", 1_000,
                "reason", "协商退款"))).bearer(finance).header("Idempotency-Key", "r-" + UUID.randomUUID()).send();
        assertThat(refund.status()).as(refund.body()).isEqualTo(201);
        assertThat(refund.json().path("status").asString()).isEqualTo("PENDING");
        Map<String, String> sent = parse(GATEWAY.findAll(postRequestedFor(urlPathEqualTo("/gateway/api/backTransReq.do"))).getLast()
                .getBodyAsString());
        assertThat(sent).containsEntry("txnType", "04").containsEntry("origQryId", "782611251000001234561")
                .containsEntry("txnAmt", "1000");
        assertThat(verifies(sent, MERCHANT.getPublic())).isTrue();

        Map<String, String> refunded = message(sent.get("orderId"), "04");
        refunded.putAll(Map.of("txnSubType", "00", "bizType", "000201", "txnTime", sent.get("txnTime"), "txnAmt", "1000",
                "queryId", "782611251100009876541", "origQryId", "782611251000001234561", "respCode", "00", "respMsg", "成功[0000000]"));
        Http.Reply settled = notice(signedBy(UNIONPAY.getPrivate(), refunded));
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(billing.orderPayments(orderId).getFirst().refunds()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("SUCCEEDED");
            assertThat(r.amountFen()).isEqualTo(1_000);
        });
        BillingJourneys.ledgerBalanced(reports);
    }

    // ------------------------------------------------------------------ UnionPay's side (ACP 5.1.0, signMethod 01)

    static Map<String, String> message(String orderId, String txnType) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "5.1.0");
        fields.put("encoding", "UTF-8");
        fields.put("signMethod", "01");
        fields.put("certId", "69042905377");
        fields.put("accessType", "0");
        fields.put("merId", MER_ID);
        fields.put("orderId", orderId);
        fields.put("txnType", txnType);
        return fields;
    }

    private static byte[] digestHex(Map<String, String> fields) throws GeneralSecurityException {
        String text = new TreeMap<>(fields).entrySet().stream().filter(e -> !e.getKey().equals("signature"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, String> signedBy(PrivateKey key, Map<String, String> fields) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(digestHex(fields));
            Map<String, String> signed = new LinkedHashMap<>(fields);
            signed.put("signature", Base64.getEncoder().encodeToString(rsa.sign()));
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verifies(Map<String, String> fields, PublicKey key) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(digestHex(fields));
            return rsa.verify(Base64.getDecoder().decode(fields.get("signature")));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static Map<String, String> parse(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
