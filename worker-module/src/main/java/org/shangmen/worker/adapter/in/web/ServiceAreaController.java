package org.shangmen.worker.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.application.port.in.BrowseServiceAreas;
import org.shangmen.worker.domain.Community;
import org.shangmen.worker.domain.Region;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/public/areas")
@Tag(name = "服务区域 Service areas", description = "平台开通的城市、区县与小区")
class ServiceAreaController {

    private final BrowseServiceAreas areas;
    private final ServiceAreaMapper mapper;

    ServiceAreaController(BrowseServiceAreas areas, ServiceAreaMapper mapper) {
        this.areas = areas;
        this.mapper = mapper;
    }

    @GetMapping("/cities")
    @Operation(summary = "已开通服务的城市")
    Page<RegionResponse> cities(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(areas.servedCities().stream().map(mapper::toResponse).toList(), new PageRequest(page, size));
    }

    @GetMapping("/cities/{cityCode}/districts")
    @Operation(summary = "城市下的区县")
    Page<RegionResponse> districts(@PathVariable String cityCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.slice(areas.districtsOf(code(cityCode)).stream().map(mapper::toResponse).toList(), new PageRequest(page, size));
    }

    @GetMapping("/districts/{districtCode}/communities")
    @Operation(summary = "区县内的小区,可按名称搜索,分页")
    PageResponse<CommunityResponse> communities(@PathVariable String districtCode,
                                                @RequestParam(required = false) String keyword,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "20") int size) {
        if (keyword != null && keyword.length() > Community.MAX_NAME_LENGTH) {
            throw DomainException.invalid("worker.keyword-too-long", Community.MAX_NAME_LENGTH);
        }
        Page<Community> found = areas.communitiesOf(code(districtCode), keyword, new PageRequest(page, size));
        return PageResponse.of(found.map(mapper::toResponse));
    }

    private static RegionCode code(String value) {
        if (!RegionCode.isValid(value)) {
            throw DomainException.invalid("worker.region-code-invalid");
        }
        return RegionCode.of(value);
    }

    record RegionResponse(String code, String name, String level) {
    }

    record CommunityResponse(UUID id, String districtCode, String name, double latitude, double longitude) {
    }

    record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages) {
        static <T> PageResponse<T> of(Page<T> page) {
            return new PageResponse<>(page.items(), page.page(), page.size(), page.total(), page.totalPages());
        }
    }
}
