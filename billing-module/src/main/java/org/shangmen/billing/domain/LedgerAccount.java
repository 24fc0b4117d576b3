package org.shangmen.billing.domain;

/**
 * The ledger's accounts. Debits are positive, credits negative. CASH is the platform's money at the
 * payment providers and the bank; ORDER_ESCROW what customers paid for orders not yet completed (in
 * debit for a completed order: what its customer still owes, such as an add-on paid after check-out);
 * WORKER_PAYABLE what the platform owes workers; PLATFORM_REVENUE commission and kept fees;
 * PROMOTION_COST and REFUND_EXPENSE what the platform bears (a prepaid package's discount included);
 * PREPAID_PACKAGE what customers paid for prepaid packages and their visits have not used yet.
 */
public enum LedgerAccount {
    CASH, ORDER_ESCROW, PLATFORM_REVENUE, WORKER_PAYABLE, PROMOTION_COST, REFUND_EXPENSE, PREPAID_PACKAGE
}
