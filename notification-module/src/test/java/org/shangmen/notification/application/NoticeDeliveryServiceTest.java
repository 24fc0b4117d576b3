package org.shangmen.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.notification.application.port.out.TextMessages;
import org.shangmen.notification.application.port.out.WeChatSubscribeMessages;
import org.shangmen.notification.domain.Channel;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeSettings;
import org.shangmen.notification.domain.NoticeTemplate;

class NoticeDeliveryServiceTest {

    final InMemory.Notices notices = new InMemory.Notices();
    final InMemory.Settings settings = new InMemory.Settings();
    final InMemory.Live live = new InMemory.Live();
    final List<String> sent = new ArrayList<>();
    RuntimeException weChatFailure;
    RuntimeException smsFailure;

    final WeChatSubscribeMessages weChat = notice -> {
        sent.add("WECHAT " + notice.template());
        if (weChatFailure != null) {
            throw weChatFailure;
        }
        return WeChatSubscribeMessages.Outcome.SENT;
    };
    final TextMessages texts = notice -> {
        sent.add("SMS " + notice.template());
        if (smsFailure != null) {
            throw smsFailure;
        }
        return true;
    };
    final NoticeDeliveryService delivery = new NoticeDeliveryService(notices, settings, live, weChat, texts);

    private Notice stored(NoticeTemplate template, Map<String, String> parameters) {
        Notice notice = Notice.create(UUID.randomUUID(), UUID.randomUUID(), "k-" + UUID.randomUUID(), template, parameters,
                Optional.empty(), Optional.empty(), Instant.now());
        notices.insert(notice);
        return notice;
    }

    @Test
    @DisplayName("C5.1 an acceptance goes live, over WeChat and by text; a certification only live and over WeChat")
    void channelsByTemplate() {
        Notice accepted = stored(NoticeTemplate.ORDER_ACCEPTED, Map.of("workerName", "王小梅"));
        delivery.deliver(accepted.id());
        Notice certified = stored(NoticeTemplate.CERTIFICATION_APPROVED, Map.of());
        delivery.deliver(certified.id());

        assertThat(sent).containsExactly("WECHAT ORDER_ACCEPTED", "SMS ORDER_ACCEPTED", "WECHAT CERTIFICATION_APPROVED");
        assertThat(live.pushed).containsExactly(accepted, certified);
    }

    @Test
    @DisplayName("C5.1 a failing provider or live stream does not stop the other channels")
    void failuresAreIsolated() {
        live.failure = new IllegalStateException("connection reset");
        weChatFailure = new DomainException(ErrorKind.UNAVAILABLE, "notification.wechat-unavailable");
        smsFailure = new IllegalStateException("boom");
        Notice accepted = stored(NoticeTemplate.ORDER_ACCEPTED, Map.of("workerName", "王小梅"));

        assertThatCode(() -> delivery.deliver(accepted.id())).doesNotThrowAnyException();
        assertThat(sent).containsExactly("WECHAT ORDER_ACCEPTED", "SMS ORDER_ACCEPTED");
        assertThat(notices.find(accepted.id())).isPresent();
    }

    @Test
    @DisplayName("C5.1 muted channels carry nothing; the live stream cannot be muted")
    void muted() {
        Notice accepted = stored(NoticeTemplate.ORDER_ACCEPTED, Map.of("workerName", "王小梅"));
        settings.save(new NoticeSettings(accepted.recipientId(), Set.of(Channel.SMS, Channel.WECHAT)), Instant.now());

        delivery.deliver(accepted.id());

        assertThat(sent).isEmpty();
        assertThat(live.pushed).containsExactly(accepted);
    }
}
