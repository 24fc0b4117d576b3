package org.shangmen.training.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.adapter.in.web.TrainingViews.TrainingEnrolmentView;
import org.shangmen.training.adapter.in.web.TrainingViews.TrainingRecommendationView;
import org.shangmen.training.adapter.in.web.TrainingViews.TrainingSeatView;
import org.shangmen.training.application.LessonService;
import org.shangmen.training.application.port.in.TakeExam;
import org.shangmen.training.application.port.in.WorkerTraining;
import org.shangmen.training.application.port.in.WorkerTraining.HomeworkSubmission;
import org.shangmen.training.application.port.in.WorkerTraining.LessonWatchState;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** W4.1, W4.2 "技能培训" for the signed-in worker: only the worker's own enrolments, progress, homework and exams. */
@RestController
@RequestMapping("/api/v1/worker/training")
@Tag(name = "技能培训 Training", description = "W4.1 推荐课程与报名;W4.2 学习、作业、线下课、考试与证书")
class WorkerTrainingController {

    private final WorkerTraining training;
    private final TakeExam exams;
    private final LessonService lessons;
    private final TrainingViews views;
    private final java.time.Clock clock;

    WorkerTrainingController(WorkerTraining training, TakeExam exams, LessonService lessons, TrainingViews views, java.time.Clock clock) {
        this.clock = clock;
        this.training = training;
        this.exams = exams;
        this.lessons = lessons;
        this.views = views;
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    @GetMapping("/courses")
    @Operation(summary = "推荐课程(按技能、未具备的服务资格、从业经验与即将到期的徽章),每门附推荐理由;可按技能与形式(ONLINE/OFFLINE)筛选")
    Page<TrainingRecommendationView> courses(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String skill,
                                             @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size, Locale locale) {
        return training.recommendations(me(jwt), Optional.ofNullable(skill), Optional.ofNullable(kind), new PageRequest(page, size))
                .map(r -> views.recommendation(r, locale));
    }

    @GetMapping("/courses/{courseId}")
    @Operation(summary = "课程详情:各部分(视频、阅读、作业、线下课、实操考核)、考试规则与推荐理由")
    TrainingRecommendationView course(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID courseId, Locale locale) {
        return views.recommendation(training.course(me(jwt), courseId), locale);
    }

    @PostMapping("/courses/{courseId}/enrolment")
    @Operation(summary = "报名课程(重复报名答复原报名;已结业且徽章 60 天内到期时重新报名以续期)")
    TrainingEnrolmentView enrol(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID courseId, Locale locale) {
        return views.enrolment(training.enrol(me(jwt), courseId), locale);
    }

    @GetMapping("/enrolments")
    @Operation(summary = "我的报名")
    Page<TrainingEnrolmentView> enrolments(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size, Locale locale) {
        return training.enrolments(me(jwt), new PageRequest(page, size)).map(e -> views.enrolment(e, locale));
    }

    record TrainingPartProgressView(UUID partId, String kind, String title, String state, String stateLabel, int watchedSeconds,
                                    String seatStatus, String comment) {
    }

    record TrainingExamSummaryView(int attemptsUsed, int maxAttempts, Integer bestScore, boolean passed, Instant nextAttemptAt) {
    }

    record TrainingProgressView(UUID courseId, String status, List<TrainingPartProgressView> parts, TrainingExamSummaryView exam,
                                String certificateNumber) {
    }

    @GetMapping("/courses/{courseId}/progress")
    @Operation(summary = "我在课程中的进度:每部分的状态、考试次数与成绩、培训合格证编号")
    TrainingProgressView progress(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID courseId, Locale locale) {
        WorkerTraining.Progress p = training.progress(me(jwt), courseId);
        return new TrainingProgressView(p.courseId(), p.status(), p.parts().stream().map(x -> new TrainingPartProgressView(x.partId(),
                x.kind().name(), x.title(), x.state(), views.stateLabel(x.state(), locale), x.watchedSeconds(), x.seatStatus().orElse(null),
                x.comment().orElse(null))).toList(),
                p.exam().map(e -> new TrainingExamSummaryView(e.attemptsUsed(), e.maxAttempts(), e.bestScore().orElse(null), e.passed(),
                        e.nextAttemptAt().orElse(null))).orElse(null), p.certificateNumber().orElse(null));
    }

    record TrainingWatchedRequest(Integer fromSecond, Integer toSecond) {
    }

    @PostMapping("/lessons/{partId}/watched")
    @Operation(summary = "上报观看区间(秒);服务器按时间判定计入多少,区间连续覆盖整段视频才算看完(第一次上报开始计时)")
    LessonWatchState watched(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID partId, @RequestBody TrainingWatchedRequest request) {
        if (request == null || request.fromSecond() == null || request.toSecond() == null) {
            throw DomainException.invalid("training.watched-range-invalid", 0);
        }
        return training.reportWatched(me(jwt), partId, request.fromSecond(), request.toSecond());
    }

    record TrainingVideoLink(String url, Instant expiresAt) {
    }

    @GetMapping("/lessons/{partId}/video")
    @Operation(summary = "视频的限时签名链接(30 分钟,支持 Range,可直接用于 <video>)")
    TrainingVideoLink video(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID partId) {
        String url = lessons.videoLink(me(jwt), partId);
        return new TrainingVideoLink(url, clock.instant().plus(java.time.Duration.ofMinutes(30)));
    }

    record TrainingHomeworkRequest(String answer) {
    }

    record TrainingHomeworkReceipt(UUID homeworkId) {
    }

    @PostMapping("/homework/{partId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交作业(文字;照片随后用 /homework/{homeworkId}/photos 添加);批改前不能再次提交")
    TrainingHomeworkReceipt homework(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID partId, @RequestBody TrainingHomeworkRequest request) {
        return new TrainingHomeworkReceipt(training.submitHomework(me(jwt), partId, new HomeworkSubmission(request == null ? null : request.answer(), 0)));
    }

    record TrainingHomeworkPhotos(UUID homeworkId, int photoCount) {
    }

    @PostMapping(path = "/homework/{homeworkId}/photos", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "为作业添加照片(JPEG 或 PNG,最多 9 张,去除 EXIF/位置信息后保存);批改后不能再加")
    TrainingHomeworkPhotos photo(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID homeworkId,
                                 @org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return new TrainingHomeworkPhotos(homeworkId, lessons.addHomeworkPhoto(me(jwt), homeworkId, file.getBytes()));
    }

    @PostMapping("/sessions/{partId}/seat")
    @Operation(summary = "预约线下课座位;满员时进入候补名单(状态 WAITING),有人取消时按顺序递补")
    TrainingSeatView seat(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID partId, Locale locale) {
        return views.seat(training.bookSeat(me(jwt), partId), locale);
    }

    @DeleteMapping("/sessions/{partId}/seat")
    @Operation(summary = "取消座位或候补(座位须在取消截止时间前取消)")
    TrainingSeatView cancelSeat(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID partId, Locale locale) {
        return views.seat(training.cancelSeat(me(jwt), partId), locale);
    }

    record TrainingCheckInRequest(String code) {
    }

    @PostMapping("/sessions/{partId}/check-in")
    @Operation(summary = "现场签到:输入线下课现场展示的签到码(开课前 1 小时至结束)")
    TrainingSeatView checkInAtSession(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID partId, @RequestBody TrainingCheckInRequest request, Locale locale) {
        return views.seat(training.checkIn(me(jwt), partId, request == null ? null : request.code()), locale);
    }

    @PostMapping("/courses/{courseId}/exam-attempts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开始理论考试:随机抽题(不含答案),截止时间以服务器时间为准;未交卷时再次请求答复同一份试卷")
    TakeExam.ExamPaper startExam(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID courseId) {
        return exams.start(me(jwt), courseId);
    }

    record TrainingExamAnswer(UUID questionId, List<Integer> chosen) {
    }

    record TrainingExamSubmission(List<TrainingExamAnswer> answers) {
    }

    @PostMapping("/exam-attempts/{attemptId}/submission")
    @Operation(summary = "交卷:自动评分;超时交卷记为不及格,重复交卷被拒绝")
    TakeExam.ExamResult submit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID attemptId, @RequestBody TrainingExamSubmission submission) {
        if (submission == null || submission.answers() == null || submission.answers().size() > 100) {
            throw DomainException.invalid("training.exam-answers-invalid");
        }
        Map<UUID, Set<Integer>> answers = new HashMap<>();
        for (TrainingExamAnswer a : submission.answers()) {
            if (a == null || a.questionId() == null || a.chosen() == null || a.chosen().size() > 10 || a.chosen().contains(null)) {
                throw DomainException.invalid("training.exam-answers-invalid");
            }
            answers.put(a.questionId(), Set.copyOf(a.chosen()));
        }
        return exams.submit(me(jwt), attemptId, answers);
    }

    record TrainingCertificateView(String number, UUID courseId, String badgeCode, String badgeLabel, Instant issuedAt, LocalDate validUntil,
                                   boolean valid) {
    }

    @GetMapping("/certificates")
    @Operation(summary = "我的培训合格证与徽章")
    Page<TrainingCertificateView> certificates(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "20") int size) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), org.shangmen.kernel.Zones.CHINA);
        return Page.slice(training.certificates(me(jwt)).stream().map(c -> new TrainingCertificateView(c.number(), c.courseId(), c.badgeCode(),
                c.badgeLabel(), c.issuedAt(), c.validUntil(), !c.validUntil().isBefore(today))).toList(), new PageRequest(page, size));
    }
}
