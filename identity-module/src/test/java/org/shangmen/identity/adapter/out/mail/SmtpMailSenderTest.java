package org.shangmen.identity.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shangmen.identity.adapter.CapturedLogs;
import org.shangmen.identity.application.port.out.MailSender.OutgoingMail;
import org.shangmen.identity.domain.EmailAddress;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpMailSenderTest {

    @RegisterExtension
    static final GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final EmailAddress TO = EmailAddress.parse("Zhang.Wei@Example.com");
    private static final String SUBJECT = "欢迎加入上门";
    private static final String TEXT = "张先生您好:\n欢迎使用上门,您的邮箱已验证。";
    private static final String HTML = "<p>张先生您好:</p><p>欢迎使用<b>上门</b>,您的邮箱已验证。</p>";

    @Test
    @DisplayName("W1.1 an SMTP mail with HTML arrives as UTF-8 multipart/alternative with the Chinese subject, text and HTML")
    void textAndHtml() throws Exception {
        new SmtpMailSender(mailSender(greenMail.getSmtp().getPort()), new OutgoingMailProperties("smtp", null))
                .send(new OutgoingMail(TO, SUBJECT, TEXT, HTML));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(message.getHeader("Subject")[0]).startsWithIgnoringCase("=?UTF-8?");
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("zhang.wei@example.com");
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@shangmen.local");
        assertThat(from.getPersonal()).isEqualTo("上门");

        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart plain = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(plain.isMimeType("text/plain")).isTrue();
        assertThat(plain.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(plain.getContent()).isEqualTo(TEXT);
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(html.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContent()).isEqualTo(HTML);
    }

    @Test
    @DisplayName("W1.1 an SMTP mail without HTML arrives as UTF-8 plain text from the configured sender")
    void plainText() throws Exception {
        new SmtpMailSender(mailSender(greenMail.getSmtp().getPort()), new OutgoingMailProperties("smtp", "上门客服 <service@shangmen.example>"))
                .send(new OutgoingMail(TO, SUBJECT, TEXT, null));

        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertThat(message.isMimeType("text/plain")).isTrue();
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(message.getContent()).isEqualTo(TEXT);
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("service@shangmen.example");
        assertThat(from.getPersonal()).isEqualTo("上门客服");
    }

    @Test
    @DisplayName("W1.1 an SMTP server that cannot be reached is UNAVAILABLE and the log carries no address")
    void deadServer() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        SmtpMailSender sender = new SmtpMailSender(mailSender(deadPort), new OutgoingMailProperties("smtp", null));

        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.identity.adapter.out.mail")) {
            DomainException refusal = catchThrowableOfType(DomainException.class,
                    () -> sender.send(new OutgoingMail(TO, SUBJECT, TEXT, HTML)));

            assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            assertThat(refusal.code()).isEqualTo("identity.mail-unavailable");
            assertThat(logs.lines()).isNotEmpty();
            assertThat(logs.text()).doesNotContainIgnoringCase("zhang.wei").doesNotContain("example.com");
        }
    }

    @Test
    @DisplayName("W1.1 a From address that cannot be parsed stops the start-up of the SMTP sender")
    void badFrom() {
        assertThatThrownBy(() -> new SmtpMailSender(new JavaMailSenderImpl(), new OutgoingMailProperties("smtp", "上门 <not an address")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shangmen.mail.from");
    }

    private static JavaMailSenderImpl mailSender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        properties.setProperty("mail.smtp.timeout", "2000");
        properties.setProperty("mail.smtp.writetimeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
