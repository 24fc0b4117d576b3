package org.shangmen.worker.application.port.in;

import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.domain.Community;
import org.shangmen.worker.domain.Region;

/** Operators open cities and districts and add communities to them. */
public interface DefineServiceAreas {

    /** Creates or renames a region; a served city also serves its districts. Idempotent. */
    Region defineRegion(DefineRegion command);

    /** Adds a community to a served district; the same name in the same district is refused. */
    Community addCommunity(AddCommunity command);

    record DefineRegion(RegionCode code, String name, boolean served) {
        public DefineRegion {
            if (code == null) {
                throw DomainException.invalid("worker.region-code-required");
            }
        }
    }

    record AddCommunity(RegionCode district, String name, GeoPoint location) {
        public AddCommunity {
            if (district == null || location == null) {
                throw DomainException.invalid("worker.community-incomplete");
            }
        }
    }
}
