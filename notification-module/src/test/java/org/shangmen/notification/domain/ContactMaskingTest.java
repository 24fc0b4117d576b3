package org.shangmen.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactMaskingTest {

    private static final long SEED = 20261201L;
    private static final int RUNS = 2_000;
    /** Text around the contact details: Chinese, Latin and punctuation, never a digit, an @ or a keyword. */
    private static final String FILLER = "您好师傅明天下午记得带清洁剂厨房油烟机重点处理谢谢好的没问题到了打电话给我 ,。!?~abcdefghijklmnopz";

    private static String filler(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(0, 12); i > 0; i--) {
            text.append(FILLER.charAt(random.nextInt(FILLER.length())));
        }
        return text.toString();
    }

    private static String mobile(SplittableRandom random) {
        StringBuilder digits = new StringBuilder("1").append(random.nextInt(3, 10));
        for (int i = 0; i < 9; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** The number as people type it: plain, grouped 3-4-4 with spaces or dashes, full-width, or with +86. */
    private static String typed(String mobile, SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> mobile;
            case 1 -> mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
            case 2 -> mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
            case 3 -> mobile.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
            default -> "+86 " + mobile;
        };
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            }
        }
        return digits.toString();
    }

    @Test
    @DisplayName("W3.2 a mobile number typed any usual way never survives masking, and the words around it do")
    void mobileNumbers() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int run = 0; run < RUNS; run++) {
            String before = filler(random);
            String after = filler(random);
            String mobile = mobile(random);
            String message = before + typed(mobile, random) + after;

            String masked = ContactMasking.mask(message);

            assertThat(digitsOf(masked)).as(message).doesNotContain(mobile).hasSizeLessThanOrEqualTo(7);
            assertThat(masked).as(message).startsWith(before).endsWith(after).contains("*");
            assertThat(ContactMasking.mask(masked)).as("idempotent for " + message).isEqualTo(masked);
        }
    }

    @Test
    @DisplayName("W3.2 a plain mobile number keeps its first three and last four digits, like everywhere on the platform")
    void mobileFormat() {
        assertThat(ContactMasking.mask("我的电话13812345678,到了打")).isEqualTo("我的电话138****5678,到了打");
        assertThat(ContactMasking.mask("电话 138 1234 5678")).isEqualTo("电话 138****5678");
    }

    @Test
    @DisplayName("W3.2 QQ numbers and other runs of five or more digits become stars")
    void longDigitRuns() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        String[] keywords = {"QQ", "qq号", "扣扣", "企鹅号:", "座机", ""};
        for (int run = 0; run < RUNS; run++) {
            int length = random.nextInt(5, 16);
            StringBuilder number = new StringBuilder().append(random.nextInt(1, 10));
            while (number.length() < length) {
                number.append(random.nextInt(10));
            }
            String message = filler(random) + keywords[random.nextInt(keywords.length)] + number + filler(random);

            String masked = ContactMasking.mask(message);

            assertThat(masked).as(message).doesNotContainPattern("[0-9]{5}");
            assertThat(digitsOf(masked)).as(message).doesNotContain(number.substring(3, 5) + number.substring(5));
            assertThat(ContactMasking.mask(masked)).isEqualTo(masked);
        }
    }

    @Test
    @DisplayName("W3.2 WeChat ids after 微信, wx, vx and the like keep only their first letter")
    void weChatIds() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        String[] keywords = {"微信", "微信号:", "加微信 ", "vx", "VX:", "wx ", "weixin:", "薇信", "v信"};
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String rest = letters + "0123456789_-";
        for (int run = 0; run < RUNS; run++) {
            StringBuilder id = new StringBuilder().append(letters.charAt(random.nextInt(letters.length())));
            for (int i = random.nextInt(5, 20); i > 0; i--) {
                id.append(rest.charAt(random.nextInt(rest.length())));
            }
            String before = filler(random).replaceAll("[a-z]", "");
            String message = before + keywords[random.nextInt(keywords.length)] + id + ",谢谢";

            String masked = ContactMasking.mask(message);

            assertThat(masked).as(message).doesNotContain(id.substring(1)).startsWith(before).endsWith(",谢谢");
            assertThat(ContactMasking.mask(masked)).isEqualTo(masked);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "加我微信 wang_xm2024 聊|加我微信 w********** 聊",
            "邮箱 wangxm@example.com 联系|邮箱 w***@example.com 联系",
            "电话一三八一二三四五六七八|电话***********",
            "明天下午三点见,带两块抹布|明天下午三点见,带两块抹布",
            "一共300元,2小时|一共300元,2小时",
            "+86 13812345678|+** ***********"})
    @DisplayName("W3.2 masking examples")
    void examples(String typed, String stored) {
        assertThat(ContactMasking.mask(typed)).isEqualTo(stored);
    }

    @Test
    @DisplayName("W3.2 text without contact details is stored as typed")
    void untouched() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int run = 0; run < RUNS; run++) {
            String message = filler(random) + random.nextInt(0, 10_000) + filler(random);
            assertThat(ContactMasking.mask(message)).isEqualTo(message);
        }
    }
}
