package org.shangmen.worker.adapter.in.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.application.port.in.BrowseServiceAreas;
import org.springframework.stereotype.Component;

/** The names of districts by code, read once per city; a district of a city no longer served keeps its code. */
@Component
class DistrictNames {

    private final BrowseServiceAreas areas;

    DistrictNames(BrowseServiceAreas areas) {
        this.areas = areas;
    }

    Map<String, String> of(Collection<String> districtCodes) {
        Set<RegionCode> cities = new HashSet<>();
        for (String code : districtCodes) {
            if (RegionCode.isValid(code)) {
                RegionCode.of(code).city().ifPresent(cities::add);
            }
        }
        Map<String, String> names = new HashMap<>();
        for (RegionCode city : cities) {
            try {
                areas.districtsOf(city).forEach(d -> names.put(d.code().value(), d.name()));
            } catch (DomainException notServedAnyMore) {
                // The district keeps its code as its name.
            }
        }
        return names;
    }
}
