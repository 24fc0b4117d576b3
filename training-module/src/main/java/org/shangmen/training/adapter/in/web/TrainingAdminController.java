package org.shangmen.training.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.adapter.in.web.TrainingViews.TrainingCourseView;
import org.shangmen.training.adapter.in.web.TrainingViews.TrainingSeatView;
import org.shangmen.training.application.port.in.ManageCourses;
import org.shangmen.training.application.port.in.ManageCourses.CreateCourse;
import org.shangmen.training.application.port.in.ManageCourses.PartDraft;
import org.shangmen.training.application.port.in.ManageCourses.QuestionDraft;
import org.shangmen.training.application.port.in.TrainerDesk;
import org.shangmen.training.application.port.out.EnrolmentStore.Homework;
import org.shangmen.training.domain.Level;
import org.shangmen.training.domain.PartKind;
import org.shangmen.training.domain.Question;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkTier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * W4.1, W4.2 operators' side of training. Building the catalogue and requiring badges needs {@code ops};
 * grading homework and practical exams and recording attendance needs {@code trainer} (or {@code ops});
 * reading also suits an {@code auditor}; a {@code superadmin} may do all. Kept with the training module,
 * whose use cases it drives one to one, under the operators' routes.
 */
@RestController
@RequestMapping("/api/v1/admin/training")
@Tag(name = "培训管理 Training administration", description = "W4.1 课程、题库与必备徽章;W4.2 批改、签到与实操考核")
class TrainingAdminController {

    private static final String MANAGE = "hasAnyAuthority('PERM_ops', 'PERM_superadmin')";
    private static final String TRAIN = "hasAnyAuthority('PERM_ops', 'PERM_trainer', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_trainer', 'PERM_auditor', 'PERM_superadmin')";

    private final ManageCourses courses;
    private final TrainerDesk desk;
    private final TrainingViews views;
    private final org.shangmen.training.application.LessonService lessons;

    TrainingAdminController(ManageCourses courses, TrainerDesk desk, TrainingViews views,
                            org.shangmen.training.application.LessonService lessons) {
        this.lessons = lessons;
        this.courses = courses;
        this.desk = desk;
        this.views = views;
    }

    private static UUID operator(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String code) {
        if (value == null) {
            throw DomainException.invalid(code);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(code);
        }
    }

    record TrainingPartRequest(String kind, String title, String body, Integer durationSeconds, String place, String address, Instant startsAt,
                               Instant endsAt, String trainer, Integer capacity, Integer cancelHours, List<String> checklist) {
    }

