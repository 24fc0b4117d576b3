package org.shangmen.analytics.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.shangmen.kernel.DomainException;

/**
 * What an insight covers: local days [from, until), a district or a whole city (a code ending in 00), one
 * service item, one worker skill (the worker group).
 */
public record InsightFilter(LocalDate from, LocalDate until, Optional<String> region, Optional<String> item, Optional<String> skill) {

    /** Longest period one question may cover. */
    public static final int MAX_DAYS = 3 * 366;

    public InsightFilter {
        if (from == null || until == null || !until.isAfter(from) || from.plusDays(MAX_DAYS).isBefore(until)) {
            throw DomainException.invalid("analytics.period-invalid", MAX_DAYS);
        }
        region = region.filter(r -> !r.isBlank());
        if (region.isPresent() && !region.get().matches("[1-9][0-9]{5}")) {
            throw DomainException.invalid("analytics.region-invalid");
        }
        item = item.filter(i -> !i.isBlank());
        if (item.isPresent() && !item.get().matches("[a-z0-9-]{1,64}")) {
            throw DomainException.invalid("analytics.item-invalid");
        }
        skill = skill.filter(s -> !s.isBlank());
        if (skill.isPresent() && !skill.get().matches("[A-Z_]{1,32}")) {
            throw DomainException.invalid("analytics.skill-invalid");
        }
    }

    public boolean wholeCity() {
        return region.map(r -> r.endsWith("00")).orElse(false);
    }

    /** The same days one year earlier. */
    public InsightFilter lastYear() {
        return new InsightFilter(from.minusYears(1), until.minusYears(1), region, item, skill);
    }
}
