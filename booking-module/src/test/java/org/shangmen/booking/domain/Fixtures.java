package org.shangmen.booking.domain;

import static org.shangmen.booking.api.OptionValue.fixed;
import static org.shangmen.booking.api.OptionValue.percent;
import static org.shangmen.booking.api.OptionValue.plain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.CatalogueAdministration.ItemDraft;
import org.shangmen.booking.api.OptionSpec;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;

/** Catalogue items for tests, shaped like the demo catalogue. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private Fixtures() {
    }

    public static ItemDraft dailyCleaningDraft(String code) {
        return new ItemDraft(code, "cleaning", "日常保洁", "按小时上门的日常打扫。", List.of("自带工具", "完工验收"),
                PricingUnit.PER_HOUR, 4_500, 120, 180, Skill.DAILY_CLEANING, Set.of(CertificateType.HOUSEKEEPER), List.of(
                OptionSpec.quantity("hours", "服务时长", "小时", 2, 8, 1, 3, 0),
                OptionSpec.number("area", "面积", "平方米", false, 20, 300, 10, null, 0, 0),
                OptionSpec.multiChoice("focus", "厨房重点", 3, List.of(
                        fixed("stove", "灶台", 0, 10), fixed("hood", "油烟机", 3_000, 30), fixed("sink", "水槽", 0, 10),
                        fixed("fridge", "冰箱内部", 2_000, 20))),
                OptionSpec.choice("thoroughness", "清洁程度", false, List.of(plain("standard", "标准"), percent("deep", "深度", 2_000, 30))),
                OptionSpec.choice("products", "清洁用品", false, List.of(
                        fixed("platform", "平台自带", 1_500, 0), plain("customer", "客户提供"), fixed("eco", "环保型", 2_500, 0))),
                OptionSpec.text("note", "备注", 20)));
    }

    public static ServiceItem dailyCleaning() {
        return ServiceItem.define(UUID.randomUUID(), dailyCleaningDraft("daily-cleaning"), 10, NOW);
    }

    public static ServiceItem deepCleaning() {
        return ServiceItem.define(UUID.randomUUID(), new ItemDraft("deep-cleaning", "cleaning", "深度保洁", "按面积计价。", List.of(),
                PricingUnit.PER_SQUARE_METRE, 800, 240, 120, Skill.DEEP_CLEANING, Set.of(), List.of(
                OptionSpec.quantity("area", "面积", "平方米", 30, 500, 1, null, 2),
                OptionSpec.choice("glass", "玻璃清洁", false, List.of(plain("none", "不需要"), percent("both", "内外两侧", 1_500, 60))),
                OptionSpec.choice("kitchenGrease", "厨房重油污", false, List.of(plain("no", "无"), fixed("yes", "有", 8_000, 60))))),
                20, NOW);
    }

    public static ServiceItem applianceCleaning() {
        return ServiceItem.define(UUID.randomUUID(), new ItemDraft("appliance-cleaning", "cleaning", "家电清洗", "按台计价。", List.of(),
                PricingUnit.PER_APPLIANCE, 12_000, 60, 30, Skill.APPLIANCE_CLEANING, Set.of(), List.of(
                OptionSpec.choice("appliance", "家电类型", true, List.of(plain("wallAc", "挂式空调"),
                        percent("cabinetAc", "柜式空调", 5_000, 0), percent("washer", "洗衣机", 2_500, 0))),
                OptionSpec.quantity("count", "台数", "台", 1, 10, 1, 1, 60))), 30, NOW);
    }

    public static ServiceItem homeMaintenance() {
        return ServiceItem.define(UUID.randomUUID(), new ItemDraft("home-maintenance", "home-care", "家居保养", "按次计价。", List.of(),
                PricingUnit.PER_VISIT, 26_000, 120, 180, Skill.HOME_MAINTENANCE, Set.of(), List.of(
                OptionSpec.multiChoice("surfaces", "保养项目", 3, List.of(plain("woodFloor", "木地板打蜡"),
                        fixed("leatherSofa", "真皮沙发护理", 8_000, 30), fixed("stone", "石材结晶", 15_000, 60))),
                OptionSpec.number("floorArea", "地板面积", "平方米", false, 0, 200, 10, 0, 300, 1))), 10, NOW);
    }

    public static ServiceItem maternityNurse() {
        return ServiceItem.define(UUID.randomUUID(), new ItemDraft("maternity-nurse", "household", "月嫂服务", "按天计价。", List.of(),
                PricingUnit.PER_DAY, 52_000, 480, 480, Skill.MATERNITY_NURSE,
                Set.of(CertificateType.MATERNITY_NURSE, CertificateType.HEALTH), List.of(
                OptionSpec.quantity("days", "服务天数", "天", 1, 52, 1, 26, 0),
                OptionSpec.choice("level", "月嫂等级", false, List.of(plain("threeStar", "三星"), percent("gold", "金牌", 6_000, 0))),
                OptionSpec.choice("twins", "双胞胎", false, List.of(plain("no", "否"), percent("yes", "是", 3_000, 0))))), 10, NOW);
    }

    public static List<ServiceItem> all() {
        return List.of(dailyCleaning(), deepCleaning(), applianceCleaning(), homeMaintenance(), maternityNurse());
    }
}
