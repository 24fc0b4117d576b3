package org.shangmen.worker.api;

/**
 * What a worker can do: the eight services of the catalogue (C2.1). The booking module names the skill
 * each catalogue item needs; dispatch and search match on it.
 */
public enum Skill {
    DAILY_CLEANING("日常保洁"),
    DEEP_CLEANING("深度保洁"),
    APPLIANCE_CLEANING("家电清洗"),
    HOME_MAINTENANCE("家居保养"),
    NANNY("保姆服务"),
    MATERNITY_NURSE("月嫂服务"),
    ELDERLY_CARE("老人护理"),
    PATIENT_CARE("病人护理");

    private final String chineseName;

    Skill(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
