package org.shangmen.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;

class ComplaintTest {

    static final Instant FILED = Instant.parse("2026-05-01T02:00:00Z");

    static Complaint filed() {
        return Complaint.file(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Optional.of(UUID.randomUUID()),
                ComplaintCategory.ATTITUDE, " 态度差 ", "440304", List.of("daily-cleaning"), FILED);
    }

    @Test
    @DisplayName("A2.1 unanswered for more than 24 hours a complaint is overdue; the first answer ends that")
    void deadline() {
        Complaint c = filed();
        assertThat(c.text()).isEqualTo("态度差");
        assertThat(c.answerDueAt()).isEqualTo(FILED.plus(Duration.ofHours(24)));
        assertThat(c.overdue(FILED.plus(Duration.ofHours(24)))).isFalse();
        assertThat(c.overdue(FILED.plus(Duration.ofHours(25)))).isTrue();
        assertThat(c.answered(FILED.plus(Duration.ofHours(30))).overdue(FILED.plus(Duration.ofHours(31)))).isFalse();
    }

    @Test
    @DisplayName("A2.1 a complaint is resolved once; rating and statement follow resolution, once each")
    void resolvesOnce() {
        UUID operator = UUID.randomUUID();
        Complaint c = filed();
        assertThatThrownBy(() -> c.rate(5, Optional.empty(), FILED)).isInstanceOf(DomainException.class);
        Complaint resolved = c.assign(operator).resolve(ComplaintOutcome.APOLOGY, "致歉", 0, Optional.empty(), operator, FILED);
        assertThat(resolved.isOpen()).isFalse();
        assertThat(resolved.firstAnsweredAt()).contains(FILED);
        assertThatThrownBy(() -> resolved.resolve(ComplaintOutcome.NO_FAULT, "x", 0, Optional.empty(), operator, FILED))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> resolved.rate(6, Optional.empty(), FILED)).isInstanceOf(DomainException.class);
        Complaint rated = resolved.rate(3, Optional.of(" 一般 "), FILED);
        assertThat(rated.ratingComment()).contains("一般");
        assertThatThrownBy(() -> rated.rate(4, Optional.empty(), FILED)).isInstanceOf(DomainException.class);
        Complaint stated = rated.statement("说明", FILED);
        assertThatThrownBy(() -> stated.statement("再说", FILED)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Complaint.file(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Optional.empty(),
                ComplaintCategory.OTHER, "  ", "440304", List.of(), FILED)).isInstanceOf(DomainException.class);
    }
}
