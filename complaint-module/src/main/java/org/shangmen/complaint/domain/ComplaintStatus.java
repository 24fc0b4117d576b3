package org.shangmen.complaint.domain;

/** Where a complaint stands: filed and waiting, taken by an operator, or resolved with an outcome. */
public enum ComplaintStatus {
    OPEN("待处理"),
    IN_PROGRESS("处理中"),
    RESOLVED("已处理");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
