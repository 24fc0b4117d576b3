package org.shangmen.worker.domain;

import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * How a Chinese name is typed on a Latin keyboard: full pinyin without tones or spaces and the initials,
 * lower case ({@code 王小梅} → {@code wangxiaomei}, {@code wxm}); ü is written {@code v}. A character with
 * several readings takes its first; Latin letters and digits are kept; anything else is dropped.
 */
public record NameSpelling(String full, String initials) {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    public static NameSpelling of(String name) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (char c : name.toCharArray()) {
            String syllable = syllable(c);
            if (syllable != null) {
                full.append(syllable);
                initials.append(syllable.charAt(0));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                full.append(Character.toLowerCase(c));
                initials.append(Character.toLowerCase(c));
            }
        }
        return new NameSpelling(full.toString(), initials.toString());
    }

    /** Normalises what someone typed into the search box for matching against these spellings. */
    public static String normaliseQuery(String typed) {
        return typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String syllable(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
