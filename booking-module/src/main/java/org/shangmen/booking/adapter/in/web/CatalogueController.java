package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OptionSpec;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.booking.application.port.in.BrowseCatalogue;
import org.shangmen.kernel.RegionCode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/public/catalogue")
@Tag(name = "服务目录 Catalogue", description = "C2.1 服务项目与可选项;A1.1 各区域参考价格区间")
class CatalogueController {

    private final BrowseCatalogue catalogue;
    private final CatalogueViewMapper views;

    CatalogueController(BrowseCatalogue catalogue, CatalogueViewMapper views) {
        this.catalogue = catalogue;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "在售服务项目,按类别分组并排序")
    CatalogueResponse catalogue() {
        return new CatalogueResponse(catalogue.catalogue().stream().map(views::section).toList());
    }

    @GetMapping("/items/{itemId}")
    @Operation(summary = "服务项目详情:服务标准、可选项;指定区县时附该地参考价格区间")
    ItemResponse item(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID itemId, @RequestParam(required = false) String district) {
        Optional<RegionCode> area = Optional.ofNullable(district).map(WebInput::district);
        Optional<UUID> viewer = Optional.ofNullable(jwt).map(Jwt::getSubject).map(UUID::fromString);
        return views.item(catalogue.view(itemId, area, viewer));
    }

    record CatalogueResponse(List<CategoryResponse> categories) {
    }

    record CategoryResponse(String code, String name, List<ItemSummary> items) {
    }

    record ItemSummary(UUID id, String code, String name, String description, PricingUnit unit, String unitName, long basePriceFen,
                       String currency, int minimumMinutes, int typicalMinutes, String skill, String skillName) {
    }

    record CertificateResponse(String type, String name) {
    }

    record PriceRangeResponse(String regionCode, long minFen, long maxFen, String currency) {
    }

    record ItemResponse(UUID id, String code, String categoryCode, String name, String description, List<String> standards,
                        PricingUnit unit, String unitName, long basePriceFen, String currency, int minimumMinutes, int typicalMinutes,
                        String skill, String skillName, List<CertificateResponse> requiredCertificates, List<OptionSpec> options,
                        PriceRangeResponse priceRange) {
    }
}
