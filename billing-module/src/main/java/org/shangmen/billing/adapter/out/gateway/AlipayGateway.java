package org.shangmen.billing.adapter.out.gateway;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.AlipayConfig;
import com.alipay.api.AlipayRequest;
import com.alipay.api.AlipayResponse;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayTradeFastpayRefundQueryRequest;
import com.alipay.api.request.AlipayTradePrecreateRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.response.AlipayTradeFastpayRefundQueryResponse;
import com.alipay.api.response.AlipayTradePrecreateResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
import com.alipay.api.response.AlipayTradeRefundResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shangmen.billing.application.port.out.NoticeReader;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.provider.ProviderFailure;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alipay through its official SDK ({@code alipay-sdk-java}) in public-key mode with RSA2 signatures:
 * a face-to-face precreate answers a QR code the client shows or opens, queries and refunds are signed
 * requests whose answers the SDK verifies with Alipay's public key, and an asynchronous notice (a form)
 * counts only when its RSA2 signature verifies and it names our app. Amounts travel as yuan strings with
 * exactly two decimals, converted to and from fen without floating point.
 */
class AlipayGateway implements PaymentGateway, NoticeReader {

    static final String PROVIDER = "alipay";
    private static final Logger LOG = LoggerFactory.getLogger(AlipayGateway.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PaymentProperties.Alipay settings;
    private final AlipayClient client;
    private final ProviderGuard guard;

    AlipayGateway(PaymentProperties.Alipay settings) {
        this(settings, ProviderGuards.standalone());
    }

    AlipayGateway(PaymentProperties.Alipay settings, ProviderGuards guards) {
        if (!settings.missing().isEmpty()) {
            throw new IllegalStateException("Alipay is chosen but not configured; set " + String.join(", ", settings.missing()));
        }
        this.settings = settings;
        AlipayConfig config = new AlipayConfig();
        config.setServerUrl(settings.gatewayUrl());
        config.setAppId(settings.appId());
        config.setPrivateKey(strip(settings.privateKey()));
        config.setAlipayPublicKey(strip(settings.alipayPublicKey()));
        config.setFormat("json");
        config.setCharset("UTF-8");
        config.setSignType("RSA2");
        config.setConnectTimeout((int) settings.connectTimeout().toMillis());
        config.setReadTimeout((int) settings.readTimeout().toMillis());
        try {
            this.client = new DefaultAlipayClient(config);
        } catch (AlipayApiException e) {
            throw new IllegalStateException("Alipay client could not be made: " + e.getErrCode(), e);
        }
        this.guard = guards.guard(PROVIDER, AlipayGateway.class);
    }

    /** Keys may be given as PEM; the SDK wants the bare base64. */
    static String strip(String key) {
        return key.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private <T extends AlipayResponse> T execute(AlipayRequest<T> request) {
        return guard.call(() -> {
            try {
                T response = client.execute(request);
                if ("20000".equals(response.getCode()) || "ACQ.SYSTEM_ERROR".equals(response.getSubCode())) {
                    throw ProviderFailure.retryable("Alipay busy: " + response.getSubCode());
                }
                return response;
            } catch (AlipayApiException e) {
                // The SDK reports network failures and unreadable answers as exceptions; Alipay's own refusals are answers.
                throw ProviderFailure.retryable("Alipay call failed: " + e.getErrCode(), e);
            }
        });
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    static long fen(String yuan) {
        return yuan == null || yuan.isBlank() ? 0 : new BigDecimal(yuan.strip()).movePointRight(2).longValueExact();
    }

    private static String json(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(k).append("\":\"").append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        });
        return out.append('}').toString();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Prepared prepare(Prepare request) {
        Map<String, String> biz = new LinkedHashMap<>();
        biz.put("out_trade_no", request.outTradeNo());
        biz.put("total_amount", yuan(request.amountFen()));
        biz.put("subject", request.description());
        biz.put("time_expire", LocalDateTime.ofInstant(request.expiresAt(), CHINA).format(TIME));
        AlipayTradePrecreateRequest precreate = new AlipayTradePrecreateRequest();
        precreate.setNotifyUrl(settings.notifyUrl());
        precreate.setBizContent(json(biz));
        AlipayTradePrecreateResponse answer = execute(precreate);
        if (!answer.isSuccess() || answer.getQrCode() == null) {
            throw new IllegalStateException("Alipay refused the payment: " + answer.getSubCode());
        }
        return new Prepared(Map.of("qrCode", answer.getQrCode()));
    }

    @Override
    public ProviderPayment query(String outTradeNo) {
        AlipayTradeQueryRequest query = new AlipayTradeQueryRequest();
        query.setBizContent(json(Map.of("out_trade_no", outTradeNo)));
        AlipayTradeQueryResponse answer = execute(query);
        if (!answer.isSuccess()) {
            // ACQ.TRADE_NOT_EXIST: the customer has not scanned yet.
            return new ProviderPayment(outTradeNo, State.PENDING, Optional.empty(), 0, Optional.empty());
        }
        return payment(outTradeNo, answer.getTradeStatus(), answer.getTradeNo(), answer.getTotalAmount(),
                Optional.ofNullable(answer.getSendPayDate()).map(java.util.Date::toInstant));
    }

    private static ProviderPayment payment(String outTradeNo, String status, String tradeNo, String total, Optional<Instant> paidAt) {
        State state = switch (status == null ? "" : status) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> State.SUCCEEDED;
            case "TRADE_CLOSED" -> State.FAILED;
            default -> State.PENDING;
        };
        return new ProviderPayment(outTradeNo, state, Optional.ofNullable(tradeNo), fen(total), paidAt);
    }

    @Override
    public ProviderRefund refund(RefundCall call) {
        Map<String, String> biz = new LinkedHashMap<>();
        biz.put("out_trade_no", call.outTradeNo());
        biz.put("refund_amount", yuan(call.refundFen()));
        biz.put("out_request_no", call.outRefundNo());
        biz.put("refund_reason", call.reason());
        AlipayTradeRefundRequest refund = new AlipayTradeRefundRequest();
        refund.setBizContent(json(biz));
        AlipayTradeRefundResponse answer = execute(refund);
        if (!answer.isSuccess()) {
            LOG.warn("Alipay refused refund {}: {}", call.outRefundNo(), answer.getSubCode());
            return new ProviderRefund(call.outRefundNo(), State.FAILED, Optional.empty());
        }
        return new ProviderRefund(call.outRefundNo(), "Y".equals(answer.getFundChange()) ? State.SUCCEEDED : State.PENDING,
                Optional.ofNullable(answer.getTradeNo()));
    }

    @Override
    public ProviderRefund queryRefund(String outRefundNo, String outTradeNo) {
        AlipayTradeFastpayRefundQueryRequest query = new AlipayTradeFastpayRefundQueryRequest();
        query.setBizContent(json(Map.of("out_trade_no", outTradeNo, "out_request_no", outRefundNo)));
        AlipayTradeFastpayRefundQueryResponse answer = execute(query);
        State state = answer.isSuccess() && "REFUND_SUCCESS".equals(answer.getRefundStatus()) ? State.SUCCEEDED : State.PENDING;
        return new ProviderRefund(outRefundNo, state, Optional.empty());
    }

    /** An Alipay notice is an application/x-www-form-urlencoded body; the signature covers every parameter but sign and sign_type. */
    @Override
    public Optional<VerifiedNotice> read(Map<String, String> headers, String rawBody) {
        Map<String, String> params;
        try {
            params = FormBodies.parseForm(rawBody);
            if (!params.containsKey("sign") || !AlipaySignature.rsaCheckV1(params, strip(settings.alipayPublicKey()), "UTF-8", "RSA2")) {
                LOG.warn("security: Alipay notice refused: signature does not verify");
                return Optional.empty();
            }
        } catch (AlipayApiException | IllegalArgumentException e) {
            LOG.warn("security: Alipay notice refused: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (!settings.appId().equals(params.get("app_id"))) {
            LOG.warn("security: Alipay notice for another app refused");
            return Optional.empty();
        }
        String outTradeNo = params.get("out_trade_no");
        if (outTradeNo == null) {
            return Optional.empty();
        }
        Optional<Instant> paidAt = Optional.ofNullable(params.get("gmt_payment"))
                .map(t -> LocalDateTime.parse(t, TIME).atZone(CHINA).toInstant());
        try {
            return Optional.of(new PaymentNotice(payment(outTradeNo, params.get("trade_status"), params.get("trade_no"),
                    params.get("total_amount"), paidAt)));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
