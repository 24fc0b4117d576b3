package org.shangmen.identity.adapter.out.sms;

import java.util.Locale;
import java.util.Objects;
import org.shangmen.identity.adapter.dev.DevOutbox;
import org.shangmen.identity.application.port.out.SmsSender;
import org.shangmen.identity.domain.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sends nothing: puts the verification message into the {@link DevOutbox}, addressed to the E.164
 * number, so that the platform works offline. The default when {@code shangmen.sms.provider} is unset.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.sms", name = "provider", havingValue = SmsProperties.DEV, matchIfMissing = true)
class DevSmsSender implements SmsSender {

    static final String TEMPLATE = "【上门】您的验证码为 %s,%d 分钟内有效。如非本人操作,请忽略本短信。";
    private static final Logger log = LoggerFactory.getLogger(DevSmsSender.class);

    private final DevOutbox outbox;

    DevSmsSender(DevOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void sendVerificationCode(PhoneNumber phone, String code, int validMinutes) {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(code, "code");
        String text = String.format(Locale.ROOT, TEMPLATE, code, validMinutes);
        String id = outbox.add(DevOutbox.SMS, phone.e164(), null, text).id();
        log.info("Verification SMS kept in the development outbox as {}", id);
    }

    @Override
    public void sendNotice(PhoneNumber phone, String templateCode, java.util.Map<String, String> parameters, String text) {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(text, "text");
        String id = outbox.add(DevOutbox.SMS, phone.e164(), null, "【上门】" + text).id();
        log.info("Notice SMS kept in the development outbox as {}", id);
    }
}
