package org.shangmen.identity.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.identity.adapter.dev.DevOutbox;
import org.shangmen.identity.application.port.out.MailSender.OutgoingMail;
import org.shangmen.identity.domain.EmailAddress;

class DevMailSenderTest {

    @Test
    @DisplayName("W1.1 the development mail lands in the outbox for the address with its subject and plain text")
    void writesToOutbox() {
        DevOutbox outbox = new DevOutbox();

        new DevMailSender(outbox).send(new OutgoingMail(EmailAddress.parse("Li.Na@Example.com"), "验证您的邮箱",
                "您的验证码为 730512。", "<p>您的验证码为 <b>730512</b>。</p>"));

        assertThat(outbox.sentTo("li.na@example.com")).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo("MAIL");
            assertThat(message.subject()).isEqualTo("验证您的邮箱");
            assertThat(message.body()).isEqualTo("您的验证码为 730512。");
        });
    }
}
