package org.shangmen.analytics.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.Skill;

/** The codes the insights answer with, and their Chinese labels. */
final class Labels {

    static final Map<String, String> GRANULARITIES = Map.of("DAY", "按日", "WEEK", "按周", "MONTH", "按月");
    static final Map<String, String> WORKER_GROUPS = Map.of("SKILL", "按技能", "DISTRICT", "按区县", "EXPERIENCE", "按从业年限");
    static final Map<String, String> COMPLAINT_GROUPS = Map.of("ITEM", "按服务项目", "DISTRICT", "按区县", "WORKER", "按家政人员");
    static final Map<String, String> STEPS = Map.of("QUOTED", "报价", "SUBMITTED", "提交订单", "ACCEPTED", "接单", "PAID", "支付",
            "COMPLETED", "完成");
    static final Map<String, String> LOSSES = Map.of("NO_WORKER_FOUND", "无人接单", "PAYMENT_OVERDUE", "超时未支付", "CANCELLED", "取消");
    static final Map<String, String> ACTORS = Map.of("CUSTOMER", "客户", "WORKER", "家政人员", "OPERATOR", "运营人员", "PLATFORM", "平台");
    static final Map<String, String> BANDS;
    static final Map<String, String> AGE_BANDS;

    static {
        Map<String, String> bands = new LinkedHashMap<>();
        bands.put("Y0_1", "1 年以下");
        bands.put("Y1_3", "1–3 年");
        bands.put("Y3_5", "3–5 年");
        bands.put("Y5_PLUS", "5 年及以上");
        BANDS = Map.copyOf(bands);
        Map<String, String> ages = new LinkedHashMap<>();
        ages.put("UNDER_25", "25 岁以下");
        ages.put("A25_34", "25–34 岁");
        ages.put("A35_44", "35–44 岁");
        ages.put("A45_54", "45–54 岁");
        ages.put("A55_64", "55–64 岁");
        ages.put("A65_PLUS", "65 岁及以上");
        ages.put("UNKNOWN", "未提供");
        AGE_BANDS = java.util.Collections.unmodifiableMap(ages);
    }

    /** A customer's age band; UNKNOWN without a consented birth year. */
    static String ageBand(Integer age) {
        if (age == null) {
            return "UNKNOWN";
        }
        if (age < 25) {
            return "UNDER_25";
        }
        if (age >= 65) {
            return "A65_PLUS";
        }
        int low = 25 + (age - 25) / 10 * 10;
        return "A" + low + "_" + (low + 9);
    }

    private Labels() {
    }

    static String require(Map<String, String> codes, String value, String error) {
        if (value == null || !codes.containsKey(value)) {
            throw DomainException.invalid(error, String.join("、", new java.util.TreeSet<>(codes.keySet())));
        }
        return value;
    }

    /** The experience band of a worker's years in the trade: under 1, 1–3, 3–5, 5 and more. */
    static String experienceBand(int years) {
        if (years < 1) {
            return "Y0_1";
        }
        if (years < 3) {
            return "Y1_3";
        }
        return years < 5 ? "Y3_5" : "Y5_PLUS";
    }

    static String group(String by, String key) {
        return switch (by) {
            case "SKILL" -> {
                try {
                    yield Skill.valueOf(key).chineseName();
                } catch (IllegalArgumentException e) {
                    yield key;
                }
            }
            case "EXPERIENCE" -> BANDS.getOrDefault(key, key);
            default -> key;
        };
    }

    /** Where a cancelled order was lost: nobody took it, it was not paid in time, or someone cancelled it. */
    static String lossKind(String reason) {
        if ("booking.no-worker-found".equals(reason)) {
            return "NO_WORKER_FOUND";
        }
        return "booking.payment-overdue".equals(reason) ? "PAYMENT_OVERDUE" : "CANCELLED";
    }
}
