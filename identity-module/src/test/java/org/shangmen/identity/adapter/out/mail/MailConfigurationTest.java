package org.shangmen.identity.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.identity.adapter.dev.DevOutbox;
import org.shangmen.identity.application.port.out.MailSender;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(DevOutbox.class)
            .withBean(JavaMailSender.class, JavaMailSenderImpl::new)
            .withUserConfiguration(MailConfiguration.class, DevMailSender.class, SmtpMailSender.class);

    @Test
    @DisplayName("W1.1 without shangmen.mail.provider the development mail sender is the only MailSender")
    void devByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(MailSender.class).hasSingleBean(DevMailSender.class);
            assertThat(context.getBean(OutgoingMailProperties.class).from()).isEqualTo("上门 <no-reply@shangmen.local>");
        });
    }

    @Test
    @DisplayName("W1.1 shangmen.mail.provider=smtp makes SMTP the MailSender with the configured From")
    void smtpWhenChosen() {
        runner.withPropertyValues("shangmen.mail.provider=smtp", "shangmen.mail.from=上门客服 <service@shangmen.example>")
                .run(context -> {
                    assertThat(context).hasSingleBean(MailSender.class).hasSingleBean(SmtpMailSender.class);
                    assertThat(context.getBean(OutgoingMailProperties.class).from())
                            .isEqualTo("上门客服 <service@shangmen.example>");
                });
    }
}
