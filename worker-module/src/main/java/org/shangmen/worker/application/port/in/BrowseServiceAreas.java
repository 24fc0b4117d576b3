package org.shangmen.worker.application.port.in;

import java.util.List;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.domain.Community;
import org.shangmen.worker.domain.Region;

/** What customers and workers see when they choose an area: served cities, their districts, communities. */
public interface BrowseServiceAreas {

    List<Region> servedCities();

    List<Region> districtsOf(RegionCode city);

    Page<Community> communitiesOf(RegionCode district, String keyword, PageRequest page);
}
