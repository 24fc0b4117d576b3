package org.shangmen.billing.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.shangmen.billing.application.port.in.BuyPackages;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The prepaid packages' offers: {@code ops} or {@code finance} set them, an {@code auditor} may read. */
@RestController
@RequestMapping("/api/v1/admin/billing/package-offers")
@Tag(name = "周期服务套餐设置 Package offers", description = "预付套餐的次数与折扣")
class PackageOfferAdminController {

    private static final String ACT = "hasAnyAuthority('PERM_ops', 'PERM_finance', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_finance', 'PERM_auditor', 'PERM_superadmin')";

    private final BuyPackages packages;
    private final PackageViews views;

    PackageOfferAdminController(BuyPackages packages, PackageViews views) {
        this.packages = packages;
        this.views = views;
    }

    /** @param discountBp what the package takes off (1000 = 10 %, at most 5000) */
    record OfferSetting(int visits, int discountBp, boolean active, String label, OffsetDateTime updatedAt) {
    }

    record OfferRequest(Integer discountBp, Boolean active) {
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "预付套餐的各档:次数、折扣、是否在售")
    Page<OfferSetting> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(views.settings(packages.allOffers()), new PageRequest(page, size));
    }

    @PutMapping("/{visits}")
    @PreAuthorize(ACT)
    @Operation(summary = "设置(或新增)一档套餐:次数 2–52,折扣 0–5000 bp,active=false 停售(已购套餐不受影响)")
    OfferSetting set(@AuthenticationPrincipal Jwt jwt, @PathVariable int visits, @RequestBody(required = false) OfferRequest body) {
        if (body == null) {
            throw DomainException.invalid("billing.package-offer-discount-invalid", 5000);
        }
        return views.setting(packages.setOffer(visits, body.discountBp(), body.active(), UUID.fromString(jwt.getSubject())));
    }
}
