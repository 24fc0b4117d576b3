package org.shangmen.billing.adapter.out.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.shangmen.billing.application.port.out.NoticeReader;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.provider.ProviderFailure;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProviderHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bank cards through China UnionPay's online gateway (银联全渠道, ACP 5.1.0, gateway payment): a payment
 * is a front consume form signed by the merchant ({@code signMethod=01}) that the client posts to the
 * gateway from the customer's browser; UnionPay's back notice, its answers to queries (txnType 00) and
 * to refunds (txnType 04) count only when signed by UnionPay. UnionPay's key is either one configured
 * key, or the certificate each message carries ({@code signPubKeyCert}) once it chains to UnionPay's
 * configured root through its middle certificate and names UnionPay. Amounts are fen both ways.
 *
 * <p>UnionPay knows a transaction by {@code orderId} together with {@code txnTime}. The orderId is our
 * payment or refund number: a letter followed by the leading hex digits of a time-ordered UUID (v7),
 * whose first twelve give the moment it was made in Unix milliseconds; that moment in Beijing time is
 * the txnTime, so a query or a repeated refund names the same transaction without storing anything.
 */
class UnionPayGateway implements PaymentGateway, NoticeReader {

    static final String PROVIDER = "unionpay";
    static final String VERSION = "5.1.0";
    static final String FRONT_PATH = "/gateway/api/frontTransReq.do";
    static final String BACK_PATH = "/gateway/api/backTransReq.do";
    static final String QUERY_PATH = "/gateway/api/queryTrans.do";
    /** In clientParams, the address the form is posted to; every other entry is a form field. */
    static final String FORM_ACTION = "formAction";
    private static final Logger LOG = LoggerFactory.getLogger(UnionPayGateway.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Set<String> UNDER_WAY = Set.of("03", "04", "05");

    private final PaymentProperties.UnionPay settings;
    private final PrivateKey signingKey;
    private final String certId;
    private final Optional<PublicKey> trustedKey;
    private final Optional<TrustAnchor> root;
    private final Optional<X509Certificate> middle;
    private final HttpClient http;
    private final ProviderGuard guard;
    private final Clock clock;

    UnionPayGateway(PaymentProperties.UnionPay settings, Clock clock) {
        this(settings, clock, ProviderGuards.standalone());
    }

    UnionPayGateway(PaymentProperties.UnionPay settings, Clock clock, ProviderGuards guards) {
        if (!settings.missing().isEmpty()) {
            throw new IllegalStateException("UnionPay is chosen but not configured; set " + String.join(", ", settings.missing()));
        }
        this.settings = settings;
        this.clock = clock;
        if (settings.usesPkcs12()) {
            AcpMessages.SigningKey key = AcpMessages.fromPkcs12(Path.of(settings.signCertPath().strip()), settings.signCertPassword());
            this.signingKey = key.key();
            this.certId = key.certId();
        } else {
            this.signingKey = AcpMessages.privateKey(settings.privateKey());
            this.certId = settings.certId().strip();
        }
        if (settings.trustsOneKey()) {
            this.trustedKey = Optional.of(AcpMessages.publicKey(settings.verifyCert()));
            this.root = Optional.empty();
            this.middle = Optional.empty();
        } else {
            this.trustedKey = Optional.empty();
            this.root = Optional.of(new TrustAnchor(AcpMessages.certificate(settings.rootCert()), null));
            this.middle = Optional.of(AcpMessages.certificate(settings.middleCert()));
        }
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.guard = guards.guard(PROVIDER, UnionPayGateway.class);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    // ---------------------------------------------------------------- messages

    private Map<String, String> common(String txnType, String txnSubType, String bizType) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", VERSION);
        fields.put("encoding", "UTF-8");
        fields.put("signMethod", "01");
        fields.put("certId", certId);
        fields.put("txnType", txnType);
        fields.put("txnSubType", txnSubType);
        fields.put("bizType", bizType);
        fields.put("accessType", "0");
        fields.put("merId", settings.merchantId());
        return fields;
    }

    /** The moment our payment or refund number was made, in Beijing time: the transaction's txnTime. */
    static String txnTime(String outNo) {
        if (outNo == null || outNo.length() < 14 || outNo.charAt(13) != '7') {
            throw new IllegalArgumentException("not a time-ordered payment or refund number");
        }
        long millis = Long.parseLong(outNo.substring(1, 13), 16);
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), CHINA).format(TIME);
    }

    static String beijing(Instant instant) {
        return LocalDateTime.ofInstant(instant, CHINA).format(TIME);
    }

    @Override
    public Prepared prepare(Prepare request) {
        Map<String, String> fields = common("01", "01", "000201");
        fields.put("channelType", settings.channelType());
        fields.put("orderId", request.outTradeNo());
        fields.put("txnTime", txnTime(request.outTradeNo()));
        fields.put("txnAmt", Long.toString(request.amountFen()));
        fields.put("currencyCode", "156");
        fields.put("payTimeout", beijing(request.expiresAt()));
        fields.put("frontUrl", settings.frontUrl());
        fields.put("backUrl", settings.backUrl());
        Map<String, String> params = new LinkedHashMap<>(AcpMessages.sign(fields, signingKey));
        params.put(FORM_ACTION, settings.baseUrl() + FRONT_PATH);
        return new Prepared(params);
    }

    /** Posts a signed back request; answers UnionPay's verified answer or throws. */
    private Map<String, String> call(String path, Map<String, String> fields) {
        String body = FormBodies.form(AcpMessages.sign(fields, signingKey));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path)).timeout(settings.readTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return guard.call(() -> {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw ProviderFailure.retryable("UnionPay unreachable: " + e.getClass().getSimpleName(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ProviderFailure.retryable("interrupted", e);
            }
            if (ProviderHttp.isServerError(response.statusCode())) {
                // A network failure, a timeout, a 5xx or a busy gateway: repeated, and never taken as an answer.
                throw ProviderFailure.retryable("UnionPay answered HTTP " + response.statusCode());
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("UnionPay answered HTTP " + response.statusCode());
            }
            Map<String, String> answer = AcpMessages.parseAnswer(response.body());
            if (!verified(answer)) {
                throw new IllegalStateException("UnionPay's answer is not signed by UnionPay (respCode " + answer.get("respCode") + ")");
            }
            if (!settings.merchantId().equals(answer.get("merId")) || !fields.get("orderId").equals(answer.get("orderId"))) {
                throw new IllegalStateException("UnionPay's answer names another merchant or order");
            }
            String code = answer.getOrDefault("respCode", "");
            if ("06".equals(code) || "02".equals(code)) {
                throw ProviderFailure.retryable("UnionPay busy or closed: respCode " + code);
            }
            return answer;
        });
    }

    /** 00 succeeded (A6, UnionPay's "success with a defect", is a success too); 03/04/05 under way; anything else failed. */
    private static State outcome(String code) {
        if ("00".equals(code) || "A6".equals(code)) {
            return State.SUCCEEDED;
        }
        return UNDER_WAY.contains(code) ? State.PENDING : State.FAILED;
    }

    /** The single transaction query: empty when UnionPay does not know the transaction (respCode 34). */
    private Optional<Map<String, String>> find(String orderId) {
        Map<String, String> fields = common("00", "00", "000000");
        fields.put("orderId", orderId);
        fields.put("txnTime", txnTime(orderId));
        Map<String, String> answer = call(QUERY_PATH, fields);
        String code = answer.getOrDefault("respCode", "");
        if ("34".equals(code)) {
            return Optional.empty();
        }
        if (UNDER_WAY.contains(code)) {
            // The query itself is under way: the transaction's state is not known yet.
            Map<String, String> unknown = new LinkedHashMap<>(answer);
            unknown.put("origRespCode", code);
            return Optional.of(unknown);
        }
        if (!"00".equals(code)) {
            throw new IllegalStateException("UnionPay refused the query: respCode " + code);
        }
        return Optional.of(answer);
    }

    @Override
    public ProviderPayment query(String outTradeNo) {
        return find(outTradeNo).map(this::payment)
                // Not known yet: the customer has not submitted the form.
                .orElseGet(() -> new ProviderPayment(outTradeNo, State.PENDING, Optional.empty(), 0, Optional.empty()));
    }

    private ProviderPayment payment(Map<String, String> fields) {
        State state = outcome(fields.getOrDefault("origRespCode", fields.get("respCode")));
        return new ProviderPayment(fields.get("orderId"), state, Optional.ofNullable(fields.get("queryId")), fen(fields.get("txnAmt")),
                state == State.SUCCEEDED ? tracedAt(fields.get("txnTime"), fields.get("traceTime")) : Optional.empty());
    }

    static long fen(String txnAmt) {
        if (txnAmt == null || txnAmt.isBlank()) {
            return 0;
        }
        if (!txnAmt.strip().matches("[0-9]{1,12}")) {
            throw new NumberFormatException("txnAmt is not a number of fen");
        }
        return Long.parseLong(txnAmt.strip());
    }

    /** traceTime is MMddHHmmss in Beijing time; its year is the transaction's (or the next, across New Year). */
    static Optional<Instant> tracedAt(String txnTime, String traceTime) {
        if (txnTime == null || traceTime == null || txnTime.length() != 14 || traceTime.length() != 10) {
            return Optional.empty();
        }
        try {
            LocalDateTime opened = LocalDateTime.parse(txnTime, TIME);
            LocalDateTime traced = LocalDateTime.parse(opened.getYear() + traceTime, TIME);
            if (traced.isBefore(opened.minusDays(1))) {
                traced = traced.plusYears(1);
            }
            return Optional.of(traced.atZone(CHINA).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- refunds

    @Override
    public ProviderRefund refund(RefundCall call) {
        // The same refund number again is the same refund: ask UnionPay about it before sending it.
        Optional<Map<String, String>> earlier = find(call.outRefundNo());
        if (earlier.isPresent()) {
            return refund(call.outRefundNo(), earlier.get());
        }
        ProviderPayment paid = query(call.outTradeNo());
        if (paid.state() != State.SUCCEEDED || paid.transactionId().isEmpty()) {
            throw new IllegalStateException("UnionPay does not report payment " + call.outTradeNo() + " as paid; nothing to refund yet");
        }
        Map<String, String> fields = common("04", "00", "000201");
        fields.put("channelType", settings.channelType());
        fields.put("orderId", call.outRefundNo());
        fields.put("txnTime", txnTime(call.outRefundNo()));
        fields.put("txnAmt", Long.toString(call.refundFen()));
        fields.put("currencyCode", "156");
        fields.put("origQryId", paid.transactionId().get());
        fields.put("backUrl", settings.backUrl());
        Map<String, String> answer = call(BACK_PATH, fields);
        String code = answer.getOrDefault("respCode", "");
        // 00 means accepted: the refund is settled by UnionPay's notice or a later query. 12 (a repeated
        // order) means an earlier attempt got through.
        if ("00".equals(code) || "12".equals(code) || UNDER_WAY.contains(code)) {
            return new ProviderRefund(call.outRefundNo(), State.PENDING, Optional.ofNullable(answer.get("queryId")));
        }
        LOG.warn("UnionPay refused refund {}: respCode {}", call.outRefundNo(), code);
        return new ProviderRefund(call.outRefundNo(), State.FAILED, Optional.empty());
    }

    @Override
    public ProviderRefund queryRefund(String outRefundNo, String outTradeNo) {
        return find(outRefundNo).map(fields -> refund(outRefundNo, fields))
                .orElseGet(() -> new ProviderRefund(outRefundNo, State.PENDING, Optional.empty()));
    }

    private static ProviderRefund refund(String outRefundNo, Map<String, String> fields) {
        return new ProviderRefund(outRefundNo, outcome(fields.getOrDefault("origRespCode", fields.get("respCode"))),
                Optional.ofNullable(fields.get("queryId")));
    }

    // ---------------------------------------------------------------- verification and notices

    /** Whether UnionPay signed these fields: with the one trusted key, or with the certificate it carries once that chains to UnionPay. */
    boolean verified(Map<String, String> fields) {
        if (!VERSION.equals(fields.get("version")) || !"01".equals(fields.get("signMethod"))) {
            return false;
        }
        Optional<PublicKey> key = trustedKey.isPresent() ? trustedKey : carriedKey(fields.get("signPubKeyCert"));
        return key.isPresent() && AcpMessages.verify(fields, key.get());
    }

    private Optional<PublicKey> carriedKey(String pem) {
        if (pem == null || pem.isBlank()) {
            return Optional.empty();
        }
        try {
            X509Certificate signer = AcpMessages.certificate(pem);
            PKIXParameters parameters = new PKIXParameters(Set.of(root.orElseThrow()));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.instant()));
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(signer, middle.orElseThrow()));
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            if (!settings.signerName().equals(signerName(signer))) {
                LOG.warn("security: UnionPay message signed by a certificate of another name refused");
                return Optional.empty();
            }
            return Optional.of(signer.getPublicKey());
        } catch (java.security.GeneralSecurityException | IllegalArgumentException | InvalidNameException e) {
            LOG.warn("security: UnionPay message's certificate refused: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** UnionPay's signing certificates are named {@code CN=041@Z12@中国银联股份有限公司@00000062}: the third part. */
    static String signerName(X509Certificate certificate) throws InvalidNameException {
        LdapName name = new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
        for (Rdn rdn : name.getRdns()) {
            if ("CN".equalsIgnoreCase(rdn.getType())) {
                String[] parts = rdn.getValue().toString().split("@");
                return parts.length > 2 ? parts[2] : "";
            }
        }
        return "";
    }

    /**
     * UnionPay's back notice is a form (application/x-www-form-urlencoded) posted to the backUrl: a consume
     * (txnType 01) reports a payment, a refund (txnType 04) a refund. It counts only when UnionPay signed it
     * and it names our merchant.
     */
    @Override
    public Optional<VerifiedNotice> read(Map<String, String> headers, String rawBody) {
        Map<String, String> fields;
        try {
            fields = FormBodies.parseForm(rawBody == null ? "" : rawBody);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!verified(fields)) {
            LOG.warn("security: UnionPay notice refused: signature does not verify");
            return Optional.empty();
        }
        if (!settings.merchantId().equals(fields.get("merId"))) {
            LOG.warn("security: UnionPay notice for another merchant refused");
            return Optional.empty();
        }
        String orderId = fields.get("orderId");
        if (orderId == null || orderId.isBlank()) {
            return Optional.empty();
        }
        try {
            return switch (fields.getOrDefault("txnType", "")) {
                case "01" -> Optional.of(new PaymentNotice(payment(fields)));
                case "04" -> Optional.of(new RefundNotice(refund(orderId, fields)));
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
