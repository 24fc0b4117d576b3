package org.shangmen.worker.api;

/** The certificates the platform recognises (C3.2, W1.2). */
public enum CertificateType {
    HOUSEKEEPER("家政服务员证"),
    MATERNITY_NURSE("母婴护理师证"),
    CHILDCARE("育婴员证"),
    ELDERLY_CARE("养老护理员证"),
    HEALTH("健康证"),
    NURSING_ASSISTANT("医疗护理员证");

    private final String chineseName;

    CertificateType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
