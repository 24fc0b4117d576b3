package org.shangmen.worker.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.CertificationRules.MissingItemView;
import org.shangmen.worker.application.port.in.AnswerMissingItems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A1.1: what a stricter certification rule asks of a certified worker, by when, and the worker's word
 * that it is supplied (the certificate uploaded, the face check passed). Only the worker's own items.
 */
@RestController
@RequestMapping("/api/v1/worker/certification/missing-items")
@Tag(name = "师傅资料与认证 Worker profile and certification", description = "W1.2:资料、证书、人脸核验、提交审核、接单状态、处罚申诉")
class MissingItemsController {

    private final AnswerMissingItems items;

    MissingItemsController(AnswerMissingItems items) {
        this.items = items;
    }

    @GetMapping
    @Operation(summary = "认证规则更新后需要补充的材料与截止时间;逾期未补充(或未审核通过)的技能暂停派单")
    Page<MissingItemView> missingItems(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return items.missingItems(UUID.fromString(jwt.getSubject()), new PageRequest(page, size));
    }

    @PostMapping("/submission")
    @Operation(summary = "上传证书或完成核验后提交补充材料,等待平台审核")
    Page<MissingItemView> supply(@AuthenticationPrincipal Jwt jwt) {
        return items.supply(UUID.fromString(jwt.getSubject()));
    }
}
