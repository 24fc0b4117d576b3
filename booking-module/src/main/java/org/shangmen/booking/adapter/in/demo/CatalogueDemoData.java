package org.shangmen.booking.adapter.in.demo;

import static org.shangmen.booking.api.OptionValue.fixed;
import static org.shangmen.booking.api.OptionValue.percent;
import static org.shangmen.booking.api.OptionValue.plain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.booking.api.CatalogueAdministration;
import org.shangmen.booking.api.CatalogueAdministration.CategoryDraft;
import org.shangmen.booking.api.CatalogueAdministration.ItemDraft;
import org.shangmen.booking.api.CatalogueAdministration.ItemView;
import org.shangmen.booking.api.OptionSpec;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.kernel.DemoData;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo catalogue (C2.1): the eight services of the spec with their options, at Shenzhen prices of
 * 2026, and a reference price range for each in Shenzhen (440300). Seeded through the catalogue's own
 * use cases; an item whose code exists is left as operators may have changed it.
 */
@Component
@Profile("demo")
class CatalogueDemoData implements DemoData {

    /** The platform itself, as the author of seeded rows. */
    static final UUID PLATFORM = new UUID(0, 0);
    static final RegionCode SHENZHEN = RegionCode.of("440300");

    record Seed(ItemDraft draft, long minFen, long maxFen) {
    }

    static final List<CategoryDraft> CATEGORIES = List.of(
            new CategoryDraft("cleaning", "保洁清洗", 10),
            new CategoryDraft("home-care", "家居养护", 20),
            new CategoryDraft("household", "母婴家务", 30),
            new CategoryDraft("care", "护理照护", 40));

    private static final OptionSpec PRODUCTS = OptionSpec.choice("products", "清洁用品", false, List.of(
            fixed("platform", "平台自带", 1_500, 0), plain("customer", "客户提供"), fixed("eco", "环保型", 2_500, 0)));

