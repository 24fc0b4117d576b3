package org.shangmen.identity.adapter.out.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.identity.adapter.dev.DevMessage;
import org.shangmen.identity.adapter.dev.DevOutbox;
import org.shangmen.identity.domain.PhoneNumber;

class DevSmsSenderTest {

    @Test
    @DisplayName("C1.1 the development SMS lands in the outbox for the E.164 number with the Chinese verification text")
    void writesToOutbox() {
        DevOutbox outbox = new DevOutbox();

        new DevSmsSender(outbox).sendVerificationCode(PhoneNumber.parse("138 1234 1234"), "482916", 5);

        assertThat(outbox.sentTo("+8613812341234")).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo("SMS");
            assertThat(message.subject()).isNull();
            assertThat(message.body()).isEqualTo("【上门】您的验证码为 482916,5 分钟内有效。如非本人操作,请忽略本短信。");
        });
        assertThat(outbox.newestFirst()).extracting(DevMessage::to).containsExactly("+8613812341234");
    }

    @Test
    @DisplayName("C5.1 a notice text message lands in the outbox with the platform's sign")
    void noticeToOutbox() {
        DevOutbox outbox = new DevOutbox();

        new DevSmsSender(outbox).sendNotice(PhoneNumber.parse("13812341234"), null, java.util.Map.of("workerName", "王小梅"),
                "您发布的家政服务需求已被 王小梅 接单,请留意服务时间");

        assertThat(outbox.sentTo("+8613812341234")).singleElement()
                .extracting(DevMessage::body).isEqualTo("【上门】您发布的家政服务需求已被 王小梅 接单,请留意服务时间");
    }
}
