package org.shangmen.billing.adapter.out.gateway;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.exception.HttpException;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.jsapi.JsapiServiceExtension;
import com.wechat.pay.java.service.payments.jsapi.model.Amount;
import com.wechat.pay.java.service.payments.jsapi.model.Payer;
import com.wechat.pay.java.service.payments.jsapi.model.PrepayRequest;
import com.wechat.pay.java.service.payments.jsapi.model.PrepayWithRequestPaymentResponse;
import com.wechat.pay.java.service.payments.jsapi.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.refund.RefundService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.QueryByOutRefundNoRequest;
import com.wechat.pay.java.service.refund.model.Refund;
import com.wechat.pay.java.service.refund.model.RefundNotification;
import com.wechat.pay.java.service.refund.model.Status;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.shangmen.billing.application.port.out.NoticeReader;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProviderHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat Pay API v3 for the mini-program (JSAPI) through the official SDK ({@code wechatpay-java}) in its
 * WeChat Pay public key mode: requests are signed with the merchant's API key, answers and notices
 * verified with WeChat Pay's public key, a notice signed more than five minutes away refused, notice
 * resources decrypted with the APIv3 key (AES-256-GCM). A notice must also name our merchant and app.
 * Calls go through the provider's {@link ProviderGuard}; only network and 5xx failures are retried.
 */
class WeChatPayGateway implements PaymentGateway, NoticeReader {

    static final String PROVIDER = "wechat";
    /** The name under {@code shangmen.providers}. */
    static final String PROVIDER_NAME = "wechat-pay";
    private static final Logger LOG = LoggerFactory.getLogger(WeChatPayGateway.class);
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PaymentProperties.WeChat settings;
    private final JsapiServiceExtension jsapi;
    private final RefundService refunds;
    private final NotificationParser notices;
    private final ProviderGuard guard;
    private final Clock clock;

    WeChatPayGateway(PaymentProperties.WeChat settings, Clock clock) {
        this(settings, clock, ProviderGuards.standalone());
    }

    WeChatPayGateway(PaymentProperties.WeChat settings, Clock clock, ProviderGuards guards) {
        if (!settings.missing().isEmpty()) {
            throw new IllegalStateException("WeChat Pay is chosen but not configured; set " + String.join(", ", settings.missing()));
        }
        this.settings = settings;
        this.clock = clock;
        RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
                .merchantId(settings.merchantId())
                .privateKey(settings.privateKey())
                .merchantSerialNumber(settings.merchantSerialNumber())
                .publicKey(settings.publicKey())
                .publicKeyId(settings.publicKeyId())
                .apiV3Key(settings.apiV3Key())
                .build();
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (!PaymentProperties.WeChat.DEFAULT_BASE_URL.equals(settings.baseUrl())) {
            // A different API address (a regional host, or a local fake in tests): same paths, other host.
            URI base = URI.create(settings.baseUrl());
            http.addInterceptor(chain -> {
                HttpUrl url = chain.request().url().newBuilder().scheme(base.getScheme()).host(base.getHost())
                        .port(base.getPort() > 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80).build();
                return chain.proceed(chain.request().newBuilder().url(url).build());
            });
        }
        HttpClient client = new DefaultHttpClientBuilder().config(config).okHttpClient(http.build()).build();
        this.jsapi = new JsapiServiceExtension.Builder().config(config).httpClient(client).build();
        this.refunds = new RefundService.Builder().config(config).httpClient(client).build();
        this.notices = new NotificationParser(config);
        this.guard = guards.guard(PROVIDER_NAME, WeChatPayGateway.class, WeChatPayGateway::serverOrNetwork);
    }

