package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OptionSpec;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.booking.application.port.in.BrowseCatalogue;
import org.shangmen.booking.domain.PriceRange;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
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

    CatalogueController(BrowseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "在售服务项目,按类别分组并排序")
    CatalogueResponse catalogue() {
        return new CatalogueResponse(catalogue.catalogue().stream()
                .map(s -> new CategoryResponse(s.category().code(), s.category().name(), s.items().stream().map(ItemSummary::of).toList()))
                .toList());
    }

    @GetMapping("/items/{itemId}")
    @Operation(summary = "服务项目详情:服务标准、可选项;指定区县时附该地参考价格区间")
    ItemResponse item(@PathVariable UUID itemId, @RequestParam(required = false) String district) {
        Optional<RegionCode> area = Optional.ofNullable(district).map(WebInput::district);
        BrowseCatalogue.Listing listing = catalogue.item(itemId, area);
        return ItemResponse.of(listing.item(), listing.priceRange());
    }

    record CatalogueResponse(List<CategoryResponse> categories) {
    }

    record CategoryResponse(String code, String name, List<ItemSummary> items) {
    }

    record ItemSummary(UUID id, String code, String name, String description, PricingUnit unit, String unitName, long basePriceFen,
                       String currency, int minimumMinutes, int typicalMinutes, String skill, String skillName) {
        static ItemSummary of(ServiceItem i) {
            return new ItemSummary(i.id(), i.code(), i.name(), i.description(), i.unit(), i.unit().chineseName(), i.basePriceFen(),
                    Money.CURRENCY, i.minimumMinutes(), i.typicalMinutes(), i.skill().name(), i.skill().chineseName());
        }
    }

    record CertificateResponse(String type, String name) {
    }

    record PriceRangeResponse(String regionCode, long minFen, long maxFen, String currency) {
    }

    record ItemResponse(UUID id, String code, String categoryCode, String name, String description, List<String> standards,
                        PricingUnit unit, String unitName, long basePriceFen, String currency, int minimumMinutes, int typicalMinutes,
                        String skill, String skillName, List<CertificateResponse> requiredCertificates, List<OptionSpec> options,
                        PriceRangeResponse priceRange) {
        static ItemResponse of(ServiceItem i, Optional<PriceRange> range) {
            return new ItemResponse(i.id(), i.code(), i.categoryCode(), i.name(), i.description(), i.standards(), i.unit(),
                    i.unit().chineseName(), i.basePriceFen(), Money.CURRENCY, i.minimumMinutes(), i.typicalMinutes(), i.skill().name(),
                    i.skill().chineseName(),
                    i.requiredCertificates().stream().map(c -> new CertificateResponse(c.name(), c.chineseName())).toList(),
                    i.options(),
                    range.map(r -> new PriceRangeResponse(r.region().value(), r.minFen(), r.maxFen(), Money.CURRENCY)).orElse(null));
        }
    }
}
