package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shangmen.admin.application.KeyRotationService;
import org.shangmen.admin.application.KeyRotationService.Progress;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A1.2: after a new key is configured as active, a {@code superadmin} re-encrypts the stored phones,
 * e-mails, ID and certificate numbers and addresses to it in the background and follows the progress;
 * once nothing remains, the old key can be removed. An {@code auditor} may follow the progress.
 */
@RestController
@RequestMapping("/api/v1/admin/key-rotation")
@Tag(name = "密钥轮换 Key rotation", description = "A1.2")
class KeyRotationController {

    private final KeyRotationService rotation;

    KeyRotationController(KeyRotationService rotation) {
        this.rotation = rotation;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('PERM_superadmin', 'PERM_auditor')")
    @Operation(summary = "重新加密的进度:当前密钥版本、各类数据已处理与剩余的数量")
    Progress progress() {
        return rotation.progress();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('PERM_superadmin')")
    @Operation(summary = "开始(或继续)把已存储的个人信息重新加密为当前密钥;在后台分批进行,已在进行时不重复开始")
    Progress start() {
        return rotation.start();
    }
}
