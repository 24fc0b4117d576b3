package org.shangmen.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeTemplateTest {

    @Test
    @DisplayName("C5.1 the acceptance notice reads as the requirement says")
    void accepted() {
        assertThat(NoticeTemplate.ORDER_ACCEPTED.render(Map.of("workerName", "王小梅")).body())
                .isEqualTo("您发布的家政服务需求已被 王小梅 接单,请留意服务时间");
        assertThat(NoticeTemplate.ORDER_ACCEPTED.byText()).isTrue();
    }

    @Test
    @DisplayName("C5.1 the time change notice reads as the requirement says")
    void rescheduled() {
        assertThat(NoticeTemplate.RESCHEDULE_APPROVED.render(Map.of("itemName", "日常保洁", "newTime", "12月1日 14:00",
                "contact", "客服 400-000-0000")).body())
                .isEqualTo("您预约的 日常保洁 服务时间将变更为 12月1日 14:00,如有疑问请联系 客服 400-000-0000");
        assertThat(NoticeTemplate.RESCHEDULE_APPROVED.byText()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(NoticeTemplate.class)
    @DisplayName("C5.1 every template renders in Chinese and English with all its placeholders filled")
    void everyTemplateRenders(NoticeTemplate template) {
        Map<String, String> values = new HashMap<>();
        template.placeholders().forEach(name -> values.put(name, "值" + name));
        NoticeTemplate.Rendered rendered = template.render(values);
        assertThat(rendered.title() + rendered.body() + rendered.titleEn() + rendered.bodyEn()).doesNotContain("{", "}");
        assertThat(rendered.title()).isNotBlank();
        assertThat(rendered.bodyEn()).isNotBlank();
    }

    @Test
    @DisplayName("C5.1 a missing value is refused, a line break is flattened and an overlong value is cut")
    void values() {
        assertThatThrownBy(() -> NoticeTemplate.CERTIFICATION_REJECTED.render(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        String body = NoticeTemplate.CERTIFICATION_REJECTED.render(Map.of("reason", "照片\n模糊" + "很".repeat(300))).body();
        assertThat(body).doesNotContain("\n").contains("照片 模糊").contains("…");
    }

    @Test
    @DisplayName("C5.2 a pending action past its deadline reads as expired; a settled one stays settled")
    void actionExpires() {
        Instant now = Instant.parse("2026-12-01T06:00:00Z");
        Notice notice = Notice.create(UUID.randomUUID(), UUID.randomUUID(), "k", NoticeTemplate.RESCHEDULE_REQUESTED,
                Map.of("workerName", "王", "itemName", "保洁", "newTime", "明天", "reason", "堵车"),
                Optional.of(new Notice.Subject("ORDER", UUID.randomUUID().toString())),
                Optional.of(NoticeAction.pending("CONFIRM_RESCHEDULE", Optional.of(now.plus(Duration.ofHours(2))))), now);
        assertThat(notice.actionAt(now).orElseThrow().state()).isEqualTo(NoticeAction.State.PENDING);
        assertThat(notice.actionAt(now.plus(Duration.ofHours(3))).orElseThrow().state()).isEqualTo(NoticeAction.State.EXPIRED);
        NoticeAction done = new NoticeAction("CONFIRM_RESCHEDULE", NoticeAction.State.DONE, Optional.of(now));
        assertThat(done.asSeenAt(now.plus(Duration.ofDays(1))).state()).isEqualTo(NoticeAction.State.DONE);
    }

    @Test
    @DisplayName("W3.2 a thread is open from acceptance until the grace period after completion, to its two participants only")
    void conversationWindow() {
        UUID customer = UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        Instant accepted = Instant.parse("2026-12-01T00:00:00Z");
        Duration grace = Duration.ofDays(7);
        Conversation running = new Conversation(UUID.randomUUID(), customer, worker, accepted, Optional.empty());
        assertThat(running.isOpenAt(accepted.minusSeconds(1), grace)).isFalse();
        assertThat(running.isOpenAt(accepted.plus(Duration.ofDays(400)), grace)).isTrue();
        Conversation done = new Conversation(running.orderId(), customer, worker, accepted, Optional.of(accepted.plus(Duration.ofDays(1))));
        assertThat(done.isOpenAt(accepted.plus(Duration.ofDays(8)), grace)).isTrue();
        assertThat(done.isOpenAt(accepted.plus(Duration.ofDays(8)).plusSeconds(1), grace)).isFalse();
        assertThat(done.otherThan(customer)).isEqualTo(worker);
        assertThat(done.isParticipant(UUID.randomUUID())).isFalse();
    }
}