    /** The SDK's network failures and WeChat Pay's 5xx answers; its 4xx answers are refusals, never repeated. */
    private static boolean serverOrNetwork(Throwable t) {
        if (t instanceof HttpException || ProviderHttp.isNetworkOrTimeout(t)) {
            return true;
        }
        return t instanceof ServiceException s && ProviderHttp.isServerError(s.getHttpStatusCode());
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Prepared prepare(Prepare request) {
        PrepayRequest prepay = new PrepayRequest();
        prepay.setAppid(settings.appId());
        prepay.setMchid(settings.merchantId());
        prepay.setDescription(request.description());
        prepay.setOutTradeNo(request.outTradeNo());
        prepay.setNotifyUrl(settings.notifyUrl());
        prepay.setTimeExpire(OffsetDateTime.ofInstant(request.expiresAt(), CHINA).format(RFC3339));
        Amount amount = new Amount();
        amount.setTotal(Math.toIntExact(request.amountFen()));
        amount.setCurrency("CNY");
        prepay.setAmount(amount);
        Payer payer = new Payer();
        payer.setOpenid(request.payerOpenId().orElseThrow(() -> new IllegalArgumentException("WeChat Pay needs the payer's openid")));
        prepay.setPayer(payer);
        PrepayWithRequestPaymentResponse signed = guard.call(() -> jsapi.prepayWithRequestPayment(prepay));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("appId", signed.getAppId());
        params.put("timeStamp", signed.getTimeStamp());
        params.put("nonceStr", signed.getNonceStr());
        params.put("package", signed.getPackageVal());
        params.put("signType", signed.getSignType());
        params.put("paySign", signed.getPaySign());
        return new Prepared(params);
    }

    @Override
    public ProviderPayment query(String outTradeNo) {
        QueryOrderByOutTradeNoRequest query = new QueryOrderByOutTradeNoRequest();
        query.setOutTradeNo(outTradeNo);
        query.setMchid(settings.merchantId());
        try {
            return payment(guard.call(() -> jsapi.queryOrderByOutTradeNo(query)));
        } catch (ServiceException e) {
            if (e.getHttpStatusCode() == 404) {
                return new ProviderPayment(outTradeNo, State.PENDING, Optional.empty(), 0, Optional.empty());
            }
            throw e;
        }
    }

    private ProviderPayment payment(Transaction t) {
        State state = switch (t.getTradeState()) {
            case SUCCESS, REFUND -> State.SUCCEEDED;
            case CLOSED, REVOKED, PAYERROR -> State.FAILED;
            default -> State.PENDING;
        };
        long total = t.getAmount() == null || t.getAmount().getTotal() == null ? 0 : t.getAmount().getTotal();
        Optional<Instant> paidAt = Optional.ofNullable(t.getSuccessTime()).map(s -> OffsetDateTime.parse(s).toInstant());
        return new ProviderPayment(t.getOutTradeNo(), state, Optional.ofNullable(t.getTransactionId()), total, paidAt);
    }

    @Override
    public ProviderRefund refund(RefundCall call) {
        CreateRequest create = new CreateRequest();
        create.setOutTradeNo(call.outTradeNo());
        create.setOutRefundNo(call.outRefundNo());
        create.setReason(call.reason());
        create.setNotifyUrl(settings.notifyUrl());
        AmountReq amount = new AmountReq();
        amount.setRefund(call.refundFen());
        amount.setTotal(call.totalFen());
        amount.setCurrency("CNY");
        create.setAmount(amount);
        return refund(guard.call(() -> refunds.create(create)));
    }

    @Override
    public ProviderRefund queryRefund(String outRefundNo, String outTradeNo) {
        QueryByOutRefundNoRequest query = new QueryByOutRefundNoRequest();
        query.setOutRefundNo(outRefundNo);
        return refund(guard.call(() -> refunds.queryByOutRefundNo(query)));
    }

    private static ProviderRefund refund(Refund r) {
        return new ProviderRefund(r.getOutRefundNo(), refundState(r.getStatus()), Optional.ofNullable(r.getRefundId()));
    }

    private static State refundState(Status status) {
        if (status == null) {
            return State.PENDING;
        }
        return switch (status) {
            case SUCCESS -> State.SUCCEEDED;
            case CLOSED, ABNORMAL -> State.FAILED;
            default -> State.PENDING;
        };
    }

    /** A notice signed more than five minutes from now (either way) is a replay or a forgery. */
    private static final java.time.Duration NOTICE_WINDOW = java.time.Duration.ofMinutes(5);

    @Override
    public Optional<VerifiedNotice> read(Map<String, String> headers, String rawBody) {
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(headers.getOrDefault("wechatpay-timestamp", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (java.time.Duration.between(signedAt, clock.instant()).abs().compareTo(NOTICE_WINDOW) > 0) {
            LOG.warn("security: WeChat Pay notice refused: signed outside the five-minute window");
            return Optional.empty();
        }
        RequestParam param = new RequestParam.Builder()
                .serialNumber(headers.get("wechatpay-serial"))
                .nonce(headers.get("wechatpay-nonce"))
                .signature(headers.get("wechatpay-signature"))
                .timestamp(headers.get("wechatpay-timestamp"))
                .signType(headers.getOrDefault("wechatpay-signature-type", "WECHATPAY2-SHA256-RSA2048"))
                .body(rawBody)
                .build();
        String eventType;
        try {
            JsonNode envelope = JSON.readTree(rawBody);
            eventType = envelope.path("event_type").asString("");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        try {
            if (eventType.startsWith("REFUND.")) {
                RefundNotification r = notices.parse(param, RefundNotification.class);
                return Optional.of(new RefundNotice(new ProviderRefund(r.getOutRefundNo(), refundState(r.getRefundStatus()),
                        Optional.ofNullable(r.getRefundId()))));
            }
            Transaction t = notices.parse(param, Transaction.class);
            if (!settings.merchantId().equals(t.getMchid()) || !settings.appId().equals(t.getAppid())) {
                LOG.warn("security: WeChat Pay notice for another merchant or app refused");
                return Optional.empty();
            }
            return Optional.of(new PaymentNotice(payment(t)));
        } catch (RuntimeException e) {
            LOG.warn("security: WeChat Pay notice refused: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
