package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.shangmen.booking.api.CatalogueAdministration;
import org.shangmen.booking.api.CatalogueAdministration.CategoryDraft;
import org.shangmen.booking.api.CatalogueAdministration.CategoryView;
import org.shangmen.booking.api.CatalogueAdministration.ItemDraft;
import org.shangmen.booking.api.CatalogueAdministration.ItemView;
import org.shangmen.booking.api.CatalogueAdministration.PriceRangeView;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A1.1, A2.2: operators keep the service catalogue: categories, items with their options and standards,
 * their order, retirement, and reference price ranges by city or district. Changing needs the
 * {@code ops} permission; an {@code auditor} may read; a {@code superadmin} may do both.
 */
@RestController
@RequestMapping("/api/v1/admin/catalogue")
@Tag(name = "服务项目管理 Catalogue administration", description = "A1.1 A2.2")
class CatalogueAdminController {

    private static final String CHANGE = "hasAnyAuthority('PERM_ops', 'PERM_superadmin')";
    private static final String READ = "hasAnyAuthority('PERM_ops', 'PERM_auditor', 'PERM_superadmin')";

    private final CatalogueAdministration catalogue;

    CatalogueAdminController(CatalogueAdministration catalogue) {
        this.catalogue = catalogue;
    }

    private static UUID operator(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    private static RegionCode region(String value) {
        if (!RegionCode.isValid(value)) {
            throw DomainException.invalid("booking.price-range-region-invalid");
        }
        return RegionCode.of(value);
    }

    @GetMapping("/categories")
    @PreAuthorize(READ)
    @Operation(summary = "服务类别")
    Page<CategoryView> categories(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(catalogue.categories(), new PageRequest(page, size));
    }

    record CategoryRequest(@NotNull @Size(max = 20) String name, int sortOrder) {
    }

    @PutMapping("/categories/{code}")
    @PreAuthorize(CHANGE)
    @Operation(summary = "新建或修改服务类别")
    CategoryView defineCategory(@PathVariable String code, @Valid @RequestBody CategoryRequest body) {
        return catalogue.defineCategory(new CategoryDraft(code, body.name(), body.sortOrder()));
    }

    record OrderRequest(@NotNull @Size(max = 200) List<@NotNull UUID> itemIds) {
    }

    @PutMapping("/categories/{code}/order")
    @PreAuthorize(CHANGE)
    @Operation(summary = "调整类别内服务项目的顺序:列出该类别的全部项目")
    List<ItemView> reorder(@AuthenticationPrincipal Jwt jwt, @PathVariable String code, @Valid @RequestBody OrderRequest body) {
        return catalogue.reorderItems(code, body.itemIds(), operator(jwt));
    }

    @GetMapping("/items")
    @PreAuthorize(READ)
    @Operation(summary = "全部服务项目(含已下架),按类别与顺序")
    Page<ItemView> items(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(catalogue.items(), new PageRequest(page, size));
    }

    @GetMapping("/items/{itemId}")
    @PreAuthorize(READ)
    @Operation(summary = "服务项目详情")
    ItemView item(@PathVariable UUID itemId) {
        return catalogue.item(itemId);
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CHANGE)
    @Operation(summary = "新增服务项目:名称、介绍、服务标准、计价单位与单价(分)、时长、所需技能与证书、可选项")
    ItemView create(@AuthenticationPrincipal Jwt jwt, @RequestBody ItemDraft body) {
        return catalogue.createItem(body, operator(jwt));
    }

    record EditRequest(int expectedVersion, @NotNull ItemDraft item) {
    }

    @PutMapping("/items/{itemId}")
    @PreAuthorize(CHANGE)
    @Operation(summary = "修改服务项目(需带上读取时的版本号,防止覆盖他人的修改);已有订单保留下单时的快照")
    ItemView edit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID itemId, @Valid @RequestBody EditRequest body) {
        return catalogue.editItem(itemId, body.item(), body.expectedVersion(), operator(jwt));
    }

    @PostMapping("/items/{itemId}/retirement")
    @PreAuthorize(CHANGE)
    @Operation(summary = "下架服务项目:不再向客户展示,已有订单不受影响")
    ItemView retire(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID itemId) {
        return catalogue.retireItem(itemId, operator(jwt));
    }

    @PostMapping("/items/{itemId}/reactivation")
    @PreAuthorize(CHANGE)
    @Operation(summary = "重新上架服务项目")
    ItemView reactivate(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID itemId) {
        return catalogue.reactivateItem(itemId, operator(jwt));
    }

    @GetMapping("/items/{itemId}/price-ranges")
    @PreAuthorize(READ)
    @Operation(summary = "服务项目各地区的参考价格区间")
    Page<PriceRangeView> priceRanges(@PathVariable UUID itemId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(catalogue.priceRanges(itemId), new PageRequest(page, size));
    }

    record PriceRangeRequest(long minFen, long maxFen) {
    }

    @PutMapping("/items/{itemId}/price-ranges/{regionCode}")
    @PreAuthorize(CHANGE)
    @Operation(summary = "设置城市或区县的参考单价区间(分);区县的区间优先于所在城市")
    PriceRangeView setPriceRange(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID itemId, @PathVariable String regionCode,
                                 @RequestBody PriceRangeRequest body) {
        return catalogue.setPriceRange(itemId, region(regionCode), body.minFen(), body.maxFen(), operator(jwt));
    }

    @DeleteMapping("/items/{itemId}/price-ranges/{regionCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(CHANGE)
    @Operation(summary = "删除某地区的参考价格区间")
    void removePriceRange(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID itemId, @PathVariable String regionCode) {
        catalogue.removePriceRange(itemId, region(regionCode), operator(jwt));
    }
}
