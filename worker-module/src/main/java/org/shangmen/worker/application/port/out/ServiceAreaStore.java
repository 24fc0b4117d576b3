package org.shangmen.worker.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.domain.Community;
import org.shangmen.worker.domain.Region;

/** Stores regions and communities. */
public interface ServiceAreaStore {

    void saveRegion(Region region);

    Optional<Region> region(RegionCode code);

    List<Region> servedCities();

    List<Region> childrenOf(RegionCode parent);

    /** Inserts; answers false when the district already has a community of that name. */
    boolean insertCommunity(Community community);

    Optional<Community> community(UUID id);

    /** A region, whether its city is served, and a community, read together. */
    record Place(Optional<Region> region, boolean cityServed, Optional<Community> community) {
    }

    /** The region, its city's served flag and the community (when asked) in one statement. */
    Place place(RegionCode code, Optional<UUID> communityId);

    Page<Community> communitiesOf(RegionCode district, String keyword, PageRequest page);

    /** Communities whose coordinates lie in the box around a point; the caller sorts by distance. */
    List<Community> communitiesInBox(double minLat, double maxLat, double minLng, double maxLng);
}
