package org.shangmen.billing.domain;

/**
 * Where a payment stands. PENDING until a verified notice or a server-side query settles it; ANOMALY
 * when money arrived that does not match the payment (operators resolve it, the order is not paid).
 */
public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED, ANOMALY;

    public boolean isFinal() {
        return this != PENDING;
    }
}
