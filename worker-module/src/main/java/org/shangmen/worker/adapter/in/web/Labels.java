package org.shangmen.worker.adapter.in.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The reader's labels of the codes this module shows ({@code label.<kind>.<code>} in the message bundles:
 * Chinese, English with {@code Accept-Language: en}), and district names by code.
 */
record Labels(MessageSource messages, Locale locale, Map<String, String> districtNames) {

    /** A code with its label, as clients show it. */
    record Labelled(String code, String label) {
    }

    String of(String kind, Object code) {
        if (code == null) {
            return null;
        }
        String key = code instanceof Enum<?> e ? e.name() : code.toString();
        return messages.getMessage("label." + kind + "." + key, null, key, locale);
    }

    List<String> all(String kind, Collection<?> codes) {
        return codes.stream().map(code -> of(kind, code)).toList();
    }

    Map<String, String> byCode(String kind, Collection<?> codes) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        codes.forEach(code -> labels.put(code instanceof Enum<?> e ? e.name() : code.toString(), of(kind, code)));
        return labels;
    }

    List<Labelled> labelled(String kind, Collection<?> codes) {
        return codes.stream().map(code -> new Labelled(code instanceof Enum<?> e ? e.name() : code.toString(), of(kind, code)))
                .toList();
    }

    Map<String, String> districtNamesOf(Collection<String> codes) {
        Map<String, String> names = new java.util.TreeMap<>();
        codes.forEach(code -> names.put(code, districtNames.getOrDefault(code, code)));
        return names;
    }

    List<String> districts(Collection<String> codes) {
        return codes.stream().map(code -> districtNames.getOrDefault(code, code)).toList();
    }
}