    record TrainingCourseRequest(String title, String description, String skill, String level, Integer minExperienceYears,
                                 Integer maxExperienceYears, String badgeCode, String badgeLabel, Integer badgeValidMonths,
                                 Integer examQuestions, Integer examMinutes, Integer passPercent, Integer maxAttempts,
                                 Integer retryWaitMinutes, List<TrainingPartRequest> parts) {
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    @PostMapping("/courses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    @Operation(summary = "新建课程(草稿):技能、级别(BEGINNER 入门/ADVANCED 进阶/EXPERT 专家)、经验区间、徽章及有效期、考试规则与各部分")
    TrainingCourseView create(@AuthenticationPrincipal Jwt jwt, @RequestBody TrainingCourseRequest r, Locale locale) {
        if (r == null) {
            throw DomainException.invalid("training.course-title-invalid", 60);
        }
        List<PartDraft> parts = new ArrayList<>();
        if (r.parts() != null) {
            for (TrainingPartRequest p : r.parts()) {
                if (p == null) {
                    throw DomainException.invalid("training.parts-invalid");
                }
                parts.add(new PartDraft(parse(PartKind.class, p.kind(), "training.part-kind-invalid"), p.title(), p.body(),
                        or(p.durationSeconds(), 0), p.place(), p.address(), p.startsAt(), p.endsAt(), p.trainer(), or(p.capacity(), 0),
                        or(p.cancelHours(), 24), p.checklist()));
            }
        }
        CreateCourse command = new CreateCourse(r.title(), r.description(), parse(Skill.class, r.skill(), "training.skill-invalid"),
                parse(Level.class, r.level(), "training.level-invalid"), or(r.minExperienceYears(), 0), or(r.maxExperienceYears(), 60),
                r.badgeCode(), r.badgeLabel(), or(r.badgeValidMonths(), 24), or(r.examQuestions(), 0), or(r.examMinutes(), 30),
                or(r.passPercent(), 80), or(r.maxAttempts(), 3), or(r.retryWaitMinutes(), 60), parts);
        return views.course(courses.create(command, operator(jwt)), true, locale);
    }

    @GetMapping("/courses")
    @PreAuthorize(READ)
    @Operation(summary = "全部课程(含草稿)")
    Page<TrainingCourseView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        return courses.courses(new PageRequest(page, size)).map(c -> views.course(c, true, locale));
    }

    @GetMapping("/courses/{courseId}")
    @PreAuthorize(READ)
    @Operation(summary = "课程详情(含线下课签到码)")
    TrainingCourseView course(@PathVariable UUID courseId, Locale locale) {
        return views.course(courses.course(courseId), true, locale);
    }

    @PostMapping("/courses/{courseId}/publication")
    @PreAuthorize(MANAGE)
    @Operation(summary = "发布课程:视频须已上传,题库须够一份试卷")
    TrainingCourseView publish(@PathVariable UUID courseId, Locale locale) {
        return views.course(courses.publish(courseId), true, locale);
    }

    record TrainingQuestionRequest(String kind, String prompt, List<String> options, List<Integer> correct) {
    }

    record TrainingQuestionsRequest(List<TrainingQuestionRequest> questions) {
    }

    record TrainingBankSize(int questions) {
    }

    @PostMapping("/courses/{courseId}/questions")
    @PreAuthorize(MANAGE)
    @Operation(summary = "向题库添加题目:SINGLE 单选、MULTIPLE 多选、TRUE_FALSE 判断;correct 为正确选项的序号(从 0 起)")
    TrainingBankSize questions(@PathVariable UUID courseId, @RequestBody TrainingQuestionsRequest request) {
        if (request == null || request.questions() == null) {
            throw DomainException.invalid("training.questions-invalid");
        }
        List<QuestionDraft> drafts = new ArrayList<>();
        for (TrainingQuestionRequest q : request.questions()) {
            if (q == null) {
                throw DomainException.invalid("training.questions-invalid");
            }
            drafts.add(new QuestionDraft(parse(Question.Kind.class, q.kind(), "training.question-kind-invalid"), q.prompt(), q.options(),
                    q.correct() == null || q.correct().contains(null) ? null : Set.copyOf(q.correct())));
        }
        return new TrainingBankSize(courses.addQuestions(courseId, drafts));
    }

    @PostMapping(path = "/courses/{courseId}/parts/{partId}/video", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(MANAGE)
    @Operation(summary = "上传视频课的 MP4 文件及时长(秒)")
    void video(@PathVariable UUID courseId, @PathVariable UUID partId, @RequestPart("file") MultipartFile file,
               @RequestParam int durationSeconds) throws IOException {
        courses.attachVideo(courseId, partId, file.getBytes(), durationSeconds);
    }

    record TrainingBadgeRequirementRequest(String badgeCode, String badgeLabel) {
    }

    record TrainingBadgeRequirementView(String skill, String skillLabel, String badgeCode, String badgeLabel) {
    }

    @PutMapping("/badge-requirements/{skill}")
    @PreAuthorize(MANAGE)
    @Operation(summary = "要求某项服务的家政人员持有有效徽章(如 月嫂服务 须持「母婴护理」徽章);无有效徽章者不再收到该服务的派单、不能抢单、不计入可约时段")
    TrainingBadgeRequirementView require(@PathVariable String skill, @RequestBody TrainingBadgeRequirementRequest request, Locale locale) {
        Skill s = parse(Skill.class, skill, "training.skill-invalid");
        if (request == null) {
            throw DomainException.invalid("training.badge-code-invalid");
        }
        if (request.badgeCode() == null || !request.badgeCode().matches("[a-z][a-z0-9-]{1,47}")) {
            throw DomainException.invalid("training.badge-code-invalid");
        }
        String label = ManageCourses.text(request.badgeLabel(), 30, "training.badge-label-invalid");
        courses.requireBadge(s, request.badgeCode(), label);
        return new TrainingBadgeRequirementView(s.name(), views.label("skill." + s.name(), locale), request.badgeCode(), label);
    }

    @DeleteMapping("/badge-requirements/{skill}/{badgeCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(MANAGE)
    @Operation(summary = "取消某项服务的徽章要求")
    void drop(@PathVariable String skill, @PathVariable String badgeCode) {
        courses.dropRequirement(parse(Skill.class, skill, "training.skill-invalid"), badgeCode);
    }

    @GetMapping("/badge-requirements")
    @PreAuthorize(READ)
    @Operation(summary = "各项服务要求的徽章")
    Page<TrainingBadgeRequirementView> requirements(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                                    Locale locale) {
        List<TrainingBadgeRequirementView> all = new ArrayList<>();
        for (Map.Entry<Skill, List<org.shangmen.worker.api.WorkerBadges.Requirement>> e : courses.requirements().entrySet()) {
            for (var r : e.getValue()) {
                all.add(new TrainingBadgeRequirementView(e.getKey().name(), views.label("skill." + e.getKey().name(), locale), r.code(), r.label()));
            }
        }
        return Page.slice(all, new PageRequest(page, size));
    }

    record TrainingTierRequirementView(String tier, String tierLabel, List<String> skills, String badgeCode, String badgeLabel) {
    }

    private TrainingTierRequirementView tierView(WorkTier tier, String code, String label, Locale locale) {
        return new TrainingTierRequirementView(tier.name(), views.label("training.tier." + tier.name(), locale),
                tier.skills().stream().map(Enum::name).sorted().toList(), code, label);
    }

    @PutMapping("/tier-badge-requirements/{tier}")
    @PreAuthorize(MANAGE)
    @Operation(summary = "要求某一类工作(保洁清洗 CLEANING、家居养护 HOME_CARE、母婴家务 HOUSEHOLD、护理照护 CARE)的全部服务持有有效徽章;"
            + "无有效徽章者不再收到这些服务的派单、不能抢单、不计入可约时段")
    TrainingTierRequirementView requireForTier(@PathVariable String tier, @RequestBody TrainingBadgeRequirementRequest request,
                                               Locale locale) {
        WorkTier t = parse(WorkTier.class, tier, "training.tier-invalid");
        if (request == null || request.badgeCode() == null || !request.badgeCode().matches("[a-z][a-z0-9-]{1,47}")) {
            throw DomainException.invalid("training.badge-code-invalid");
        }
        String label = ManageCourses.text(request.badgeLabel(), 30, "training.badge-label-invalid");
        courses.requireBadgeForTier(t, request.badgeCode(), label);
        return tierView(t, request.badgeCode(), label, locale);
    }

    @DeleteMapping("/tier-badge-requirements/{tier}/{badgeCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(MANAGE)
    @Operation(summary = "取消某一类工作的徽章要求")
    void dropForTier(@PathVariable String tier, @PathVariable String badgeCode) {
        courses.dropTierRequirement(parse(WorkTier.class, tier, "training.tier-invalid"), badgeCode);
    }

    @GetMapping("/tier-badge-requirements")
    @PreAuthorize(READ)
    @Operation(summary = "各类工作要求的徽章")
    Page<TrainingTierRequirementView> tierRequirements(@RequestParam(defaultValue = "0") int page,
                                                       @RequestParam(defaultValue = "20") int size, Locale locale) {
        List<TrainingTierRequirementView> all = new ArrayList<>();
        courses.tierRequirements().forEach((tier, list) -> list.forEach(r -> all.add(tierView(tier, r.code(), r.label(), locale))));
        return Page.slice(all, new PageRequest(page, size));
    }

    record TrainingHomeworkView(UUID homeworkId, UUID partId, UUID workerId, String answer, List<String> photoUrls, Instant submittedAt,
                                Boolean passed, String comment, Instant gradedAt) {
    }

    private TrainingHomeworkView homework(Homework h) {
        return new TrainingHomeworkView(h.id(), h.partId(), h.workerId(), h.answer(), lessons.photoLinks(h.id()), h.submittedAt(),
                h.passed().orElse(null), h.comment().orElse(null), h.gradedAt().orElse(null));
    }

    @GetMapping("/homework")
    @PreAuthorize(READ)
    @Operation(summary = "待批改的作业,按提交时间排序")
    Page<TrainingHomeworkView> ungraded(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return desk.ungradedHomework(new PageRequest(page, size)).map(this::homework);
    }

    record TrainingGradeRequest(Boolean passed, String comment) {
    }

    @PostMapping("/homework/{homeworkId}/grade")
    @PreAuthorize(TRAIN)
    @Operation(summary = "批改作业:通过或退回,附评语(每份作业只批改一次)")
    TrainingHomeworkView grade(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID homeworkId, @RequestBody TrainingGradeRequest request) {
        if (request == null || request.passed() == null) {
            throw DomainException.invalid("training.grade-invalid");
        }
        return homework(desk.gradeHomework(operator(jwt), homeworkId, request.passed(), request.comment()));
    }

    @GetMapping("/sessions/{partId}/roster")
    @PreAuthorize(READ)
    @Operation(summary = "线下课名单:已预约与候补")
    Page<TrainingSeatView> roster(@PathVariable UUID partId, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size, Locale locale) {
        return Page.slice(desk.roster(partId).stream().map(s -> views.seat(s, locale)).toList(), new PageRequest(page, size));
    }

    @PostMapping("/sessions/{partId}/attendance/{workerId}")
    @PreAuthorize(TRAIN)
    @Operation(summary = "讲师登记出勤")
    TrainingSeatView attendance(@PathVariable UUID partId, @PathVariable UUID workerId, Locale locale) {
        return views.seat(desk.recordAttendance(partId, workerId), locale);
    }

    record TrainingPracticalRequest(List<Integer> checked, String comment) {
    }

    record TrainingPracticalView(UUID partId, UUID workerId, boolean passed) {
    }

    @PostMapping("/practicals/{partId}/grades/{workerId}")
    @PreAuthorize(TRAIN)
    @Operation(summary = "实操考核评分:checked 为演示合格的检查项序号,全部合格即通过")
    TrainingPracticalView practical(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID partId, @PathVariable UUID workerId,
                                    @RequestBody TrainingPracticalRequest request) {
        if (request == null) {
            throw DomainException.invalid("training.checklist-invalid");
        }
        return new TrainingPracticalView(partId, workerId,
                desk.gradePractical(operator(jwt), partId, workerId, request.checked(), request.comment()));
    }
}
