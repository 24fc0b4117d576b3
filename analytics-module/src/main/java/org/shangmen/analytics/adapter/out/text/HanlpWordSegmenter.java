package org.shangmen.analytics.adapter.out.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shangmen.analytics.application.port.out.WordSegmenter;
import org.springframework.stereotype.Component;

/**
 * Chinese word segmentation by HanLP (its portable edition: dictionaries in the jar, no model to fetch).
 * Punctuation, numbers, stop words (的、了、很…) and single characters are left out.
 */
@Component
class HanlpWordSegmenter implements WordSegmenter {

    static final int MAX_WORD = 40;

    @Override
    public Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        List<Term> terms = HanLP.segment(text);
        CoreStopWordDictionary.apply(terms);
        for (Term term : terms) {
            String word = term.word.trim();
            String nature = term.nature == null ? "" : term.nature.toString();
            if (word.codePointCount(0, word.length()) < 2 || word.length() > MAX_WORD || nature.startsWith("w") || nature.startsWith("m")
                    || !word.codePoints().allMatch(Character::isLetter)) {
                continue;
            }
            counts.merge(word, 1, Integer::sum);
        }
        return counts;
    }
}
