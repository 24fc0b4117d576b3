package org.shangmen.booking.domain.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;

class PlacementTest {

    static final long DAILY = 52_000;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate START = TODAY.plusDays(5);
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final UUID WORKER = UUID.randomUUID();
    private final AtomicLong ids = new AtomicLong();

    private UUID id() {
        return new UUID(0, ids.incrementAndGet());
    }

    private Placement contracted(Contract.PaymentPlan plan, int days) {
        Placement requested = Placement.request(id(), UUID.randomUUID(), UUID.randomUUID(), "maternity-nurse", "月嫂服务", Map.of(),
                RegionCode.of("440305"), Optional.empty(), START, START.plusDays(days), true,
                List.of(new Candidate(WORKER, NOW.plusSeconds(3600), Candidate.InterviewMode.ONLINE, Candidate.Status.INVITED,
                        Optional.empty())), NOW);
        Contract terms = new Contract(DAILY, 3 * DAILY, plan, 4, List.of("新生儿护理"), 3, 3, 1, NOW);
        return requested.answer(WORKER, true, NOW).choose(WORKER, terms, this::id, NOW);
    }

    private Placement paidAll(Placement p) {
        Placement paid = p;
        int n = 0;
        while (paid.nextDue().isPresent()) {
            paid = paid.pay("ref-" + n++, paid.nextDue().get().amountFen(), NOW);
        }
        return paid;
    }

    @Test
    @DisplayName("C4.2 a 26-day package paid upfront is a deposit and one period; monthly plans are one instalment per month, the last one short")
    void instalments() {
        assertThat(contracted(Contract.PaymentPlan.UPFRONT, 26).instalments()).extracting(Instalment::amountFen)
                .containsExactly(3 * DAILY, 26 * DAILY);
        Placement monthly = contracted(Contract.PaymentPlan.MONTHLY, 70);
        assertThat(monthly.instalments()).extracting(Instalment::kind).containsExactly(Instalment.Kind.DEPOSIT, Instalment.Kind.PERIOD,
                Instalment.Kind.PERIOD, Instalment.Kind.PERIOD);
        assertThat(monthly.instalments().stream().skip(1).mapToLong(Instalment::amountFen).sum()).isEqualTo(70 * DAILY);
    }

    @Test
    @DisplayName("C4.2 only the next instalment's exact amount is taken, and the deposit with the first period make the placement run")
    void paying() {
        Placement p = contracted(Contract.PaymentPlan.UPFRONT, 26);
        assertThatThrownBy(() -> p.pay("r", 26 * DAILY, NOW)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "booking.payment-amount-mismatch");
        Placement deposit = p.pay("r1", 3 * DAILY, NOW);
        assertThat(deposit.status()).isEqualTo(PlacementStatus.CONTRACTED);
        assertThat(deposit.pay("r2", 26 * DAILY, NOW).status()).isEqualTo(PlacementStatus.ACTIVE);
    }

    @Test
    @DisplayName("C2.4 within the trial a placement ends without notice or fee; the deposit and unserved days come back in full")
    void endInTrial() {
        Placement p = paidAll(contracted(Contract.PaymentPlan.UPFRONT, 26));
        Placement.Ended ended = p.endEarly(START.plusDays(2), TODAY, "不合适");
        assertThat(ended.feeFen()).isZero();
        assertThat(ended.refundFen()).isEqualTo(3 * DAILY + 24 * DAILY);
    }

    @Test
    @DisplayName("C2.4 after the trial an early end needs the contract's notice and keeps its fee days; unpaid periods after the end are void")
    void endAfterTrial() {
        Placement p = contracted(Contract.PaymentPlan.MONTHLY, 70);
        p = p.pay("d", 3 * DAILY, NOW);
        p = p.pay("m1", p.nextDue().orElseThrow().amountFen(), NOW);
        Placement running = p;
        assertThatThrownBy(() -> running.endEarly(TODAY.plusDays(2), TODAY, "x")).isInstanceOf(DomainException.class);
        Placement.Ended ended = running.endEarly(START.plusDays(20), START.plusDays(15), "搬家");
        assertThat(ended.feeFen()).isEqualTo(DAILY);
        long firstMonth = running.instalments().get(1).amountFen();
        assertThat(ended.refundFen()).isEqualTo(3 * DAILY + firstMonth - 20 * DAILY - DAILY);
        assertThat(ended.placement().instalments().stream().skip(2)).allMatch(i -> i.status() == Instalment.Status.VOID);
        assertThat(ended.placement().nextDue()).isEmpty();
    }

    @Test
    @DisplayName("C4.2 a paid period is settled once it is over, once; the placement ends when its span is over")
    void settling() {
        Placement p = paidAll(contracted(Contract.PaymentPlan.MONTHLY, 40));
        Placement.Settled first = p.settle(START.plusMonths(1));
        assertThat(first.settledNow()).hasSize(1);
        assertThat(first.ended()).isFalse();
        assertThat(first.placement().settle(START.plusMonths(1)).settledNow()).isEmpty();
        Placement.Settled last = first.placement().settle(START.plusDays(40));
        assertThat(last.settledNow()).hasSize(1);
        assertThat(last.ended()).isTrue();
        assertThat(last.placement().status()).isEqualTo(PlacementStatus.ENDED);
    }

    @Test
    @DisplayName("C2.4 a long placement is reviewed after each full month and at its end, each period once; a short one only at its end")
    void reviewsMonthlyAndAtTheEnd() {
        Placement longOne = paidAll(contracted(Contract.PaymentPlan.MONTHLY, 70));
        assertThatThrownBy(() -> PlacementReview.duePeriod(longOne, START.plusDays(20), java.util.Set.of()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "booking.placement-review-not-due");
        assertThat(PlacementReview.duePeriod(longOne, START.plusMonths(1), java.util.Set.of())).isEqualTo(1);
        assertThat(PlacementReview.duePeriod(longOne, START.plusMonths(2).plusDays(1), java.util.Set.of(1))).isEqualTo(2);
        assertThatThrownBy(() -> PlacementReview.duePeriod(longOne, START.plusMonths(1).plusDays(3), java.util.Set.of(1)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "booking.placement-reviewed");
        Placement shortOne = paidAll(contracted(Contract.PaymentPlan.UPFRONT, 26));
        assertThatThrownBy(() -> PlacementReview.duePeriod(shortOne, START.plusDays(20), java.util.Set.of()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "booking.placement-review-not-due");
        Placement ended = shortOne.settle(START.plusDays(26)).placement();
        assertThat(ended.status()).isEqualTo(PlacementStatus.ENDED);
        assertThat(PlacementReview.duePeriod(ended, START.plusDays(27), java.util.Set.of())).isEqualTo(PlacementReview.FINAL);
        assertThatThrownBy(() -> new PlacementReview(id(), ended.id(), WORKER, 0, 6, "", NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    @DisplayName("C2.4 a substitute's leave days are counted within each settled period only")
    void substituteDaysWithinAPeriod() {
        Substitution sub = new Substitution(id(), id(), WORKER, UUID.randomUUID(), START.plusDays(5), START.plusDays(8), "请假", NOW);
        assertThat(sub.daysWithin(START, START.plusDays(26))).isEqualTo(3);
        assertThat(sub.daysWithin(START, START.plusDays(6))).isEqualTo(1);
        assertThat(sub.daysWithin(START.plusDays(8), START.plusDays(26))).isZero();
        assertThat(sub.overlaps(START.plusDays(7), START.plusDays(9))).isTrue();
    }
}
