package org.shangmen.identity.adapter.out.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC-style request signature, version 1.0 with HMAC-SHA1: parameters sorted by name,
 * percent-encoded per RFC 3986, {@code METHOD&%2F&encode(query)} signed with {@code secret + "&"}.
 */
final class AliyunRpcSignature {

    private AliyunRpcSignature() {
    }

    /** The base64 signature of the parameters (without {@code Signature}) for the HTTP method. */
    static String sign(String httpMethod, Map<String, String> parameters, String accessKeySecret) {
        String stringToSign = httpMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /** {@code a=1&b=2}: sorted by name, names and values percent-encoded. */
    static String canonicalQuery(Map<String, String> parameters) {
        SortedMap<String, String> sorted = new TreeMap<>(parameters);
        return sorted.entrySet().stream()
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 percent-encoding in UTF-8: only {@code A-Z a-z 0-9 - _ . ~} stay as they are. */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
