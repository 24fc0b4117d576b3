package org.shangmen.worker.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;

/**
 * The areas the platform serves, for other modules: a booking's address, a worker's service scope
 * and a price range all name a district or a community from here.
 */
public interface ServiceAreaDirectory {

    /** A served district, city or province by code. */
    Optional<AreaView> servedRegion(RegionCode code);

    Optional<CommunityView> community(UUID communityId);

    /**
     * A region as {@link #servedRegion} together with a community as {@link #community} (none asked,
     * none answered): the directory reads both in one statement.
     */
    default ServedPlace servedPlace(RegionCode code, Optional<UUID> communityId) {
        return new ServedPlace(servedRegion(code), communityId.flatMap(this::community));
    }

    record ServedPlace(Optional<AreaView> region, Optional<CommunityView> community) {
    }

    /** Communities within {@code radiusMetres} of a point, nearest first. */
    List<CommunityView> communitiesNear(GeoPoint point, long radiusMetres, int limit);

    record AreaView(String code, String name, RegionCode.Level level) {
    }

    record CommunityView(UUID id, String districtCode, String name, GeoPoint location) {
    }
}
