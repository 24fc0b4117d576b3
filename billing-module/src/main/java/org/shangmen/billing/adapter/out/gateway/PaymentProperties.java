package org.shangmen.billing.adapter.out.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.shangmen.billing.domain.PaymentChannel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shangmen.billing.*}: the provider of each channel and the merchant credentials at WeChat Pay,
 * Alipay and UnionPay. Secrets are never printed.
 */
@ConfigurationProperties(prefix = "shangmen.billing")
record PaymentProperties(Channels channels, WeChat wechat, Alipay alipay, UnionPay unionpay) {

    PaymentProperties {
        channels = channels == null ? new Channels(null, null, null) : channels;
        wechat = wechat == null ? new WeChat(null, null, null, null, null, null, null, null, null, null, null) : wechat;
        alipay = alipay == null ? new Alipay(null, null, null, null, null, null, null) : alipay;
        unionpay = unionpay == null ? new UnionPay(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : unionpay;
    }

    String providerOf(PaymentChannel channel) {
        return switch (channel) {
            case WECHAT_PAY -> channels.wechatPay();
            case ALIPAY -> channels.alipay();
            case CARD -> channels.card();
        };
    }

    /** {@code shangmen.billing.channels.*}: {@code sandbox}, {@code wechat}, {@code alipay}, {@code unionpay} or {@code none} per channel. */
    record Channels(String wechatPay, String alipay, String card) {
        Channels {
            wechatPay = orSandbox(wechatPay);
            alipay = orSandbox(alipay);
            card = orSandbox(card);
        }

        private static String orSandbox(String value) {
            return value == null || value.isBlank() ? SandboxGateway.PROVIDER : value.strip();
        }
    }

    /**
     * {@code shangmen.billing.wechat.*}: the mini-program's AppID, the merchant number, the merchant API
     * certificate's serial number and private key (PEM), the APIv3 key (32 characters), the WeChat Pay
     * public key (PEM) and its id, the notify URL, the API address and timeouts.
     */
    record WeChat(String appId, String merchantId, String merchantSerialNumber, String privateKey, String apiV3Key, String publicKeyId,
                  String publicKey, String notifyUrl, String baseUrl, Duration connectTimeout, Duration readTimeout) {

        static final String DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com";

        WeChat {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip().replaceAll("/+$", "");
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        }

        List<String> missing() {
            List<String> missing = new ArrayList<>();
            check(missing, appId, "app-id");
            check(missing, merchantId, "merchant-id");
            check(missing, merchantSerialNumber, "merchant-serial-number");
            check(missing, privateKey, "private-key");
            check(missing, apiV3Key, "api-v3-key");
            check(missing, publicKeyId, "public-key-id");
            check(missing, publicKey, "public-key");
            check(missing, notifyUrl, "notify-url");
            return missing;
        }

        private static void check(List<String> missing, String value, String name) {
            if (value == null || value.isBlank()) {
                missing.add("shangmen.billing.wechat." + name);
            }
        }

        @Override
        public String toString() {
            return "WeChat[appId=" + appId + ", merchantId=" + merchantId + ", merchantSerialNumber=" + merchantSerialNumber
                    + ", privateKey=******, apiV3Key=******, publicKeyId=" + publicKeyId + ", notifyUrl=" + notifyUrl + ", baseUrl=" + baseUrl
                    + "]";
        }
    }

    /**
     * {@code shangmen.billing.alipay.*}: the Alipay app id, the app's private key and Alipay's public key
     * (RSA2, PEM or bare base64), the notify URL, the gateway address and timeouts.
     */
    record Alipay(String appId, String privateKey, String alipayPublicKey, String notifyUrl, String gatewayUrl, Duration connectTimeout,
                  Duration readTimeout) {

        static final String DEFAULT_GATEWAY = "https://openapi.alipay.com/gateway.do";

        Alipay {
            gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? DEFAULT_GATEWAY : gatewayUrl.strip();
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        }

        List<String> missing() {
            List<String> missing = new ArrayList<>();
            WeChat.check(missing, appId, "app-id");
            WeChat.check(missing, privateKey, "private-key");
            WeChat.check(missing, alipayPublicKey, "alipay-public-key");
            WeChat.check(missing, notifyUrl, "notify-url");
            return missing.stream().map(m -> m.replace("shangmen.billing.wechat.", "shangmen.billing.alipay.")).toList();
        }

        @Override
        public String toString() {
            return "Alipay[appId=" + appId + ", privateKey=******, notifyUrl=" + notifyUrl + ", gatewayUrl=" + gatewayUrl + "]";
        }
    }

    /**
     * {@code shangmen.billing.unionpay.*}: China UnionPay's online gateway (全渠道, ACP 5.1.0) for bank cards.
     * The merchant number; the signing key either as PKCS#8 PEM with its certId or as UnionPay's PKCS#12
     * file and password (the certId is then its serial number); UnionPay's signing certificate or public
     * key that verifies answers and notices, or else UnionPay's root and middle certificates that the
     * certificate each message carries must chain to, with the name that certificate must bear; where the
     * customer's browser returns, where UnionPay posts its notices, the channel type (07 PC, 08 mobile),
     * the gateway address and timeouts.
     */
    record UnionPay(String merchantId, String privateKey, String certId, String signCertPath, String signCertPassword,
                    String verifyCert, String rootCert, String middleCert, String signerName, String frontUrl, String backUrl,
                    String channelType, String baseUrl, Duration connectTimeout, Duration readTimeout) {

        static final String DEFAULT_BASE_URL = "https://gateway.95516.com";
        static final String DEFAULT_SIGNER = "中国银联股份有限公司";

        UnionPay {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip().replaceAll("/+$", "");
            signerName = signerName == null || signerName.isBlank() ? DEFAULT_SIGNER : signerName.strip();
            channelType = channelType == null || channelType.isBlank() ? "08" : channelType.strip();
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        }

        boolean usesPkcs12() {
            return present(signCertPath);
        }

        boolean trustsOneKey() {
            return present(verifyCert);
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }

        List<String> missing() {
            List<String> missing = new ArrayList<>();
            WeChat.check(missing, merchantId, "merchant-id");
            if (!usesPkcs12()) {
                WeChat.check(missing, privateKey, "private-key");
                WeChat.check(missing, certId, "cert-id");
            }
            if (!trustsOneKey()) {
                WeChat.check(missing, rootCert, "root-cert");
                WeChat.check(missing, middleCert, "middle-cert");
            }
            WeChat.check(missing, frontUrl, "front-url");
            WeChat.check(missing, backUrl, "back-url");
            if (!"07".equals(channelType) && !"08".equals(channelType)) {
                missing.add("shangmen.billing.wechat.channel-type (07 or 08)");
            }
            return missing.stream().map(m -> m.replace("shangmen.billing.wechat.", "shangmen.billing.unionpay.")).toList();
        }

        @Override
        public String toString() {
            return "UnionPay[merchantId=" + merchantId + ", privateKey=******, certId=" + certId + ", signCertPath=" + signCertPath
                    + ", signCertPassword=******, frontUrl=" + frontUrl + ", backUrl=" + backUrl + ", channelType=" + channelType
                    + ", baseUrl=" + baseUrl + "]";
        }
    }
}
