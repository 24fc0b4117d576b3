package org.shangmen.billing.adapter.out.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat Pay's side of the protocol with keys made for the test: a merchant key pair (the merchant signs
 * requests and the client's paySign), WeChat Pay's own key pair (it signs answers and notices) and an
 * APIv3 key that encrypts notice resources with AES-256-GCM.
 */
final class WeChatPayFake {

    static final String APP_ID = "wx8888888888888888";
    static final String MCH_ID = "1900000109";
    static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000000001";
    static final String API_V3_KEY = "a7cde1ef41597f3d1e8b7a0c5d9e2f46";

    final KeyPair merchant = rsa();
    final KeyPair platform = rsa();
    private final SecureRandom random = new SecureRandom();

    private static KeyPair rsa() {
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

    PaymentProperties.WeChat settings(String baseUrl) {
        return new PaymentProperties.WeChat(APP_ID, MCH_ID, "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
                pem("PRIVATE KEY", merchant.getPrivate().getEncoded()), API_V3_KEY, PUBLIC_KEY_ID,
                pem("PUBLIC KEY", platform.getPublic().getEncoded()), "https://shangmen.example/api/v1/public/payments/notify/wechat",
                baseUrl, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    WeChatPayGateway gateway(String baseUrl) {
        return new WeChatPayGateway(settings(baseUrl), Clock.systemUTC());
    }

    static String sign(PrivateKey key, String message) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(PublicKey key, String message, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The headers WeChat Pay sends with a signed body (an answer or a notice), signed at the instant. */
    Map<String, String> signedHeaders(String body, Instant at, PrivateKey key) {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = Long.toHexString(random.nextLong());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("wechatpay-serial", PUBLIC_KEY_ID);
        headers.put("wechatpay-timestamp", timestamp);
        headers.put("wechatpay-nonce", nonce);
        headers.put("wechatpay-signature", sign(key, timestamp + "\n" + nonce + "\n" + body + "\n"));
        headers.put("wechatpay-signature-type", "WECHATPAY2-SHA256-RSA2048");
        return headers;
    }

    Map<String, String> signedHeaders(String body) {
        return signedHeaders(body, Instant.now(), platform.getPrivate());
    }

    /** A notice body: the resource encrypted with the APIv3 key as WeChat Pay does. */
    String notice(String eventType, String originalType, String resourceJson) {
        try {
            byte[] nonce = new byte[6];
            random.nextBytes(nonce);
            String nonceText = java.util.HexFormat.of().formatHex(nonce);
            String associated = originalType;
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonceText.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            String ciphertext = Base64.getEncoder().encodeToString(cipher.doFinal(resourceJson.getBytes(StandardCharsets.UTF_8)));
            return "{\"id\":\"EV-2018022511223320873\",\"create_time\":\"2026-11-25T10:00:00+08:00\",\"resource_type\":\"encrypt-resource\","
                    + "\"event_type\":\"" + eventType + "\",\"summary\":\"支付成功\",\"resource\":{\"original_type\":\"" + originalType
                    + "\",\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"" + ciphertext + "\",\"associated_data\":\"" + associated
                    + "\",\"nonce\":\"" + nonceText + "\"}}";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String transaction(String mchId, String outTradeNo, String state, long total) {
        return "{\"appid\":\"" + APP_ID + "\",\"mchid\":\"" + mchId + "\",\"out_trade_no\":\"" + outTradeNo + "\","
                + "\"transaction_id\":\"4200000000" + outTradeNo.hashCode() + "\",\"trade_type\":\"JSAPI\",\"trade_state\":\"" + state + "\","
                + "\"trade_state_desc\":\"ok\",\"bank_type\":\"OTHERS\",\"success_time\":\"2026-11-25T10:00:00+08:00\","
                + "\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},\"amount\":{\"total\":" + total + ",\"payer_total\":" + total
                + ",\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
    }
}
