package org.shangmen.booking.api;

/** Why a worker turned an offer down (W2.2), as the customer reads it. OTHER comes with the worker's words. */
public enum RejectionReason {
    ALREADY_BOOKED("已有安排"),
    TOO_FAR("距离太远"),
    OTHER("其他原因");

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
