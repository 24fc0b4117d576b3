package org.shangmen.worker.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * A tier of work (W4.2): services that ask the same of a worker, from work on a home to the care of people who
 * cannot look after themselves. Operators may require a badge for a whole tier (for example first aid for
 * every care service) besides the badges of single services; the tiers follow the catalogue's demo
 * categories (保洁清洗, 家居养护, 母婴家务, 护理照护).
 */
public enum WorkTier {
    CLEANING("保洁清洗", EnumSet.of(Skill.DAILY_CLEANING, Skill.DEEP_CLEANING, Skill.APPLIANCE_CLEANING)),
    HOME_CARE("家居养护", EnumSet.of(Skill.HOME_MAINTENANCE)),
    HOUSEHOLD("母婴家务", EnumSet.of(Skill.NANNY, Skill.MATERNITY_NURSE)),
    CARE("护理照护", EnumSet.of(Skill.ELDERLY_CARE, Skill.PATIENT_CARE));

    private final String chineseName;
    private final Set<Skill> skills;

    WorkTier(String chineseName, Set<Skill> skills) {
        this.chineseName = chineseName;
        this.skills = skills;
    }

    public String chineseName() {
        return chineseName;
    }

    public Set<Skill> skills() {
        return Set.copyOf(skills);
    }

    /** The tier a service belongs to. */
    public static WorkTier of(Skill skill) {
        for (WorkTier tier : values()) {
            if (tier.skills.contains(skill)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("no tier for " + skill);
    }
}
