package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.LedgerEntry.Posting;

/**
 * The entries each business fact makes. Customer money waits in ORDER_ESCROW from payment until the
 * order completes (then it is split into the worker's share and commission) or is refunded.
 */
public final class Ledger {

    private Ledger() {
    }

    /** A verified payment: the money is at the provider, held for the order. */
    public static LedgerEntry payment(UUID entryId, UUID paymentId, UUID orderId, String district, long amountFen, Instant at) {
        return new LedgerEntry(entryId, EntryKind.PAYMENT, paymentId.toString(), Optional.of(orderId), Optional.of(district),
                "payment", at, List.of(Posting.debit(LedgerAccount.CASH, amountFen),
                Posting.credit(LedgerAccount.ORDER_ESCROW, amountFen)));
    }

    /**
     * A refund leaves CASH. It comes out of the order's escrow while that holds enough, and what the
     * escrow no longer holds (the order completed and was split) is the platform's expense.
     */
    public static LedgerEntry refund(UUID entryId, UUID refundId, UUID orderId, String district, long amountFen, long escrowHeldFen,
                                     Instant at) {
        long fromEscrow = Math.max(0, Math.min(amountFen, escrowHeldFen));
        List<Posting> postings = new ArrayList<>();
        if (fromEscrow > 0) {
            postings.add(Posting.debit(LedgerAccount.ORDER_ESCROW, fromEscrow));
        }
        if (amountFen - fromEscrow > 0) {
            postings.add(Posting.debit(LedgerAccount.REFUND_EXPENSE, amountFen - fromEscrow));
        }
        postings.add(Posting.credit(LedgerAccount.CASH, amountFen));
        return new LedgerEntry(entryId, EntryKind.REFUND, refundId.toString(), Optional.of(orderId), Optional.of(district), "refund",
                at, postings);
    }

    /** The cancellation fee the order's policy keeps becomes revenue. */
    public static LedgerEntry cancellationFee(UUID entryId, UUID orderId, String district, long feeFen, Instant at) {
        return new LedgerEntry(entryId, EntryKind.CANCELLATION_FEE, orderId.toString(), Optional.of(orderId), Optional.of(district),
                "cancellation fee", at, List.of(Posting.debit(LedgerAccount.ORDER_ESCROW, feeFen),
                Posting.credit(LedgerAccount.PLATFORM_REVENUE, feeFen)));
    }

    /**
     * A completed order releases what the customer owes for it from escrow: the worker's share to
     * WORKER_PAYABLE, commission to revenue, both from the full price. The order's discounts are the
     * platform's PROMOTION_COST; what the customer owes is the total less the discounts. When less than
     * that was paid by now (an approved add-on still unpaid), the order's escrow stands in debit: the
     * customer owes it, and the later payment brings it back to zero. Nothing the customer still owes
     * is ever booked as a promotion cost.
     *
     * @param totalFen    the order's full price (before discounts, add-ons included)
     * @param discountFen what promotions and coupons took off, borne by the platform
     */
    public static LedgerEntry completion(UUID entryId, UUID orderId, String district, UUID workerId, long totalFen, long commissionFen,
                                         long discountFen, Instant at) {
        if (discountFen < 0 || discountFen > totalFen) {
            throw new IllegalArgumentException("a discount lies between nothing and the whole price");
        }
        long payable = totalFen - commissionFen;
        long owed = totalFen - discountFen;
        List<Posting> postings = new ArrayList<>();
        if (owed != 0) {
            postings.add(Posting.debit(LedgerAccount.ORDER_ESCROW, owed));
        }
        if (discountFen != 0) {
            postings.add(Posting.debit(LedgerAccount.PROMOTION_COST, discountFen));
        }
        if (payable != 0) {
            postings.add(Posting.credit(LedgerAccount.WORKER_PAYABLE, workerId, payable));
        }
        if (commissionFen != 0) {
            postings.add(Posting.credit(LedgerAccount.PLATFORM_REVENUE, commissionFen));
        }
        return new LedgerEntry(entryId, EntryKind.COMMISSION, orderId.toString(), Optional.of(orderId), Optional.of(district),
                "order completed", at, postings);
    }

