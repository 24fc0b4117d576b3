package org.shangmen.billing.adapter.out.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.application.port.out.NoticeReader.RefundNotice;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.billing.application.port.out.PaymentGateway.State;
import org.shangmen.kernel.Ids;

/**
 * C4.2: bank cards through UnionPay's online gateway (ACP 5.1.0) against a local fake of the gateway
 * that signs its answers with a key made for the test; UnionPay's key is the one configured key here.
 */
class UnionPayGatewayTest {

    static final String MER_ID = "777290058110048";
    static final String CERT_ID = "69629715588";
    static final String BACK_URL = "https://shangmen.example/api/v1/public/payments/notify/unionpay";
    static final String FRONT_URL = "https://shangmen.example/pay/card/done";
    /** 2026-11-25 10:00:00 in Beijing. */
    static final Instant OPENED = Instant.parse("2026-11-25T02:00:00Z");

    private final KeyPair merchant = rsa();
    private final KeyPair unionpay = rsa();
    private WireMockServer server;
    private UnionPayGateway gateway;

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** Our payment and refund numbers: a letter and the leading 31 hex digits of a UUID v7 made at that moment. */
    static String number(String prefix, Instant at) {
        return prefix + Ids.newId(Clock.fixed(at, ZoneOffset.UTC)).toString().replace("-", "").substring(0, 31);
    }

