package org.shangmen.billing.adapter.out.gateway;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** URL-encoded form bodies, as Alipay and UnionPay post their notices and UnionPay takes its requests. */
final class FormBodies {

    private FormBodies() {
    }

    /** A request body: the fields URL-encoded as a form. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** A notice's form body, URL-decoded; a field given twice is refused. */
    static Map<String, String> parseForm(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (fields.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("field given twice: " + key);
            }
        }
        return fields;
    }
}
