package org.shangmen.notification.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides contact details typed into private messages (W3.2) before they are stored, so that customers and
 * workers keep talking through the platform: a mainland mobile number becomes {@code 138****1234}; any
 * other run of five or more digits (QQ numbers, landlines, numbers with +86, written with spaces, dashes,
 * dots or full-width digits) becomes stars; so does a run of seven or more digits written with Chinese
 * numerals (一三八…); a WeChat id after 微信/wx/vx/… keeps only its first letter; an e-mail address keeps
 * its first character and its domain. Masking is idempotent. Dates written with digits (2026-12-01) are
 * masked too: people write 12月1日, and a lost date costs less than a leaked number.
 */
public final class ContactMasking {

    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");
    private static final Pattern WECHAT_ID = Pattern.compile(
            "(?iu)((?:微信|威信|薇信|卫星|v信|微|weixin|wechat|vx|wx|加v|加微)\\s*号?\\s*(?:是|为)?\\s*[:：]?\\s*)([A-Za-z])([-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])");
    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖幺";
    private static final String SEPARATORS = " -.·_/\u3000－";
    static final int ARABIC_RUN = 5;
    static final int CHINESE_RUN = 7;

    private ContactMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = maskEmails(text);
        masked = maskWeChatIds(masked);
        masked = maskRuns(masked, false, ARABIC_RUN);
        return maskRuns(masked, true, CHINESE_RUN);
    }

    private static String maskEmails(String text) {
        Matcher m = EMAIL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
        }
        return m.appendTail(out).toString();
    }

    private static String maskWeChatIds(String text) {
        Matcher m = WECHAT_ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + "*".repeat(m.group(3).length())));
        }
        return m.appendTail(out).toString();
    }

    /** 0–9 for an Arabic or full-width digit (and, when asked, a Chinese numeral), else -1. */
    private static int digit(char c, boolean chinese) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        if (chinese) {
            int at = CHINESE_DIGITS.indexOf(c);
            if (at >= 0) {
                return switch (c) {
                    case '〇', '零' -> 0;
                    case '幺' -> 1;
                    default -> at <= 10 ? at - 1 : at - 10;
                };
            }
        }
        return -1;
    }

    /**
     * Replaces each run of at least {@code threshold} digits, single separators allowed between them. An
     * Arabic run of exactly a mainland mobile number keeps its first three and last four digits.
     */
    private static String maskRuns(String text, boolean chinese, int threshold) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (digit(text.charAt(i), chinese) < 0) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            StringBuilder digits = new StringBuilder();
            int j = i;
            while (j < text.length()) {
                int d = digit(text.charAt(j), chinese);
                if (d >= 0) {
                    digits.append((char) ('0' + d));
                    end = ++j;
                } else if (SEPARATORS.indexOf(text.charAt(j)) >= 0 && j + 1 < text.length() && digit(text.charAt(j + 1), chinese) >= 0) {
                    j++;
                } else {
                    break;
                }
            }
            String run = text.substring(i, end);
            if (digits.length() < threshold) {
                out.append(run);
            } else if (!chinese && digits.length() == 11 && digits.toString().matches("1[3-9][0-9]{9}")) {
                out.append(digits, 0, 3).append("****").append(digits, 7, 11);
            } else {
                for (char c : run.toCharArray()) {
                    out.append(digit(c, chinese) >= 0 ? '*' : c);
                }
            }
            i = end;
        }
        return out.toString();
    }
}
