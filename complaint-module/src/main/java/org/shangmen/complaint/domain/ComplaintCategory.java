package org.shangmen.complaint.domain;

/** What a complaint is about (A2.1); the Chinese label is what customers pick from. */
public enum ComplaintCategory {
    SERVICE_QUALITY("服务质量"),
    LATE_OR_NO_SHOW("迟到/爽约"),
    ATTITUDE("态度"),
    PROPERTY_DAMAGE("财物损坏"),
    SAFETY("安全"),
    CHARGES("收费问题"),
    OTHER("其他");

    private final String label;

    ComplaintCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
