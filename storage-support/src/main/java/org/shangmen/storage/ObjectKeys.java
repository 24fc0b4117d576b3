package org.shangmen.storage;

import java.util.regex.Pattern;

/**
 * The shape of an object key: 1 to {@value #MAX_LENGTH} of {@code a-z 0-9 / _ -} in segments separated by single
 * slashes (no leading, trailing or doubled slash), the last one with at most one extension ({@code .mp4}). No
 * segment starts with a dot, so neither {@code ..} nor a hidden or temporary file name can be a key. Keys are made
 * by the platform, so a key of another shape is a programming error.
 */
public final class ObjectKeys {

    public static final int MAX_LENGTH = 400;
    private static final Pattern KEY = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*(\\.[a-z0-9]+)?");

    private ObjectKeys() {
    }

    public static String checked(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("an object key is 1 to " + MAX_LENGTH
                    + " of a-z 0-9 / _ - in non-empty segments, with at most one extension");
        }
        return key;
    }

    /** A prefix is empty or a key shape ending with a slash ({@code order-media/}). */
    static String checkedPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        if (!prefix.endsWith("/") || prefix.contains(".")) {
            throw new IllegalArgumentException("a key prefix ends with a slash and has no dot");
        }
        checked(prefix.substring(0, prefix.length() - 1));
        return prefix;
    }
}
