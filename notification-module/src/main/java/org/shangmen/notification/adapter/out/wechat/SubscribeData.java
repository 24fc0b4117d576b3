package org.shangmen.notification.adapter.out.wechat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shangmen.notification.domain.Notice;

/**
 * The {@code data} of a subscribe message: each configured field's pattern filled from the notice and cut
 * to WeChat's limit for the field's kind ({@code thing} 20 characters, {@code character_string} 32,
 * {@code phrase} 5, {@code name} 10, {@code number} 32, {@code letter} 32, {@code time}/{@code date} as given).
 */
final class SubscribeData {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private SubscribeData() {
    }

    static Map<String, Map<String, String>> of(Map<String, String> fields, Notice notice) {
        Map<String, String> values = new TreeMap<>(notice.parameters());
        values.put("title", notice.texts().title());
        values.put("body", notice.texts().body());
        values.put("createdAt", TIME.format(notice.createdAt()));
        values.put("id", notice.id().toString());
        Map<String, Map<String, String>> data = new LinkedHashMap<>();
        new TreeMap<>(fields).forEach((field, pattern) -> data.put(field, Map.of("value", cut(field, fill(pattern, values)))));
        return data;
    }

    static String fill(String pattern, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(out).toString();
    }

    private static String cut(String field, String value) {
        String kind = field.replaceAll("[0-9]+$", "");
        int limit = switch (kind) {
            case "thing" -> 20;
            case "phrase" -> 5;
            case "name" -> 10;
            case "character_string", "number", "letter", "car_number" -> 32;
            default -> Integer.MAX_VALUE;
        };
        if (value.codePointCount(0, value.length()) <= limit) {
            return value;
        }
        int end = value.offsetByCodePoints(0, limit - 1);
        return value.substring(0, end) + "…";
    }
}
