package org.shangmen.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.billing.domain.LedgerEntry.Posting;

class LedgerTest {

    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    @DisplayName("A3.2 an unbalanced entry or one with a single posting cannot be made, nor a posting of zero")
    void refusesUnbalanced() {
        assertThatThrownBy(() -> new LedgerEntry(UUID.randomUUID(), EntryKind.PAYMENT, "p", Optional.empty(), Optional.empty(), "x", AT,
                List.of(Posting.debit(LedgerAccount.CASH, 100), Posting.credit(LedgerAccount.ORDER_ESCROW, 99))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new LedgerEntry(UUID.randomUUID(), EntryKind.PAYMENT, "p", Optional.empty(), Optional.empty(), "x", AT,
                List.of(Posting.debit(LedgerAccount.CASH, 0)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerEntry(UUID.randomUUID(), EntryKind.PAYMENT, "p", Optional.empty(), Optional.empty(), "x", AT,
                List.of(Posting.debit(LedgerAccount.CASH, 5)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A3.2 a completed order splits the full price into the worker's share and commission; its discount is promotion cost")
    void completionSplit() {
        UUID order = UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        LedgerEntry full = Ledger.completion(UUID.randomUUID(), order, "440304", worker, 20_000, 3_000, 0, AT);
        assertThat(full.sum(LedgerAccount.ORDER_ESCROW)).isEqualTo(20_000);
        assertThat(full.sum(LedgerAccount.WORKER_PAYABLE)).isEqualTo(-17_000);
        assertThat(full.sum(LedgerAccount.PLATFORM_REVENUE)).isEqualTo(-3_000);
        assertThat(full.sum(LedgerAccount.PROMOTION_COST)).isZero();
        LedgerEntry discounted = Ledger.completion(UUID.randomUUID(), order, "440304", worker, 20_000, 3_000, 2_000, AT);
        assertThat(discounted.sum(LedgerAccount.PROMOTION_COST)).isEqualTo(2_000);
        assertThat(discounted.sum(LedgerAccount.ORDER_ESCROW)).isEqualTo(18_000);
        assertThat(discounted.sum(LedgerAccount.WORKER_PAYABLE)).isEqualTo(-17_000);
        LedgerEntry free = Ledger.completion(UUID.randomUUID(), order, "440304", worker, 20_000, 0, 0, AT);
        assertThat(free.postings()).hasSize(2);
    }

    @Test
    @DisplayName("A3.2 an add-on still unpaid at check-out is owed by the customer, never promotion cost; paying it settles the escrow")
    void unpaidAddOnIsOwed() {
        UUID order = UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        // 20 000 before a 2 000 discount, of which 18 000 paid; then a 4 000 add-on approved on site, unpaid at check-out.
        LedgerEntry paid = Ledger.payment(UUID.randomUUID(), UUID.randomUUID(), order, "440304", 18_000, AT);
        LedgerEntry completed = Ledger.completion(UUID.randomUUID(), order, "440304", worker, 24_000, 3_600, 2_000, AT);
        assertThat(completed.sum(LedgerAccount.PROMOTION_COST)).isEqualTo(2_000);
        assertThat(paid.sum(LedgerAccount.ORDER_ESCROW) + completed.sum(LedgerAccount.ORDER_ESCROW)).as("owed by the customer")
                .isEqualTo(4_000);
        LedgerEntry addOn = Ledger.payment(UUID.randomUUID(), UUID.randomUUID(), order, "440304", 4_000, AT);
        assertThat(paid.sum(LedgerAccount.ORDER_ESCROW) + completed.sum(LedgerAccount.ORDER_ESCROW) + addOn.sum(LedgerAccount.ORDER_ESCROW))
                .isZero();
        assertThatThrownBy(() -> Ledger.completion(UUID.randomUUID(), order, "440304", worker, 1_000, 0, 1_001, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A3.2 a refund comes out of the order's escrow while it holds enough, the rest is the platform's expense")
    void refundSources() {
        UUID order = UUID.randomUUID();
        LedgerEntry held = Ledger.refund(UUID.randomUUID(), UUID.randomUUID(), order, "440304", 5_000, 8_000, AT);
        assertThat(held.sum(LedgerAccount.ORDER_ESCROW)).isEqualTo(5_000);
        assertThat(held.sum(LedgerAccount.CASH)).isEqualTo(-5_000);
        LedgerEntry settled = Ledger.refund(UUID.randomUUID(), UUID.randomUUID(), order, "440304", 5_000, 1_000, AT);
        assertThat(settled.sum(LedgerAccount.ORDER_ESCROW)).isEqualTo(1_000);
        assertThat(settled.sum(LedgerAccount.REFUND_EXPENSE)).isEqualTo(4_000);
    }

    /**
     * Seeded random histories of payments, cancellations with fees, refunds, completions and payouts:
     * the ledger's global sum stays 0, no account of an order's escrow goes into debit, and what the
     * platform owes a worker never drops below zero.
     */
    @Test
    @DisplayName("A3.2 any history of payments, fees, refunds, completions and payouts keeps the ledger summing to zero")
    void randomHistoriesBalance() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<LedgerEntry> entries = new ArrayList<>();
            Map<LedgerAccount, Long> balances = new EnumMap<>(LedgerAccount.class);
            UUID worker = UUID.randomUUID();
            int orders = 1 + random.nextInt(8);
            for (int o = 0; o < orders; o++) {
                UUID order = UUID.randomUUID();
                long total = 1 + random.nextLong(500_000);
                long paid = random.nextInt(4) == 0 ? total - random.nextLong(total) : total;
                List<LedgerEntry> story = new ArrayList<>();
                story.add(Ledger.payment(UUID.randomUUID(), UUID.randomUUID(), order, "440304", paid, AT));
                long escrow = paid;
                if (random.nextBoolean()) {
                    long fee = random.nextLong(paid + 1);
                    if (fee > 0) {
                        story.add(Ledger.cancellationFee(UUID.randomUUID(), order, "440304", fee, AT));
                        escrow -= fee;
                    }
                    if (paid - fee > 0) {
                        story.add(Ledger.refund(UUID.randomUUID(), UUID.randomUUID(), order, "440304", paid - fee, escrow, AT));
                        escrow = 0;
                    }
                } else {
                    int rate = random.nextInt(10_001);
                    long commission = org.shangmen.kernel.Money.ofFen(total).percentage(rate).fen();
                    story.add(Ledger.completion(UUID.randomUUID(), order, "440304", worker, total, commission, total - paid, AT));
                    escrow = 0;
                    if (random.nextBoolean()) {
                        long back = 1 + random.nextLong(paid);
                        story.add(Ledger.refund(UUID.randomUUID(), UUID.randomUUID(), order, "440304", back, escrow, AT));
                    }
                }
                long orderEscrow = 0;
                for (LedgerEntry e : story) {
                    orderEscrow += e.sum(LedgerAccount.ORDER_ESCROW);
                    assertThat(orderEscrow).as("seed %d: escrow never owes the customer less than nothing", seed).isLessThanOrEqualTo(0);
                }
                assertThat(orderEscrow).as("seed %d: a finished order holds nothing in escrow", seed).isZero();
                entries.addAll(story);
            }
            long owed = -entries.stream().mapToLong(e -> e.sum(LedgerAccount.WORKER_PAYABLE)).sum();
            if (owed > 0) {
                entries.add(Ledger.payout(UUID.randomUUID(), UUID.randomUUID(), worker, owed, AT));
            }
            for (LedgerEntry e : entries) {
                for (Posting p : e.postings()) {
                    balances.merge(p.account(), p.amountFen(), Long::sum);
                }
            }
            assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).as("seed %d", seed).isZero();
            assertThat(balances.getOrDefault(LedgerAccount.WORKER_PAYABLE, 0L)).as("seed %d: paid out in full", seed).isZero();
            assertThat(balances.getOrDefault(LedgerAccount.ORDER_ESCROW, 0L)).as("seed %d", seed).isZero();
        }
    }
}
