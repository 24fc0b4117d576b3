package org.shangmen.identity.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.shangmen.identity.application.port.in.ShareBirthYear;
import org.shangmen.identity.application.port.in.ShareBirthYear.ShareCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer's optional birth year, given with consent, for the age bands of the platform's insights (A4.1). */
@RestController
@RequestMapping("/api/v1/customer/profile/birth-year")
@Tag(name = "账号 Account", description = "出生年份(可选,须同意用于经营分析的年龄段统计)")
class BirthYearController {

    private final ShareBirthYear years;

    BirthYearController(ShareBirthYear years) {
        this.years = years;
    }

    record BirthYearRequest(Integer birthYear, Boolean consent) {
    }

    /** @param birthYear empty when none is given */
    record BirthYearResponse(Integer birthYear, boolean consented) {
    }

    @GetMapping
    @Operation(summary = "我的出生年份(未提供时为空)")
    BirthYearResponse mine(@AuthenticationPrincipal Jwt jwt) {
        Integer year = years.birthYear(UUID.fromString(jwt.getSubject())).orElse(null);
        return new BirthYearResponse(year, year != null);
    }

    @PutMapping
    @Operation(summary = "提供出生年份:须 consent=true,同意平台按年龄段做统计分析;可随时撤回")
    BirthYearResponse share(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) BirthYearRequest body) {
        BirthYearRequest request = body == null ? new BirthYearRequest(null, null) : body;
        int year = years.share(new ShareCommand(UUID.fromString(jwt.getSubject()), request.birthYear(), request.consent()));
        return new BirthYearResponse(year, true);
    }

    @DeleteMapping
    @Operation(summary = "撤回同意:删除出生年份")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "已删除 / removed")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal Jwt jwt) {
        years.withdraw(UUID.fromString(jwt.getSubject()));
        return ResponseEntity.noContent().build();
    }
}
