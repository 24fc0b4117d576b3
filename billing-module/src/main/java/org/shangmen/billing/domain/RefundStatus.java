package org.shangmen.billing.domain;

public enum RefundStatus {
    PENDING, SUCCEEDED, FAILED
}
