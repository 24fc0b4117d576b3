package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators' accounts: created by a super administrator, each with the permissions it needs. */
@RestController
@RequestMapping("/api/v1/admin/operators")
@Tag(name = "运营账号 Operators", description = "运营人员账号与权限(superadmin、ops、finance、auditor)")
class OperatorController {

    private final OperatorAdministration operators;
    private final OperatorViews views;

    OperatorController(OperatorAdministration operators, OperatorViews views) {
        this.operators = operators;
        this.views = views;
    }

    record CreateOperatorRequest(@NotBlank @Size(max = 32) String username, @NotBlank @Size(max = 256) String initialPassword,
                                 @NotEmpty @Size(max = 4) Set<@NotBlank @Size(max = 16) String> permissions) {
    }

    record OperatorResponse(UUID id, String username, Set<String> permissions, boolean passwordChangeRequired, boolean active,
                            OffsetDateTime createdAt) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('PERM_superadmin')")
    @Operation(summary = "创建运营账号(需 superadmin 权限);新账号首次登录须修改初始密码")
    OperatorResponse create(@Valid @RequestBody CreateOperatorRequest body) {
        return views.operator(operators.createOperator(body.username(), body.initialPassword(), body.permissions()));
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('PERM_superadmin', 'PERM_auditor')")
    @Operation(summary = "运营账号列表(需 superadmin 或 auditor 权限)")
    Page<OperatorResponse> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(views.operators(operators.operators()), new PageRequest(page, size));
    }
}
