package org.shangmen.worker.adapter.out.storage;

import java.util.regex.Pattern;

/**
 * The shape of a document key: 1 to 200 of {@code a-z 0-9 / _ -}, in segments separated by single slashes
 * (no leading, trailing or doubled slash). Dots cannot occur, so neither can {@code ..}; keys are made by the
 * platform, so a key of another shape is a programming error.
 */
final class DocumentKeys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*");
    static final int MAX_LENGTH = 200;

    private DocumentKeys() {
    }

    static String checked(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a document key is 1 to 200 of a-z 0-9 / _ - in non-empty segments");
        }
        return key;
    }
}
