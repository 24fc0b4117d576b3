package org.shangmen.training.adapter.in.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DemoData;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.shangmen.training.application.port.in.ManageCourses;
import org.shangmen.training.application.port.in.ManageCourses.CreateCourse;
import org.shangmen.training.application.port.in.ManageCourses.PartDraft;
import org.shangmen.training.application.port.in.ManageCourses.QuestionDraft;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Level;
import org.shangmen.training.domain.Part;
import org.shangmen.training.domain.PartKind;
import org.shangmen.training.domain.Question.Kind;
import org.shangmen.worker.api.Skill;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Three demo courses (日常保洁规范, 母婴护理入门, 老人护理安全), each with a short generated video, reading,
 * homework, an offline session a week ahead in Nanshan, a practical exam and a question bank, made through
 * the operators' use cases and published. A course whose title exists is left as operators may have changed it.
 */
@Component
@Profile("demo")
class TrainingDemoData implements DemoData {

    private static final UUID PLATFORM = new UUID(0, 0);
    private static final int VIDEO_SECONDS = 30;

    private final ManageCourses courses;
    private final Clock clock;

    TrainingDemoData(ManageCourses courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    private record Seed(String title, String description, Skill skill, Level level, int minYears, int maxYears, String badgeCode,
                        String badgeLabel, String video, String reading, String homework, String practical, List<String> checklist,
                        int cb, int cr, List<QuestionDraft> bank) {
    }

    private static QuestionDraft single(String prompt, List<String> options, int correct) {
        return new QuestionDraft(Kind.SINGLE, prompt, options, Set.of(correct));
    }

    private static QuestionDraft judge(String prompt, boolean right) {
        return new QuestionDraft(Kind.TRUE_FALSE, prompt, null, Set.of(right ? 0 : 1));
    }

    private static QuestionDraft multiple(String prompt, List<String> options, Set<Integer> correct) {
        return new QuestionDraft(Kind.MULTIPLE, prompt, options, correct);
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("日常保洁规范", "日常保洁的标准流程:从上到下、从里到外,分区使用抹布,验收与交接。", Skill.DAILY_CLEANING, Level.BEGINNER, 0, 3,
                    "daily-cleaning", "日常保洁", "保洁顺序与工具分区", "常用清洁剂的安全使用说明:不可将含氯清洁剂与酸性清洁剂混用。",
                    "拍下你整理好的保洁工具箱,并写出厨房清洁的顺序。", "卫生间清洁演示", List.of("分区使用抹布", "由上到下清洁", "完工后与客户验收"),
                    110, 140, List.of(
                    single("日常保洁的基本顺序是?", List.of("从上到下、从里到外", "从下到上、从外到里", "随意"), 0),
                    judge("含氯清洁剂可以与洁厕酸混合使用以增强效果。", false),
                    single("厨房与卫生间的抹布应当?", List.of("分开使用", "混用", "用完即扔"), 0),
                    multiple("完工验收时应当做什么?", List.of("与客户逐项确认", "收拾带来的工具", "直接离开"), Set.of(0, 1)),
                    judge("清洁电器前应先断电。", true))),
            new Seed("母婴护理入门", "新生儿喂养、洗澡、抚触与黄疸观察,产妇月子护理要点。", Skill.MATERNITY_NURSE, Level.BEGINNER, 0, 5,
                    "maternity-care", "母婴护理", "新生儿洗澡与抚触", "新生儿黄疸的观察方法与就医指征。",
                    "写出一次新生儿洗澡前需要准备的物品。", "新生儿抱姿与拍嗝演示", List.of("正确托住头颈", "拍嗝手法正确", "全程观察宝宝状态"),
                    150, 170, List.of(
                    single("新生儿洗澡的适宜水温约为?", List.of("38–40℃", "25℃", "50℃"), 0),
                    judge("喂奶后应立即平躺,不需要拍嗝。", false),
                    multiple("黄疸需要就医的信号有?", List.of("皮肤黄染迅速加深", "手心脚心发黄", "宝宝睡得安稳"), Set.of(0, 1)),
                    single("抱新生儿时最需要托住的部位是?", List.of("头颈部", "手臂", "脚"), 0),
                    judge("产妇月子期间应适度下床活动。", true))),
            new Seed("老人护理安全", "防跌倒、翻身防压疮、安全用药与紧急情况的处理。", Skill.ELDERLY_CARE, Level.ADVANCED, 1, 30,
                    "elderly-care-safety", "老人护理安全", "防跌倒与协助行走", "老人常见用药的注意事项与服药记录方法。",
                    "为一位卧床老人写出一天的翻身记录表。", "协助老人从床上转移到轮椅", List.of("固定轮椅刹车", "保护老人腰部", "动作平稳并沟通"),
                    90, 120, List.of(
                    single("卧床老人一般多久翻身一次?", List.of("每 2 小时", "每 12 小时", "不需要翻身"), 0),
                    judge("协助老人上轮椅前应先固定刹车。", true),
                    multiple("预防跌倒的做法有?", List.of("保持地面干燥", "夜间留灯", "把常用物品放在高处"), Set.of(0, 1)),
                    single("发现老人突然意识不清时首先应?", List.of("拨打 120 并守护老人", "喂水", "让老人起身走动"), 0),
                    judge("老人的药物可以按感觉自行加量。", false))));

    @Override
    public void seed() {
        List<String> existing = courses.courses(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().map(Course::title).toList();
        LocalDate day = LocalDate.ofInstant(clock.instant(), Zones.CHINA).plusDays(7);
        for (Seed s : SEEDS) {
            if (existing.contains(s.title())) {
                continue;
            }
            ZonedDateTime start = day.atTime(14, 0).atZone(Zones.CHINA);
            List<PartDraft> parts = List.of(
                    new PartDraft(PartKind.VIDEO, s.video(), "观看完整视频后才算完成。", VIDEO_SECONDS, null, null, null, null, null, 0, 0, List.of()),
                    new PartDraft(PartKind.READING, "阅读材料", s.reading(), 0, null, null, null, null, null, 0, 0, List.of()),
                    new PartDraft(PartKind.HOMEWORK, "课后作业", s.homework(), 0, null, null, null, null, null, 0, 0, List.of()),
                    new PartDraft(PartKind.SESSION, "线下实操课", "请带好工作服与健康证。", 0, "南山家政培训中心 2 楼实训室",
                            "深圳市南山区科技园科苑路 15 号", start.toInstant(), start.plusHours(3).toInstant(), "王老师", 20, 24, List.of()),
                    new PartDraft(PartKind.PRACTICAL, s.practical(), "讲师按检查项逐项评分,全部合格即通过。", 0, null, null, null, null, null, 0, 0,
                            s.checklist()));
            Course course = courses.create(new CreateCourse(s.title(), s.description(), s.skill(), s.level(), s.minYears(), s.maxYears(),
                    s.badgeCode(), s.badgeLabel(), 24, 3, 15, 60, 3, 60, parts), PLATFORM);
            for (Part p : course.parts()) {
                if (p.kind() == PartKind.VIDEO) {
                    courses.attachVideo(course.id(), p.id(), DemoVideo.mp4(VIDEO_SECONDS, s.cb(), s.cr()), VIDEO_SECONDS);
                }
            }
            courses.addQuestions(course.id(), s.bank());
            courses.publish(course.id());
        }
    }
}
