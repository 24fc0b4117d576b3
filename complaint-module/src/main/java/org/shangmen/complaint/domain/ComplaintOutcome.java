package org.shangmen.complaint.domain;

/** How operators settled a complaint, and whether the outcome holds the worker responsible. */
public enum ComplaintOutcome {
    NO_FAULT("未发现过错", false),
    APOLOGY("致歉", false),
    PARTIAL_REFUND("部分退款", true),
    FULL_REFUND("全额退款", true),
    WORKER_PENALTY("服务人员处罚", true),
    RETRAINING("回炉培训", true);

    private final String label;
    private final boolean workerAtFault;

    ComplaintOutcome(String label, boolean workerAtFault) {
        this.label = label;
        this.workerAtFault = workerAtFault;
    }

    public String label() {
        return label;
    }

    public boolean workerAtFault() {
        return workerAtFault;
    }

    public boolean refunds() {
        return this == PARTIAL_REFUND || this == FULL_REFUND;
    }
}
