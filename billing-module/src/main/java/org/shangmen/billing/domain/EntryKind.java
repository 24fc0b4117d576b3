package org.shangmen.billing.domain;

/** The business fact a ledger entry records; together with its source id it is unique. */
public enum EntryKind {
    PAYMENT, REFUND, COMMISSION, CANCELLATION_FEE, PAYOUT, ADJUSTMENT, PROMOTION
}
