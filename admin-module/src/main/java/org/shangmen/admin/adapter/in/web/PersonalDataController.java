package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.shangmen.admin.application.PersonalDataService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A1.2 (PIPL): the signed-in owner downloads the personal data the platform keeps about them, and closes
 * the account. Only ever the caller's own account.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "个人信息 Personal data", description = "A1.2")
class PersonalDataController {

    private final PersonalDataService personalData;

    PersonalDataController(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/data-export")
    @Operation(summary = "下载平台保存的本人个人信息(账号、资料、订单、消息等),JSON 格式")
    Map<String, Object> export(@AuthenticationPrincipal Jwt jwt) {
        return personalData.export(UUID.fromString(jwt.getSubject()));
    }

    /** Either the password, or a sign-in SMS code sent to the account's phone. */
    record ClosureRequest(@Size(max = 128) String password, @Size(max = 6) String smsCode) {
    }

    @PostMapping("/account-closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "注销账号:须输入密码或登录验证码确认;有进行中的订单或未结清的款项时不能注销。"
            + "注销后无法登录,订单与账务记录按法律要求保留但不再包含个人信息,其余个人信息删除")
    void close(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ClosureRequest body) {
        personalData.close(UUID.fromString(jwt.getSubject()), body.password(), body.smsCode());
    }
}
