package org.shangmen.worker.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shangmen.worker.adapter.in.web.Labels.Labelled;
import org.shangmen.worker.application.port.in.ShowWorkerPage;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** C3.2 a certified worker's public page; the worker's reviews are listed by the orders' side at {@code …/reviews}. */
@RestController
@Tag(name = "找阿姨 Worker search", description = "按姓名、技能、区域、距离、评分、经验、证书、性别与价格查找服务人员")
class WorkerPageController {

    private final ShowWorkerPage pages;
    private final WorkerSearchMapper mapper;
    private final MessageSource messages;

    WorkerPageController(ShowWorkerPage pages, WorkerSearchMapper mapper, MessageSource messages) {
        this.pages = pages;
        this.mapper = mapper;
        this.messages = messages;
    }

    /**
     * What the public sees on a worker's page: every code with its label in the reader's language.
     *
     * @param photoUrl a signed link valid for 5 minutes, or null without a photo
     */
    record WorkerPageResponse(UUID workerId, String realName, String gender, String genderLabel, String ageBand,
                              int experienceYears, String introduction, List<String> languages, List<Labelled> skills,
                              Long hourlyRateFen, String currency, List<Labelled> certificates, List<Labelled> districts,
                              int ratingTenths, int ratingCount, int completedOrders, String photoUrl,
                              List<org.shangmen.worker.api.WorkerBadges.Badge> badges) {
    }

    @GetMapping("/api/v1/public/workers/{workerId}")
    @Operation(summary = "服务人员主页:公开资料、有效证书、有效的技能徽章、服务区县、评分与完成单数、照片(5 分钟内有效的链接)",
            description = "只显示已认证且未被暂停或清退的服务人员,否则答复 404 worker.not-found;评价列表见 /api/v1/public/workers/{workerId}/reviews")
    WorkerPageResponse page(@PathVariable UUID workerId, Locale locale) {
        return mapper.toResponse(pages.page(workerId), new Labels(messages, locale, Map.of()));
    }
}
