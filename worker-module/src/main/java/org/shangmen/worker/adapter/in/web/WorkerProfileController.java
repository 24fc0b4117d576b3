package org.shangmen.worker.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.RetrainingSuspensions;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerAdministration.PenaltyView;
import org.shangmen.worker.application.port.in.AppealPenalty;
import org.shangmen.worker.application.port.in.CertifyWorker;
import org.shangmen.worker.application.port.in.ManageWorkerProfile;
import org.shangmen.worker.application.port.in.WorkerView;
import org.shangmen.worker.application.port.out.ImageSanitizer;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.WorkState;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/worker")
@Tag(name = "师傅资料与认证 Worker profile and certification", description = "W1.2:资料、证书、人脸核验、提交审核、接单状态、处罚申诉")
class WorkerProfileController {

    private final ManageWorkerProfile profiles;
    private final CertifyWorker certification;
    private final AppealPenalty appeals;
    private final WorkerProfileMapper mapper;
    private final DistrictNames districts;
    private final MessageSource messages;

    WorkerProfileController(ManageWorkerProfile profiles, CertifyWorker certification, AppealPenalty appeals,
                            WorkerProfileMapper mapper, DistrictNames districts, MessageSource messages) {
        this.profiles = profiles;
        this.certification = certification;
        this.appeals = appeals;
        this.mapper = mapper;
        this.districts = districts;
        this.messages = messages;
    }

    /**
     * What the worker sees of themselves (the ID number masked even here), each code with its label in the
     * reader's language; {@code missingForSubmission} names the request fields (or steps: photo, certificates,
     * faceCheck) still missing, {@code missingForSubmissionLabels} says them in words, in the same order.
     */
    record WorkerProfileResponse(UUID workerId, String certification, String certificationLabel, String standing,
                                 String standingLabel, Optional<Instant> suspendedUntil,
                                 Optional<String> realName, Optional<Gender> gender, Optional<Integer> birthYear,
                                 Optional<String> maskedIdNumber, int experienceYears, List<String> formerEmployers,
                                 Set<Skill> skills, Map<String, String> skillLabels, Set<String> districts,
                                 Map<String, String> districtNames,
                                 Optional<Double> homeLatitude, Optional<Double> homeLongitude, int serviceRadiusMetres,
                                 Optional<Long> hourlyRateFen, Set<String> languages, String introduction,
                                 Optional<UUID> photoDocumentId, List<WorkerView.CertificateSummary> certificates,
                                 Map<String, String> certificateLabels, boolean faceConsentGiven,
                                 Optional<Instant> faceVerifiedAt, WorkState workState, String workStateLabel,
                                 Optional<String> rejectionReason, List<String> missingForSubmission,
                                 List<String> missingForSubmissionLabels, boolean mayTakeOrders,
                                 List<WorkerView.BadgeSummary> badges, List<RetrainingSuspensions.Pending> retrainingRequired) {
    }