    /**
     * An operator's adjustment to a worker's statement: a bonus (positive) comes out of the platform's
     * revenue into what the worker is owed; a deduction (negative) goes the other way.
     */
    public static LedgerEntry adjustment(UUID entryId, UUID adjustmentId, UUID workerId, long amountFen, Instant at) {
        if (amountFen == 0) {
            throw new IllegalArgumentException("an adjustment changes something");
        }
        List<Posting> postings = amountFen > 0
                ? List.of(Posting.debit(LedgerAccount.PLATFORM_REVENUE, amountFen), Posting.credit(LedgerAccount.WORKER_PAYABLE, workerId,
                amountFen))
                : List.of(Posting.debit(LedgerAccount.WORKER_PAYABLE, workerId, -amountFen), Posting.credit(LedgerAccount.PLATFORM_REVENUE,
                -amountFen));
        return new LedgerEntry(entryId, EntryKind.ADJUSTMENT, adjustmentId.toString(), Optional.empty(), Optional.empty(),
                "statement adjustment", at, postings);
    }

    /** A statement paid out to a worker's bank account. */
    public static LedgerEntry payout(UUID entryId, UUID statementId, UUID workerId, long amountFen, Instant at) {
        return new LedgerEntry(entryId, EntryKind.PAYOUT, statementId.toString(), Optional.empty(), Optional.empty(), "payout", at,
                List.of(Posting.debit(LedgerAccount.WORKER_PAYABLE, workerId, amountFen), Posting.credit(LedgerAccount.CASH, amountFen)));
    }

    /**
     * A paid prepaid package: the payment's money (held in escrow under the package's id) becomes the
     * customer's prepayment.
     */
    public static LedgerEntry packagePurchase(UUID entryId, UUID packageId, String district, long priceFen, Instant at) {
        return new LedgerEntry(entryId, EntryKind.PACKAGE_PURCHASE, packageId.toString(), Optional.of(packageId), Optional.of(district),
                "prepaid package paid", at, List.of(Posting.debit(LedgerAccount.ORDER_ESCROW, priceFen),
                Posting.credit(LedgerAccount.PREPAID_PACKAGE, priceFen)));
    }

    /**
     * A visit's order paid from a package: the order's escrow receives what the order costs; the visit's
     * share comes out of the prepayment and the rest (the package's discount) is the platform's
     * promotion cost (a credit there when the order costs less than the share).
     */
    public static LedgerEntry packageVisit(UUID entryId, UUID orderId, String district, long shareFen, long orderFen, Instant at) {
        return new LedgerEntry(entryId, EntryKind.PACKAGE_VISIT, orderId.toString(), Optional.of(orderId), Optional.of(district),
                "visit paid from prepaid package", at, visitPostings(shareFen, orderFen, 1));
    }

    /** A cancelled visit paid from a package gives its share back to the package, its discount back to promotion cost. */
    public static LedgerEntry packageReturn(UUID entryId, UUID orderId, String district, long shareFen, long orderFen, Instant at) {
        return new LedgerEntry(entryId, EntryKind.PACKAGE_RETURN, orderId.toString(), Optional.of(orderId), Optional.of(district),
                "visit returned to prepaid package", at, visitPostings(shareFen, orderFen, -1));
    }

    /** What goes back to a package's customer leaves the prepayment for the package's escrow, from which the refund is paid. */
    public static LedgerEntry packageRefund(UUID entryId, String sourceId, UUID packageId, String district, long amountFen, Instant at) {
        return new LedgerEntry(entryId, EntryKind.PACKAGE_REFUND, sourceId, Optional.of(packageId), Optional.of(district),
                "prepaid package refund", at, List.of(Posting.debit(LedgerAccount.PREPAID_PACKAGE, amountFen),
                Posting.credit(LedgerAccount.ORDER_ESCROW, amountFen)));
    }

    private static List<Posting> visitPostings(long shareFen, long orderFen, int sign) {
        List<Posting> postings = new ArrayList<>();
        postings.add(Posting.debit(LedgerAccount.PREPAID_PACKAGE, sign * shareFen));
        if (orderFen != shareFen) {
            postings.add(Posting.debit(LedgerAccount.PROMOTION_COST, sign * (orderFen - shareFen)));
        }
        postings.add(Posting.credit(LedgerAccount.ORDER_ESCROW, sign * orderFen));
        return postings;
    }
}