    private PaymentProperties.UnionPay settings(int port, Duration readTimeout) {
        return new PaymentProperties.UnionPay(MER_ID, pem("PRIVATE KEY", merchant.getPrivate().getEncoded()), CERT_ID, null, null,
                pem("PUBLIC KEY", unionpay.getPublic().getEncoded()), null, null, null, FRONT_URL, BACK_URL, null,
                "http://127.0.0.1:" + port, Duration.ofSeconds(1), readTimeout);
    }

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        gateway = new UnionPayGateway(settings(server.port(), Duration.ofMillis(800)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    // ---------------------------------------------------------------- the ACP 5.1.0 signature, written out independently

    static String signature(Map<String, String> fields, PrivateKey key) {
        try {
            String text = new TreeMap<>(fields).entrySet().stream().filter(e -> !e.getKey().equals("signature"))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(hex.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verifies(Map<String, String> fields, PublicKey key) {
        try {
            String text = new TreeMap<>(fields).entrySet().stream().filter(e -> !e.getKey().equals("signature"))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(hex.getBytes(StandardCharsets.UTF_8));
            return rsa.verify(Base64.getDecoder().decode(fields.get("signature")));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static Map<String, String> signedBy(PrivateKey key, Map<String, String> fields) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("signature", signature(fields, key));
        return signed;
    }

    /** A message as UnionPay sends it: version 5.1.0, signMethod 01, our merchant. */
    static Map<String, String> message(String orderId, String txnType, String... more) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "5.1.0");
        fields.put("encoding", "UTF-8");
        fields.put("signMethod", "01");
        fields.put("certId", "69042905377");
        fields.put("accessType", "0");
        fields.put("merId", MER_ID);
        fields.put("orderId", orderId);
        fields.put("txnType", txnType);
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields;
    }

    /** The gateway's synchronous answer: raw {@code k=v&k=v}. */
    static String answer(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static Map<String, String> parse(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private void answers(String path, String orderId, Map<String, String> fields) {
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(containing("orderId=" + orderId))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain;charset=UTF-8").withBody(answer(fields))));
    }

    private List<Map<String, String>> sent(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path))).stream().map(r -> parse(r.getBodyAsString())).toList();
    }

    // ---------------------------------------------------------------- paying

    @Test
    @DisplayName("C4.2 a card payment is a front consume form of the order's amount in fen, signed by the merchant (ACP 5.1.0, signMethod 01)")
    void frontConsumeForm() {
        String outTradeNo = number("P", OPENED);
        Instant expires = OPENED.plus(Duration.ofMinutes(30));
        Map<String, String> params = gateway.prepare(new PaymentGateway.Prepare(outTradeNo, 12_805, "日常保洁", expires, Optional.empty()))
                .clientParams();

        assertThat(params).containsEntry("formAction", "http://127.0.0.1:" + server.port() + "/gateway/api/frontTransReq.do")
                .containsEntry("version", "5.1.0").containsEntry("encoding", "UTF-8").containsEntry("signMethod", "01")
                .containsEntry("txnType", "01").containsEntry("txnSubType", "01").containsEntry("bizType", "000201")
                .containsEntry("channelType", "08").containsEntry("accessType", "0").containsEntry("currencyCode", "156")
                .containsEntry("merId", MER_ID).containsEntry("certId", CERT_ID).containsEntry("orderId", outTradeNo)
                .containsEntry("txnAmt", "12805").containsEntry("txnTime", "20261125100000")
                .containsEntry("payTimeout", "20261125103000").containsEntry("frontUrl", FRONT_URL).containsEntry("backUrl", BACK_URL);
        Map<String, String> form = new LinkedHashMap<>(params);
        form.remove("formAction");
        assertThat(verifies(form, merchant.getPublic())).isTrue();
        assertThat(verifies(form, unionpay.getPublic())).isFalse();
        form.put("txnAmt", "1");
        assertThat(verifies(form, merchant.getPublic())).isFalse();
        // The form goes from the customer's browser to UnionPay; the platform itself calls nobody.
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    // ---------------------------------------------------------------- notices

    private Map<String, String> consumeNotice(String outTradeNo, String amount) {
        return message(outTradeNo, "01", "txnSubType", "01", "bizType", "000201", "channelType", "08", "txnTime", "20261125100000",
                "txnAmt", amount, "currencyCode", "156", "queryId", "782611251000001234561", "respCode", "00", "respMsg", "成功[0000000]",
                "settleAmt", amount, "settleCurrencyCode", "156", "settleDate", "1125", "traceNo", "123456", "traceTime", "1125100012",
                "accNo", "6216***********0018", "payType", "0001", "signPubKeyCert", "-----BEGIN CERTIFICATE-----\r\nMIIE\r\n-----END CERTIFICATE-----");
    }

    @Test
    @DisplayName("C4.2 UnionPay's signed back notice is read with its amount in fen, queryId and time; forged, altered or foreign notices are refused")
    void backNotices() {
        String outTradeNo = number("P", OPENED);
        Map<String, String> genuine = signedBy(unionpay.getPrivate(), consumeNotice(outTradeNo, "12805"));
        assertThat(gateway.read(Map.of(), form(genuine))).get().isInstanceOfSatisfying(PaymentNotice.class, n -> {
            assertThat(n.payment().outTradeNo()).isEqualTo(outTradeNo);
            assertThat(n.payment().state()).isEqualTo(State.SUCCEEDED);
            assertThat(n.payment().amountFen()).isEqualTo(12_805);
            assertThat(n.payment().transactionId()).contains("782611251000001234561");
            assertThat(n.payment().paidAt()).contains(Instant.parse("2026-11-25T02:00:12Z"));
        });

        // Signed with another key (the merchant's own), altered after signing, unsigned, for another merchant, garbled.
        assertThat(gateway.read(Map.of(), form(signedBy(merchant.getPrivate(), consumeNotice(outTradeNo, "12805"))))).isEmpty();
        Map<String, String> altered = new LinkedHashMap<>(genuine);
        altered.put("txnAmt", "1");
        assertThat(gateway.read(Map.of(), form(altered))).isEmpty();
        Map<String, String> unsigned = new LinkedHashMap<>(genuine);
        unsigned.remove("signature");
        assertThat(gateway.read(Map.of(), form(unsigned))).isEmpty();
        Map<String, String> foreign = consumeNotice(outTradeNo, "12805");
        foreign.put("merId", "898000000000001");
        assertThat(gateway.read(Map.of(), form(signedBy(unionpay.getPrivate(), foreign)))).isEmpty();
        Map<String, String> oldVersion = consumeNotice(outTradeNo, "12805");
        oldVersion.put("version", "5.0.0");
        assertThat(gateway.read(Map.of(), form(signedBy(unionpay.getPrivate(), oldVersion)))).isEmpty();
        assertThat(gateway.read(Map.of(), form(genuine) + "&txnAmt=1")).isEmpty();
        assertThat(gateway.read(Map.of(), "garbage=%zz")).isEmpty();
        assertThat(gateway.read(Map.of(), "")).isEmpty();

        // A refund's notice reports the refund under its own number.
        String outRefundNo = number("R", OPENED.plusSeconds(3600));
        Map<String, String> refunded = signedBy(unionpay.getPrivate(), message(outRefundNo, "04", "txnSubType", "00", "bizType", "000201",
                "txnTime", "20261125110000", "txnAmt", "1000", "queryId", "782611251100009876541", "origQryId", "782611251000001234561",
                "respCode", "00", "respMsg", "success"));
        assertThat(gateway.read(Map.of(), form(refunded))).get().isInstanceOfSatisfying(RefundNotice.class, n -> {
            assertThat(n.refund().outRefundNo()).isEqualTo(outRefundNo);
            assertThat(n.refund().state()).isEqualTo(State.SUCCEEDED);
            assertThat(n.refund().refundId()).contains("782611251100009876541");
        });
    }

    // ---------------------------------------------------------------- queries

    private Map<String, String> queried(String orderId, String respCode, String origRespCode, String amount) {
        Map<String, String> fields = message(orderId, "01", "txnSubType", "01", "bizType", "000201", "txnTime", "20261125100000",
                "respCode", respCode, "respMsg", "成功[0000000]");
        if (origRespCode != null) {
            fields.put("origRespCode", origRespCode);
            fields.put("origRespMsg", "msg");
            fields.put("txnAmt", amount);
            fields.put("queryId", "782611251000001234561");
            fields.put("traceTime", "1125100012");
        }
        return signedBy(unionpay.getPrivate(), fields);
    }

    @Test
    @DisplayName("C4.2 a payment query (txnType 00) reads origRespCode: 00 paid, 03/04/05 pending, others failed; unknown to UnionPay is pending")
    void queries() {
        String paid = number("P", OPENED);
        String underWay = number("P", OPENED.plusSeconds(1));
        String declined = number("P", OPENED.plusSeconds(2));
        String unknown = number("P", OPENED.plusSeconds(3));
        answers(UnionPayGateway.QUERY_PATH, paid, queried(paid, "00", "00", "8888"));
        answers(UnionPayGateway.QUERY_PATH, underWay, queried(underWay, "00", "05", "8888"));
        answers(UnionPayGateway.QUERY_PATH, declined, queried(declined, "00", "01", "8888"));
        answers(UnionPayGateway.QUERY_PATH, unknown, queried(unknown, "34", null, null));

        PaymentGateway.ProviderPayment succeeded = gateway.query(paid);
        assertThat(succeeded.state()).isEqualTo(State.SUCCEEDED);
        assertThat(succeeded.amountFen()).isEqualTo(8_888);
        assertThat(succeeded.transactionId()).contains("782611251000001234561");
        assertThat(gateway.query(underWay).state()).isEqualTo(State.PENDING);
        assertThat(gateway.query(declined).state()).isEqualTo(State.FAILED);
        assertThat(gateway.query(unknown).state()).isEqualTo(State.PENDING);

        Map<String, String> request = sent(UnionPayGateway.QUERY_PATH).getFirst();
        assertThat(request).containsEntry("txnType", "00").containsEntry("txnSubType", "00").containsEntry("bizType", "000000")
                .containsEntry("orderId", paid).containsEntry("txnTime", "20261125100000").containsEntry("merId", MER_ID)
                .containsEntry("certId", CERT_ID).containsEntry("version", "5.1.0").containsEntry("signMethod", "01");
        assertThat(verifies(request, merchant.getPublic())).isTrue();
    }

    @Test
    @DisplayName("C4.2 a query answer not signed by UnionPay, or naming another order, is an error, never a payment")
    void forgedAnswers() {
        String forged = number("P", OPENED);
        Map<String, String> fields = new LinkedHashMap<>(queried(forged, "00", "00", "8888"));
        fields.put("signature", signature(fields, merchant.getPrivate()));
        answers(UnionPayGateway.QUERY_PATH, forged, fields);
        assertThatThrownBy(() -> gateway.query(forged)).isInstanceOf(IllegalStateException.class);

        String asked = number("P", OPENED.plusSeconds(1));
        answers(UnionPayGateway.QUERY_PATH, asked, queried(number("P", OPENED.plusSeconds(2)), "00", "00", "8888"));
        assertThatThrownBy(() -> gateway.query(asked)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("C4.2 a 5xx or a timeout at UnionPay is retried and then an error, never paid")
    void serverErrorsAndTimeouts() {
        String outTradeNo = number("P", OPENED);
        server.stubFor(post(urlPathEqualTo(UnionPayGateway.QUERY_PATH)).willReturn(aResponse().withStatus(503).withBody("busy")));
        assertThatThrownBy(() -> gateway.query(outTradeNo)).isInstanceOf(org.shangmen.provider.ProviderFailure.class);
        assertThat(sent(UnionPayGateway.QUERY_PATH)).hasSize(3);

        // Each part with a gateway of its own, so that the circuit breaker opened by the failures above does not answer instead.
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(UnionPayGateway.QUERY_PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(1_500)
                .withBody(answer(queried(outTradeNo, "00", "00", "8888")))));
        UnionPayGateway slow = new UnionPayGateway(settings(server.port(), Duration.ofMillis(300)), Clock.systemUTC());
        assertThatThrownBy(() -> slow.query(outTradeNo)).isInstanceOf(org.shangmen.provider.ProviderFailure.class)
                .hasCauseInstanceOf(java.net.http.HttpTimeoutException.class);

        // A refund whose call fails is never refunded: the error reaches the caller, who keeps it pending.
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(UnionPayGateway.QUERY_PATH)).willReturn(aResponse().withStatus(502)));
        UnionPayGateway failing = new UnionPayGateway(settings(server.port(), Duration.ofMillis(800)), Clock.systemUTC());
        assertThatThrownBy(() -> failing.refund(new PaymentGateway.RefundCall(number("R", OPENED), outTradeNo, 100, 8_888, "x")))
                .isInstanceOf(org.shangmen.provider.ProviderFailure.class);
        assertThat(sent(UnionPayGateway.BACK_PATH)).isEmpty();
    }

    // ---------------------------------------------------------------- refunds

    @Test
    @DisplayName("C4.2 a refund is a signed back request (txnType 04) naming the payment's queryId; its state comes from the refund query")
    void refundAndRefundQuery() {
        String outTradeNo = number("P", OPENED);
        String outRefundNo = number("R", OPENED.plus(Duration.ofHours(2)));
        answers(UnionPayGateway.QUERY_PATH, outTradeNo, queried(outTradeNo, "00", "00", "8888"));
        answers(UnionPayGateway.QUERY_PATH, outRefundNo, queried(outRefundNo, "34", null, null));
        answers(UnionPayGateway.BACK_PATH, outRefundNo, signedBy(unionpay.getPrivate(), message(outRefundNo, "04", "txnSubType", "00",
                "bizType", "000201", "txnTime", "20261125120000", "txnAmt", "1000", "queryId", "782611251200009876541",
                "respCode", "00", "respMsg", "成功[0000000]")));

        PaymentGateway.ProviderRefund accepted = gateway.refund(new PaymentGateway.RefundCall(outRefundNo, outTradeNo, 1_000, 8_888, "协商退款"));
        assertThat(accepted.state()).isEqualTo(State.PENDING);
        Map<String, String> request = sent(UnionPayGateway.BACK_PATH).getFirst();
        assertThat(request).containsEntry("txnType", "04").containsEntry("txnSubType", "00").containsEntry("bizType", "000201")
                .containsEntry("orderId", outRefundNo).containsEntry("txnTime", "20261125120000").containsEntry("txnAmt", "1000")
                .containsEntry("origQryId", "782611251000001234561").containsEntry("backUrl", BACK_URL).containsEntry("merId", MER_ID)
                .containsEntry("currencyCode", "156");
        assertThat(verifies(request, merchant.getPublic())).isTrue();

        // UnionPay now knows the refund: the query says refunded, and sending it again asks instead of refunding twice.
        server.resetAll();
        Map<String, String> done = message(outRefundNo, "04", "txnSubType", "00", "bizType", "000201", "txnTime", "20261125120000",
                "respCode", "00", "origRespCode", "00", "txnAmt", "1000", "queryId", "782611251200009876541");
        answers(UnionPayGateway.QUERY_PATH, outRefundNo, signedBy(unionpay.getPrivate(), done));
        PaymentGateway.ProviderRefund refunded = gateway.queryRefund(outRefundNo, outTradeNo);
        assertThat(refunded.state()).isEqualTo(State.SUCCEEDED);
        assertThat(refunded.refundId()).contains("782611251200009876541");
        assertThat(gateway.refund(new PaymentGateway.RefundCall(outRefundNo, outTradeNo, 1_000, 8_888, "协商退款")).state())
                .isEqualTo(State.SUCCEEDED);
        assertThat(sent(UnionPayGateway.BACK_PATH)).isEmpty();

        // A refund UnionPay refuses outright fails.
        server.resetAll();
        String tooMuch = number("R", OPENED.plus(Duration.ofHours(3)));
        answers(UnionPayGateway.QUERY_PATH, outTradeNo, queried(outTradeNo, "00", "00", "8888"));
        answers(UnionPayGateway.QUERY_PATH, tooMuch, queried(tooMuch, "34", null, null));
        answers(UnionPayGateway.BACK_PATH, tooMuch, signedBy(unionpay.getPrivate(), message(tooMuch, "04", "respCode", "01",
                "respMsg", "交易失败")));
        assertThat(gateway.refund(new PaymentGateway.RefundCall(tooMuch, outTradeNo, 9_000, 8_888, "x")).state()).isEqualTo(State.FAILED);
    }

    // ---------------------------------------------------------------- details

    @Test
    @DisplayName("C4.2 txnTime is the moment our number was made, in Beijing; trace times cross New Year; answers keep & inside braces")
    void timesAndFormats() {
        assertThat(UnionPayGateway.txnTime(number("P", Instant.parse("2026-12-31T16:30:00Z")))).isEqualTo("20270101003000");
        assertThatThrownBy(() -> UnionPayGateway.txnTime("P500")).isInstanceOf(IllegalArgumentException.class);
        assertThat(UnionPayGateway.tracedAt("20261231235959", "0101000005")).contains(Instant.parse("2026-12-31T16:00:05Z"));
        assertThat(UnionPayGateway.tracedAt("20261125100000", null)).isEmpty();
        assertThat(AcpMessages.parseAnswer("a=1&reserved={x=1&y=2}&signature=ab+c/d==")).containsEntry("a", "1")
                .containsEntry("reserved", "{x=1&y=2}").containsEntry("signature", "ab+c/d==");
        assertThatThrownBy(() -> UnionPayGateway.fen("12.05")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    @DisplayName("C4.2 UnionPay chosen without its settings stops the start-up naming them; secrets are not printed")
    void missingSettings() {
        PaymentProperties.UnionPay empty = new PaymentProperties.UnionPay(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertThatThrownBy(() -> new UnionPayGateway(empty, Clock.systemUTC())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shangmen.billing.unionpay.merchant-id").hasMessageContaining("shangmen.billing.unionpay.private-key")
                .hasMessageContaining("shangmen.billing.unionpay.root-cert").hasMessageContaining("shangmen.billing.unionpay.back-url");
        PaymentProperties.UnionPay configured = settings(1, Duration.ofSeconds(1));
        assertThat(configured.toString()).doesNotContain("PRIVATE KEY").contains("privateKey=******");
    }
}
