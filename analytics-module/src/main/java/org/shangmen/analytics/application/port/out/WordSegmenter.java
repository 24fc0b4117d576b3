package org.shangmen.analytics.application.port.out;

import java.util.Map;

/** Splits a Chinese text into words and counts the meaningful ones (no punctuation, stop words or single characters). */
public interface WordSegmenter {

    Map<String, Integer> words(String text);
}
