package org.shangmen.worker.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.worker.adapter.in.web.ServiceAreaController.CommunityResponse;
import org.shangmen.worker.adapter.in.web.ServiceAreaController.RegionResponse;
import org.shangmen.worker.domain.Community;
import org.shangmen.worker.domain.Region;

/** Cities, districts and communities as the public sees them. */
@Mapper
interface ServiceAreaMapper {

    @Mapping(target = "code", source = "code.value")
    @Mapping(target = "level", expression = "java(region.level().name())")
    RegionResponse toResponse(Region region);

    @Mapping(target = "districtCode", source = "district.value")
    @Mapping(target = "latitude", source = "location.latitude")
    @Mapping(target = "longitude", source = "location.longitude")
    CommunityResponse toResponse(Community community);
}
