package org.shangmen.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrepaidPackageTest {

    private static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");

    private static PrepaidPackage pkg(long price, int visits, int used, long consumed) {
        return new PrepaidPackage(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), visits, 1, 0, price, used, consumed, 0,
                PrepaidPackage.Status.ACTIVE, Optional.of(UUID.randomUUID()), "440305", "周期服务套餐", AT, Optional.of(AT), Optional.empty());
    }

    @Test
    @DisplayName("C4.2 a package's price is the visit price times the visits less the discount rounded down to the fen")
    void price() {
        assertThat(PrepaidPackage.price(12_000, 10, 1000)).isEqualTo(108_000);
        // 3 × 3 333 = 9 999 fen gross, 5 % = 499.95 fen: 499 fen off, the customer pays 9 500.
        assertThat(PrepaidPackage.price(3_333, 3, 500)).isEqualTo(9_500);
        assertThat(PrepaidPackage.price(7_777, 4, 0)).isEqualTo(31_108);
    }

    @Test
    @DisplayName("C4.2 each visit uses price / visits and the last one the remainder, so the shares add up to the price exactly")
    void sharesAddUp() {
        long price = 100_003;
        int visits = 7;
        PrepaidPackage p = pkg(price, visits, 0, 0);
        List<Long> shares = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            long share = p.nextShareFen();
            shares.add(share);
            p = pkg(price, visits, p.used() + 1, p.consumedFen() + share);
        }
        assertThat(shares.subList(0, visits - 1)).containsOnly(price / visits);
        assertThat(shares.get(visits - 1)).isEqualTo(price - (visits - 1) * (price / visits));
        assertThat(shares.stream().mapToLong(Long::longValue).sum()).isEqualTo(price);
        assertThat(p.visitsLeft()).isZero();
        assertThat(p.state()).isEqualTo("USED_UP");
        assertThat(p.stateLabel()).isEqualTo("已用完");
        assertThat(p.remainingFen()).isZero();
    }

    @Test
    @DisplayName("C4.2 a package's entries balance: bought, a visit paid with its discount as promotion cost, returned, refunded")
    void entriesBalance() {
        UUID packageId = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        List<LedgerEntry> entries = List.of(
                Ledger.payment(UUID.randomUUID(), UUID.randomUUID(), packageId, "440305", 108_000, AT),
                Ledger.packagePurchase(UUID.randomUUID(), packageId, "440305", 108_000, AT),
                Ledger.packageVisit(UUID.randomUUID(), order, "440305", 10_800, 12_000, AT),
                Ledger.packageReturn(UUID.randomUUID(), order, "440305", 10_800, 12_000, AT),
                Ledger.packageRefund(UUID.randomUUID(), "END:" + packageId, packageId, "440305", 108_000, AT),
                Ledger.refund(UUID.randomUUID(), UUID.randomUUID(), packageId, "440305", 108_000, 108_000, AT));
        Map<LedgerAccount, Long> totals = new EnumMap<>(LedgerAccount.class);
        for (LedgerEntry e : entries) {
            for (LedgerEntry.Posting p : e.postings()) {
                totals.merge(p.account(), p.amountFen(), Long::sum);
            }
        }
        assertThat(entries.get(2).sum(LedgerAccount.PREPAID_PACKAGE)).isEqualTo(10_800);
        assertThat(entries.get(2).sum(LedgerAccount.PROMOTION_COST)).isEqualTo(1_200);
        assertThat(entries.get(2).sum(LedgerAccount.ORDER_ESCROW)).isEqualTo(-12_000);
        assertThat(totals.values()).as("everything bought, returned and refunded nets out").containsOnly(0L);
        LedgerEntry cheaper = Ledger.packageVisit(UUID.randomUUID(), UUID.randomUUID(), "440305", 10_800, 10_000, AT);
        assertThat(cheaper.sum(LedgerAccount.PROMOTION_COST)).as("an order cheaper than its share").isEqualTo(-800);
    }
}
