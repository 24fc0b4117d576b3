package org.shangmen.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.out.OrderConversations.OrderParticipants;
import org.shangmen.notification.domain.PrivateMessage;
import org.shangmen.notification.domain.PrivateMessageSent;

class PrivateMessagingServiceTest {

    static final Instant ACCEPTED = Instant.parse("2026-12-01T02:00:00Z");
    final UUID customer = UUID.randomUUID();
    final UUID worker = UUID.randomUUID();
    final UUID order = UUID.randomUUID();
    InMemory.Orders orders;
    InMemory.Messages messages;
    InMemory.AccessLog accessLog;
    InMemory.Live live;
    List<Object> events;
    Instant now;
    PrivateMessagingService service;

    @BeforeEach
    void setUp() {
        orders = new InMemory.Orders();
        messages = new InMemory.Messages();
        accessLog = new InMemory.AccessLog();
        live = new InMemory.Live();
        events = new ArrayList<>();
        now = ACCEPTED.plus(Duration.ofHours(1));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        service = new PrivateMessagingService(orders, messages, accessLog, live, events::add, clock, Duration.ofDays(7));
        orders.orders.put(order, new OrderParticipants(order, customer, worker, ACCEPTED, Optional.empty()));
    }

    @Test
    @DisplayName("W3.2 customer and worker write to each other about their order; phone numbers are masked before storing")
    void conversation() {
        PrivateMessage first = service.send(customer, order, "师傅您好,到了打我电话 13812345678");
        now = now.plusSeconds(60);
        PrivateMessage reply = service.send(worker, order, "好的,我加您微信 wang_xm2024");

        assertThat(first.recipientId()).isEqualTo(worker);
        assertThat(first.text()).isEqualTo("师傅您好,到了打我电话 138****5678");
        assertThat(reply.text()).isEqualTo("好的,我加您微信 w**********");
        assertThat(messages.rows.values()).extracting(PrivateMessage::text).noneMatch(t -> t.contains("13812345678"));
        assertThat(service.thread(worker, order, PageRequest.first()).items()).extracting(PrivateMessage::id)
                .containsExactly(reply.id(), first.id());
        assertThat(events).containsExactly(new PrivateMessageSent(first.id(), order, customer, worker),
                new PrivateMessageSent(reply.id(), order, worker, customer));
        assertThat(service.markRead(worker, order)).isEqualTo(1);
        assertThat(service.markRead(worker, order)).isZero();
        service.deliver(reply.id());
        assertThat(live.pushed).hasSize(1);
    }

    @Test
    @DisplayName("W3.2 someone outside the order, an order nobody accepted yet, and a blank message are refused")
    void refusals() {
        UUID stranger = UUID.randomUUID();
        assertThat(refusal(() -> service.send(stranger, order, "你好")).code()).isEqualTo("notification.thread-not-found");
        assertThat(refusal(() -> service.thread(stranger, order, PageRequest.first())).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(refusal(() -> service.send(customer, UUID.randomUUID(), "你好")).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(refusal(() -> service.send(customer, order, "   ")).code()).isEqualTo("notification.message-invalid");
        assertThat(refusal(() -> service.send(customer, order, "很".repeat(501))).kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(messages.rows).isEmpty();
    }

    @Test
    @DisplayName("W3.2 writing closes seven days after completion; reading the thread stays possible")
    void closesAfterCompletion() {
        service.send(customer, order, "谢谢师傅");
        orders.orders.put(order, new OrderParticipants(order, customer, worker, ACCEPTED, Optional.of(now)));
        now = now.plus(Duration.ofDays(7));
        service.send(worker, order, "不客气");
        now = now.plusSeconds(1);
        assertThat(refusal(() -> service.send(customer, order, "还在吗")).code()).isEqualTo("notification.thread-closed");
        assertThat(service.thread(customer, order, PageRequest.first()).total()).isEqualTo(2);
    }

    @Test
    @DisplayName("W3.2 an operator reads a thread only for an open complaint on that order, and each read is recorded")
    void operatorReadsForComplaint() {
        UUID operator = UUID.randomUUID();
        UUID complaint = UUID.randomUUID();
        PrivateMessagingService withComplaint = new PrivateMessagingService(orders, messages, accessLog, live, events::add,
                Clock.fixed(now, java.time.ZoneOffset.UTC), Duration.ofDays(7), java.util.Optional.empty(),
                (orderId, complaintId) -> orderId.equals(order) && complaintId.equals(complaint));
        service.send(customer, order, "师傅迟到了一个小时");
        assertThat(withComplaint.threadForComplaint(operator, order, complaint, PageRequest.first()).items()).hasSize(1);
        assertThat(accessLog.reads).containsExactly(operator + "/" + order + "/" + complaint);
        assertThat(refusal(() -> withComplaint.threadForComplaint(operator, UUID.randomUUID(), complaint, PageRequest.first())).kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    @DisplayName("W3.2 an invented complaint id reads nothing and records nothing")
    void inventedComplaintIsRefused() {
        service.send(customer, order, "师傅迟到了一个小时");
        DomainException refused = refusal(() -> service.threadForComplaint(UUID.randomUUID(), order, UUID.randomUUID(),
                PageRequest.first()));
        assertThat(refused.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
        assertThat(refused.code()).isEqualTo("notification.complaint-required");
        assertThat(accessLog.reads).isEmpty();
    }

    private static DomainException refusal(Runnable call) {
        return catchThrowableOfType(DomainException.class, call::run);
    }
}
