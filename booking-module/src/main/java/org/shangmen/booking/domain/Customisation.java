package org.shangmen.booking.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shangmen.booking.api.OptionSpec;
import org.shangmen.booking.api.OptionValue;
import org.shangmen.booking.api.QuotedItem.ChosenOption;

/**
 * Checks a customer's choices for one item against the item's declared options (C2.2) and resolves them.
 * Requests carry options as JSON: a string for CHOICE and TEXT, a list of strings for MULTI_CHOICE, an
 * integer for NUMBER. Every problem is collected with the field named as the client wrote it
 * ({@code items[0].options.area}), so one answer lists them all.
 */
public final class Customisation {

    private Customisation() {
    }

    /**
     * The resolved choices of one line: its quantity, the chosen options in declaration order, and the
     * minutes they add (per-unit minutes of NUMBER options already multiplied).
     */
    public record Selection(int quantity, List<ChosenOption> chosen) {

        public Selection {
            chosen = List.copyOf(chosen);
        }
    }

    /** Resolves the choices, or answers empty after adding the problems to {@code problems}. */
    public static Optional<Selection> resolve(ServiceItem item, String fieldPrefix, Map<String, ?> raw, List<FieldProblem> problems) {
        int before = problems.size();
        Map<String, ?> given = raw == null ? Map.of() : raw;
        for (String key : given.keySet()) {
            if (item.option(key).isEmpty()) {
                problems.add(FieldProblem.of(fieldPrefix + key, "booking.option-unknown"));
            }
        }
        int quantity = 1;
        List<ChosenOption> chosen = new ArrayList<>();
        for (OptionSpec spec : item.options()) {
            String field = fieldPrefix + spec.key();
            Object value = given.get(spec.key());
            switch (spec.type()) {
                case CHOICE -> {
                    if (value == null) {
                        missing(spec, field, problems);
                    } else if (!(value instanceof String s)) {
                        problems.add(FieldProblem.of(field, "booking.option-type-mismatch"));
                    } else {
                        Optional<OptionValue> v = spec.values().stream().filter(x -> x.key().equals(s)).findFirst();
                        if (v.isEmpty()) {
                            problems.add(FieldProblem.of(field, "booking.option-value-unknown", shorten(s)));
                        } else {
                            OptionValue ov = v.get();
                            chosen.add(new ChosenOption(spec.key(), spec.label(), ov.label(), ov.surchargeFen(),
                                    ov.surchargeBasisPoints(), ov.extraMinutes()));
                        }
                    }
                }
                case MULTI_CHOICE -> {
                    List<String> keys = strings(value);
                    if (value != null && keys == null) {
                        problems.add(FieldProblem.of(field, "booking.option-type-mismatch"));
                    } else if (keys != null && !keys.isEmpty()) {
                        multi(spec, field, keys, problems).ifPresent(chosen::add);
                    }
                }
                case NUMBER -> {
                    Integer n = value == null ? spec.defaultValue() : integer(value);
                    if (value == null && n == null) {
                        missing(spec, field, problems);
                    } else if (n == null) {
                        problems.add(FieldProblem.of(field, "booking.option-type-mismatch"));
                    } else if (n < spec.min() || n > spec.max() || (n - spec.min()) % spec.step() != 0) {
                        problems.add(FieldProblem.of(field, "booking.option-out-of-range", spec.min(), spec.max(), spec.step()));
                    } else {
                        if (spec.quantity()) {
                            quantity = n;
                        }
                        long surcharge = Math.multiplyExact(spec.surchargePerUnitFen(), (long) n);
                        int minutes = Math.multiplyExact(spec.extraMinutesPerUnit(), n);
                        String unit = spec.unitLabel() == null ? "" : spec.unitLabel();
                        chosen.add(new ChosenOption(spec.key(), spec.label(), n + unit, surcharge, 0, minutes));
                    }
                }
                case TEXT -> {
                    if (value == null) {
                        missing(spec, field, problems);
                    } else if (!(value instanceof String s)) {
                        problems.add(FieldProblem.of(field, "booking.option-type-mismatch"));
                    } else if (s.strip().codePointCount(0, s.strip().length()) > spec.maxLength()) {
                        problems.add(FieldProblem.of(field, "booking.option-too-long", spec.maxLength()));
                    } else if (!s.isBlank()) {
                        chosen.add(new ChosenOption(spec.key(), spec.label(), s.strip(), 0, 0, 0));
                    } else {
                        missing(spec, field, problems);
                    }
                }
            }
        }
        return problems.size() == before ? Optional.of(new Selection(quantity, chosen)) : Optional.empty();
    }

    private static Optional<ChosenOption> multi(OptionSpec spec, String field, List<String> keys, List<FieldProblem> problems) {
        Set<String> distinct = new LinkedHashSet<>(keys);
        if (distinct.size() != keys.size()) {
            problems.add(FieldProblem.of(field, "booking.option-duplicate-value"));
            return Optional.empty();
        }
        if (keys.size() > spec.maxChoices()) {
            problems.add(FieldProblem.of(field, "booking.option-too-many-values", spec.maxChoices()));
            return Optional.empty();
        }
        long fen = 0;
        int bp = 0;
        int minutes = 0;
        List<String> labels = new ArrayList<>();
        boolean ok = true;
        // In declaration order, whatever order the client sent.
        for (OptionValue v : spec.values()) {
            if (distinct.contains(v.key())) {
                fen = Math.addExact(fen, v.surchargeFen());
                bp = Math.addExact(bp, v.surchargeBasisPoints());
                minutes = Math.addExact(minutes, v.extraMinutes());
                labels.add(v.label());
            }
        }
        for (String k : keys) {
            if (spec.values().stream().noneMatch(v -> v.key().equals(k))) {
                problems.add(FieldProblem.of(field, "booking.option-value-unknown", shorten(k)));
                ok = false;
            }
        }
        return ok ? Optional.of(new ChosenOption(spec.key(), spec.label(), String.join("、", labels), fen, bp, minutes))
                : Optional.empty();
    }

    private static void missing(OptionSpec spec, String field, List<FieldProblem> problems) {
        if (spec.required()) {
            problems.add(FieldProblem.of(field, "booking.option-required"));
        }
    }

    /** A list of strings (a single string counts as a list of one), or null when the value is anything else. */
    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list && list.stream().allMatch(e -> e instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        return null;
    }

    /** An integral JSON number that fits an int, else null; 2.5 and "3" are not integers. */
    private static Integer integer(Object value) {
        long n;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            n = ((Number) value).longValue();
        } else if (value instanceof BigInteger) {
            return Integer.MIN_VALUE;
        } else {
            return null;
        }
        // Declared ranges start at 0 or above, so a value beyond int is reported as out of range.
        return n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? Integer.MIN_VALUE : (int) n;
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
