package org.shangmen.billing.domain;

/**
 * The business fact a ledger entry records; together with its source id it is unique. PACKAGE_PURCHASE
 * turns a paid package into the customer's prepayment, PACKAGE_VISIT pays one visit's order from it
 * (once per order), PACKAGE_RETURN gives a cancelled visit back, PACKAGE_REFUND releases what goes back
 * to the customer so that the refund takes it.
 */
public enum EntryKind {
    PAYMENT, REFUND, COMMISSION, CANCELLATION_FEE, PAYOUT, ADJUSTMENT, PROMOTION, PACKAGE_PURCHASE, PACKAGE_VISIT, PACKAGE_RETURN,
    PACKAGE_REFUND
}