    static final List<Seed> ITEMS = List.of(
            new Seed(new ItemDraft("daily-cleaning", "cleaning", "日常保洁",
                    "按小时上门的日常打扫:客厅、卧室、厨房、卫生间的除尘、擦拭、拖地与垃圾清理。",
                    List.of("自带工具,按“从上到下、从里到外”顺序清洁", "厨房卫生间分开使用抹布", "完工后与客户逐项验收"),
                    PricingUnit.PER_HOUR, 4_500, 120, 180, Skill.DAILY_CLEANING, Set.of(CertificateType.HOUSEKEEPER), List.of(
                    OptionSpec.quantity("hours", "服务时长", "小时", 2, 8, 1, 3, 0),
                    OptionSpec.number("area", "面积", "平方米", false, 20, 300, 10, null, 0, 0),
                    OptionSpec.multiChoice("focus", "厨房重点", 4, List.of(
                            fixed("stove", "灶台", 0, 10), fixed("hood", "油烟机", 3_000, 30), fixed("sink", "水槽", 0, 10),
                            fixed("fridge", "冰箱内部", 2_000, 20), fixed("microwave", "微波炉", 1_000, 10))),
                    OptionSpec.choice("thoroughness", "清洁程度", false, List.of(
                            plain("standard", "标准"), percent("deep", "深度", 2_000, 30))),
                    PRODUCTS,
                    OptionSpec.text("note", "备注", 200))), 3_500, 8_000),
            new Seed(new ItemDraft("deep-cleaning", "cleaning", "深度保洁",
                    "按面积计价的全屋深度清洁:顶面、墙面、门窗、柜体内外、厨卫重油污与水垢。",
                    List.of("两人及以上协同作业", "使用中性清洁剂,不伤家具表面", "重油污、水垢逐一处理并拍照留档"),
                    PricingUnit.PER_SQUARE_METRE, 800, 240, 120, Skill.DEEP_CLEANING, Set.of(CertificateType.HOUSEKEEPER), List.of(
                    OptionSpec.quantity("area", "面积", "平方米", 30, 500, 1, null, 2),
                    OptionSpec.choice("glass", "玻璃清洁", false, List.of(
                            plain("none", "不需要"), fixed("inside", "仅内侧", 0, 30), percent("both", "内外两侧", 1_500, 60))),
                    OptionSpec.choice("kitchenGrease", "厨房重油污", false, List.of(
                            plain("no", "无"), fixed("yes", "有", 8_000, 60))),
                    PRODUCTS,
                    OptionSpec.text("note", "备注", 200))), 600, 1_500),
            new Seed(new ItemDraft("appliance-cleaning", "cleaning", "家电清洗",
                    "空调、油烟机、洗衣机、冰箱的拆洗与高温消毒,按台计价。",
                    List.of("断电后拆洗,部件分类摆放", "高温蒸汽消毒", "复装后试机,确认运转正常"),
                    PricingUnit.PER_APPLIANCE, 12_000, 60, 30, Skill.APPLIANCE_CLEANING, Set.of(), List.of(
                    OptionSpec.choice("appliance", "家电类型", true, List.of(
                            plain("wallAc", "挂式空调"), percent("cabinetAc", "柜式空调", 5_000, 0),
                            percent("hood", "油烟机", 4_000, 0), percent("washer", "洗衣机", 2_500, 0), plain("fridge", "冰箱"))),
                    OptionSpec.quantity("count", "台数", "台", 1, 10, 1, 1, 60),
                    OptionSpec.text("note", "备注", 200))), 8_000, 25_000),
            new Seed(new ItemDraft("home-maintenance", "home-care", "家居保养",
                    "木地板打蜡、真皮沙发护理、石材结晶等家居保养,按次计价。",
                    List.of("保养前确认材质并小面积试用", "使用环保养护剂", "完工后讲解日常保养要点"),
                    PricingUnit.PER_VISIT, 26_000, 120, 180, Skill.HOME_MAINTENANCE, Set.of(), List.of(
                    OptionSpec.multiChoice("surfaces", "保养项目", 3, List.of(
                            plain("woodFloor", "木地板打蜡"), fixed("leatherSofa", "真皮沙发护理", 8_000, 30),
                            fixed("stone", "石材结晶", 15_000, 60))),
                    OptionSpec.number("floorArea", "地板面积", "平方米", false, 0, 200, 10, 0, 300, 1),
                    OptionSpec.text("note", "备注", 200))), 15_000, 50_000),
            new Seed(new ItemDraft("nanny", "household", "保姆服务",
                    "白班或住家保姆:做饭、洗衣、家务整理、照看孩子,按天计价。",
                    List.of("持健康证上岗", "按客户家庭习惯安排一日三餐", "每日交接当天事项"),
                    PricingUnit.PER_DAY, 28_000, 480, 480, Skill.NANNY, Set.of(CertificateType.HOUSEKEEPER), List.of(
                    OptionSpec.quantity("days", "服务天数", "天", 1, 30, 1, 1, 0),
                    OptionSpec.multiChoice("duties", "服务内容", 4, List.of(
                            plain("cooking", "做饭"), plain("laundry", "洗衣"), percent("childcare", "照看孩子", 2_000, 0),
                            plain("tidying", "家务整理"))),
                    OptionSpec.choice("liveIn", "住家", false, List.of(plain("no", "白班"), percent("yes", "住家", 3_000, 0))),
                    OptionSpec.text("note", "家庭情况说明", 300))), 20_000, 50_000),
            new Seed(new ItemDraft("maternity-nurse", "household", "月嫂服务",
                    "住家月嫂:产妇月子护理与新生儿护理,常见 26 天一个周期,按天计价。",
                    List.of("持母婴护理师证与健康证", "新生儿喂养、洗澡、抚触与黄疸观察", "产妇月子餐与产后恢复指导"),
                    PricingUnit.PER_DAY, 52_000, 480, 480, Skill.MATERNITY_NURSE,
                    Set.of(CertificateType.MATERNITY_NURSE, CertificateType.HEALTH), List.of(
                    OptionSpec.quantity("days", "服务天数", "天", 1, 52, 1, 26, 0),
                    OptionSpec.choice("level", "月嫂等级", false, List.of(
                            plain("threeStar", "三星"), percent("fiveStar", "五星", 3_000, 0), percent("gold", "金牌", 6_000, 0))),
                    OptionSpec.choice("twins", "双胞胎", false, List.of(plain("no", "否"), percent("yes", "是", 3_000, 0))),
                    OptionSpec.text("note", "预产期与特殊情况", 300))), 35_000, 100_000),
            new Seed(new ItemDraft("elderly-care", "care", "老人护理",
                    "上门照护老人:助餐、助浴、提醒服药、陪同散步或就医,按小时计价。",
                    List.of("持养老护理员证", "每次服务记录老人精神、饮食与血压情况", "异常情况第一时间告知家属"),
                    PricingUnit.PER_HOUR, 5_500, 120, 240, Skill.ELDERLY_CARE, Set.of(CertificateType.ELDERLY_CARE), List.of(
                    OptionSpec.quantity("hours", "服务时长", "小时", 2, 12, 1, 4, 0),
                    OptionSpec.choice("mobility", "自理能力", true, List.of(
                            plain("independent", "自理"), percent("partial", "半自理", 2_000, 0), percent("dependent", "不能自理", 5_000, 0))),
                    OptionSpec.multiChoice("services", "护理内容", 5, List.of(
                            plain("meals", "助餐"), fixed("bathing", "助浴", 3_000, 30), plain("medicine", "提醒服药"),
                            plain("escort", "陪同散步或就医"), fixed("rehab", "康复锻炼", 2_000, 20))),
                    OptionSpec.text("note", "健康状况说明", 300))), 4_000, 10_000),
            new Seed(new ItemDraft("patient-care", "care", "病人护理",
                    "居家或医院陪护病人:生活照料、翻身拍背、协助进食与康复,按小时计价。",
                    List.of("持医疗护理员证", "遵医嘱协助护理,不做医疗操作", "交接班记录生命体征与进食情况"),
                    PricingUnit.PER_HOUR, 6_500, 240, 480, Skill.PATIENT_CARE, Set.of(CertificateType.NURSING_ASSISTANT), List.of(
                    OptionSpec.quantity("hours", "服务时长", "小时", 4, 12, 1, 8, 0),
                    OptionSpec.choice("place", "护理地点", false, List.of(plain("home", "居家"), percent("hospital", "医院陪护", 1_000, 0))),
                    OptionSpec.choice("level", "护理等级", false, List.of(
                            plain("basic", "一般护理"), percent("intensive", "术后或重症", 4_000, 0))),
                    OptionSpec.text("note", "病情说明", 300))), 5_000, 12_000));

    private final CatalogueAdministration catalogue;

    CatalogueDemoData(CatalogueAdministration catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed() {
        Set<String> existingCategories = catalogue.categories().stream().map(CatalogueAdministration.CategoryView::code)
                .collect(Collectors.toSet());
        CATEGORIES.stream().filter(c -> !existingCategories.contains(c.code())).forEach(catalogue::defineCategory);
        Set<String> existing = catalogue.items().stream().map(ItemView::code).collect(Collectors.toSet());
        for (Seed seed : ITEMS) {
            if (!existing.contains(seed.draft().code())) {
                ItemView item = catalogue.createItem(seed.draft(), PLATFORM);
                catalogue.setPriceRange(item.id(), SHENZHEN, seed.minFen(), seed.maxFen(), PLATFORM);
            }
        }
    }
}
