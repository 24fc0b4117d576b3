package org.shangmen.admin.adapter.in.web;

import java.util.ArrayList;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What of a request or answer body goes into the audit log: JSON with secrets removed and personal data
 * masked, by property name (passwords, tokens, codes; phones, ID numbers, addresses, persons' names) and,
 * whatever the name, by the shape of the value (mobile numbers, resident ID numbers, e-mail addresses).
 * Anything that is not JSON is described by its type and size only.
 */
final class AuditBodies {

    static final int MAX_CHARS = 16_000;
    /** A body larger than this is described, not parsed: masking is linear in what it reads, and bounded. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** Strings are cut to this length before the patterns look at them (the stored text is cut anyway). */
    static final int MAX_STRING_CHARS = 1_000;
    private static final int MAX_NAME_CHARS = 100;
    static final String REMOVED = "[removed]";
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|credential|privatekey).*|smscode|otp|verificationcode");
    private static final Pattern PERSONAL = Pattern.compile(
            "(?i).*(phone|mobile|idnumber|idcard|identity|address|street|email|realname|fullname|contactname|customername"
                    + "|workername|recipient).*|name|contact|building|room");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])(1[3-9]\\d)\\d{4}(\\d{4})(?![0-9A-Za-z])");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{6}(?:19|20)\\d{9}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private AuditBodies() {
    }

    /** {@code personNames} masks a bare {@code name} property (on routes about people, not catalogue entries). */
    static String masked(JsonMapper json, byte[] body, String contentType, boolean personNames) {
        if (body == null || body.length == 0) {
            return null;
        }
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return "[" + (contentType == null ? "body" : contentType.split(";")[0].trim()) + ", " + body.length + " bytes, not kept]";
        }
        if (body.length > MAX_BODY_BYTES) {
            return "[JSON, " + body.length + " bytes, too large to keep]";
        }
        try {
            JsonNode tree = json.readTree(body);
            String text = json.writeValueAsString(mask(tree, personNames));
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…[truncated]" : text;
        } catch (JacksonException e) {
            return "[malformed JSON, " + body.length + " bytes, not kept]";
        }
    }

    static JsonNode mask(JsonNode node, boolean personNames) {
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (name.length() > MAX_NAME_CHARS || SECRET.matcher(name).matches()) {
                    object.put(name, REMOVED);
                } else if (value.isString() && PERSONAL.matcher(name).matches() && (personNames || !"name".equalsIgnoreCase(name))) {
                    object.put(name, personal(value.asString()));
                } else {
                    object.set(name, mask(value, personNames));
                }
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mask(array.get(i), personNames));
            }
            return array;
        }
        if (node.isString()) {
            return JsonNodeFactory.instance.stringNode(text(node.asString()));
        }
        return node;
    }

    /** A personal value keeps its first character only (a mobile number its first three and last four digits). */
    static String personal(String value) {
        if (value.isEmpty()) {
            return value;
        }
        String shown = text(value);
        if (!shown.equals(value)) {
            return shown;
        }
        return value.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "**";
    }

    /** Numbers and addresses that look personal are masked wherever they appear in a text. */
    static String text(String value) {
        String cut = value.length() > MAX_STRING_CHARS ? value.substring(0, MAX_STRING_CHARS) + "…" : value;
        String out = ID_NUMBER.matcher(cut).replaceAll("[ID number]");
        out = MOBILE.matcher(out).replaceAll("$1****$2");
        return EMAIL.matcher(out).replaceAll("[e-mail]");
    }
}