    private WorkerProfileResponse answer(WorkerView view, Locale locale) {
        return mapper.toResponse(view, new Labels(messages, locale, districts.of(view.districts())));
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    record ProfileRequest(@Size(max = 32) String realName, Gender gender, Integer birthYear, @Size(max = 18) String idNumber,
                          int experienceYears, @Size(max = 10) List<@Size(max = 60) String> formerEmployers,
                          @Size(max = 8) Set<Skill> skills, @Size(max = 20) Set<@Size(max = 6) String> districts,
                          Double homeLatitude, Double homeLongitude, int serviceRadiusMetres, Long hourlyRateFen,
                          @Size(max = 8) Set<@Size(max = 16) String> languages, @Size(max = 500) String introduction) {
    }

    @GetMapping("/profile")
    @Operation(summary = "我的资料与认证进度(身份证号仅显示掩码)")
    WorkerProfileResponse profile(@AuthenticationPrincipal Jwt jwt, Locale locale) {
        return answer(profiles.view(me(jwt)), locale);
    }

    @PutMapping("/profile")
    @Operation(summary = "填写或修改资料;审核中不可修改,认证后姓名与身份证号锁定")
    WorkerProfileResponse updateProfile(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileRequest body, Locale locale) {
        return answer(profiles.updateProfile(me(jwt), new ManageWorkerProfile.ProfileCommand(Optional.ofNullable(body.realName()),
                Optional.ofNullable(body.gender()), Optional.ofNullable(body.birthYear()), Optional.ofNullable(body.idNumber()),
                body.experienceYears(), body.formerEmployers() == null ? List.of() : body.formerEmployers(),
                body.skills() == null ? Set.of() : body.skills(), body.districts() == null ? Set.of() : body.districts(),
                Optional.ofNullable(body.homeLatitude()), Optional.ofNullable(body.homeLongitude()), body.serviceRadiusMetres(),
                Optional.ofNullable(body.hourlyRateFen()), body.languages() == null ? Set.of() : body.languages(),
                body.introduction())), locale);
    }

    @PostMapping(path = "/profile/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传本人照片(JPEG/PNG/HEIC,不超过 8 MB;位置等元数据会被去除)")
    WorkerProfileResponse uploadPhoto(@AuthenticationPrincipal Jwt jwt, @RequestPart("file") MultipartFile file, Locale locale) {
        return answer(profiles.uploadPhoto(me(jwt), bytes(file)), locale);
    }

    @PostMapping(path = "/certificates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传证书照片及信息(家政服务员证、母婴护理师证、养老护理员证、健康证等)")
    WorkerProfileResponse addCertificate(@AuthenticationPrincipal Jwt jwt, @RequestParam @NotNull CertificateType type,
                              @RequestParam @Size(max = 40) String number, @RequestParam @Size(max = 100) String issuer,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                              @RequestPart("file") MultipartFile file, Locale locale) {
        return answer(certification.addCertificate(me(jwt), new CertifyWorker.CertificateCommand(type, number, issuer, validFrom,
                Optional.ofNullable(validUntil)), bytes(file)), locale);
    }

    @DeleteMapping("/certificates/{certificateId}")
    @Operation(summary = "删除一张证书")
    WorkerProfileResponse removeCertificate(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID certificateId, Locale locale) {
        return answer(certification.removeCertificate(me(jwt), certificateId), locale);
    }

    @PostMapping("/face-check/consent")
    @Operation(summary = "单独同意人脸核验(也可选择人工核验身份,不做人脸识别)")
    WorkerProfileResponse consent(@AuthenticationPrincipal Jwt jwt, Locale locale) {
        return answer(certification.consentToFaceCheck(me(jwt)), locale);
    }

    @PostMapping(path = "/face-check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "人脸核验:上传活体照片,与姓名、身份证号比对;平台不保存人脸照片")
    WorkerProfileResponse checkFace(@AuthenticationPrincipal Jwt jwt, @RequestPart("file") MultipartFile file, Locale locale) {
        return answer(certification.checkFace(me(jwt), bytes(file)), locale);
    }

    record SubmitRequest(boolean manualIdentityCheck) {
    }

    @PostMapping("/submission")
    @Operation(summary = "提交审核;资料不全时返回缺少的项目")
    WorkerProfileResponse submit(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) SubmitRequest body, Locale locale) {
        return answer(certification.submit(me(jwt), body != null && body.manualIdentityCheck()), locale);
    }

    record WorkStateRequest(@NotNull WorkState state) {
    }

    @PutMapping("/work-state")
    @Operation(summary = "接单状态:接单中 WORKING、休息中 RESTING、忙碌中 BUSY")
    WorkerProfileResponse workState(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody WorkStateRequest body, Locale locale) {
        return answer(profiles.setWorkState(me(jwt), body.state()), locale);
    }

    @GetMapping("/documents/{documentId}/link")
    @Operation(summary = "查看自己上传的文件:返回 5 分钟内有效的签名链接")
    Map<String, String> documentLink(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID documentId) {
        return Map.of("url", certification.documentLink(me(jwt), documentId));
    }

    @GetMapping("/penalties")
    @Operation(summary = "我受到的处罚")
    Page<PenaltyView> penalties(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(appeals.penalties(me(jwt)), new PageRequest(page, size));
    }

    record AppealRequest(@NotNull @Size(max = 1000) String statement) {
    }

    @PostMapping("/penalties/{penaltyId}/appeal")
    @Operation(summary = "对处罚申诉(每项处罚一次)")
    PenaltyView appeal(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID penaltyId, @Valid @RequestBody AppealRequest body) {
        return appeals.appeal(me(jwt), penaltyId, body.statement());
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("worker.upload-empty");
        }
        if (file.getSize() > ImageSanitizer.MAX_BYTES) {
            throw DomainException.invalid("worker.upload-too-large");
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(ImageSanitizer.MAX_BYTES + 1);
        } catch (IOException e) {
            throw DomainException.invalid("worker.upload-empty");
        }
    }
}
