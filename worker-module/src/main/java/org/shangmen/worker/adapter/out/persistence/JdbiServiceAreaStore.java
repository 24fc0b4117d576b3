package org.shangmen.worker.adapter.out.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.application.port.out.ServiceAreaStore;
import org.shangmen.worker.domain.Community;
import org.shangmen.worker.domain.Region;
import org.springframework.stereotype.Repository;

@Repository
class JdbiServiceAreaStore implements ServiceAreaStore {

    private final ServiceAreaDao dao;
    private final Jdbi jdbi;
    private final Clock clock;

    JdbiServiceAreaStore(Jdbi jdbi, Clock clock) {
        this.dao = jdbi.onDemand(ServiceAreaDao.class);
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void saveRegion(Region region) {
        RegionRow row = new RegionRow(region.code().value(), region.name(), region.level().name(),
                region.code().parent().map(RegionCode::value).orElse(null), region.served());
        if (dao.updateRegion(row) == 0 && dao.insertRegion(row) == 0) {
            dao.updateRegion(row); // inserted concurrently by another request: apply ours on top
        }
    }

    @Override
    public Optional<Region> region(RegionCode code) {
        return dao.region(code.value()).map(JdbiServiceAreaStore::region);
    }

    @Override
    public List<Region> servedCities() {
        return dao.servedCities().stream().map(JdbiServiceAreaStore::region).toList();
    }

    @Override
    public List<Region> childrenOf(RegionCode parent) {
        return dao.children(parent.value()).stream().map(JdbiServiceAreaStore::region).toList();
    }

    @Override
    public boolean insertCommunity(Community c) {
        return dao.insertCommunity(new CommunityRow(c.id(), c.district().value(), c.name(),
                c.location().latitude(), c.location().longitude(), clock.instant())) == 1;
    }

    @Override
    public Optional<Community> community(UUID id) {
        return dao.community(id).map(JdbiServiceAreaStore::community);
    }

    @Override
    public Place place(RegionCode code, Optional<UUID> communityId) {
        // One row always: the region, its city and the community are each joined by primary key (or not found).
        return jdbi.withHandle(h -> h.createQuery("SELECT r.code, r.name, r.served, c.served AS city_served, m.id AS community_id, "
                        + "m.district_code, m.name AS community_name, m.latitude, m.longitude FROM (SELECT 1 AS one) x "
                        + "LEFT JOIN worker.region r ON r.code = :code LEFT JOIN worker.region c ON c.code = :city "
                        + "LEFT JOIN worker.community m ON m.id = :community")
                .bind("code", code.value()).bind("city", code.city().map(RegionCode::value).orElse(code.value()))
                .bind("community", communityId.orElse(null))
                .map((rs, ctx) -> {
                    String found = rs.getString("code");
                    UUID community = rs.getObject("community_id", UUID.class);
                    return new Place(found == null ? Optional.empty() : Optional.of(new Region(RegionCode.of(found), rs.getString("name"),
                            rs.getBoolean("served"))), rs.getBoolean("city_served"),
                            community == null ? Optional.empty() : Optional.of(new Community(community,
                                    RegionCode.of(rs.getString("district_code")), rs.getString("community_name"),
                                    new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")))));
                }).one());
    }

    @Override
    public Page<Community> communitiesOf(RegionCode district, String keyword, PageRequest page) {
        String escaped = keyword == null ? null : keyword.replace("%", "").replace("_", "");
        List<Community> items = dao.communities(district.value(), escaped, page.size(), page.offset()).stream()
                .map(JdbiServiceAreaStore::community).toList();
        return Page.of(items, page, dao.countCommunities(district.value(), escaped));
    }

    @Override
    public List<Community> communitiesInBox(double minLat, double maxLat, double minLng, double maxLng) {
        return dao.inBox(minLat, maxLat, minLng, maxLng).stream().map(JdbiServiceAreaStore::community).toList();
    }

    private static Region region(RegionRow row) {
        return new Region(RegionCode.of(row.code()), row.name(), row.served());
    }

    private static Community community(CommunityRow row) {
        return new Community(row.id(), RegionCode.of(row.districtCode()), row.name(), new GeoPoint(row.latitude(), row.longitude()));
    }
}
