package org.shangmen.analytics.adapter.in.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.shangmen.analytics.domain.InsightFilter;
import org.shangmen.kernel.DomainException;

/** The query every insight takes: its period, region, item and worker group, and the answer's format. */
record InsightQuery(
        @Parameter(description = "期间开始日(含),如 2026-01-01 / first day, inclusive") String from,
        @Parameter(description = "期间结束日(不含),如 2027-01-01;期间最长 3 年 / day after the last, at most 3 years on") String until,
        @Parameter(description = "区县代码,或以 00 结尾的城市代码(全市) / a district, or a city code ending in 00") String region,
        @Parameter(description = "服务项目代码,如 daily-cleaning / a service item's code") String item,
        @Parameter(description = "家政人员技能(人员分组),如 DAILY_CLEANING / the workers' skill (worker group)") String skill,
        @Parameter(description = "json(默认)、csv 或 xlsx / json (the default), csv or xlsx") String format) {

    InsightFilter filter() {
        return new InsightFilter(day(from), day(until), Optional.ofNullable(region), Optional.ofNullable(item), Optional.ofNullable(skill));
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainException.invalid("analytics.period-invalid", InsightFilter.MAX_DAYS);
        }
    }
}
