package org.shangmen.worker.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.api.event.CommunityAdded;
import org.shangmen.worker.application.port.in.BrowseServiceAreas;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.shangmen.worker.application.port.out.ServiceAreaStore;
import org.shangmen.worker.domain.Community;
import org.shangmen.worker.domain.Region;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** The directory of served areas: browsing, defining, and the published {@link ServiceAreaDirectory}. */
public class ServiceAreaService implements BrowseServiceAreas, DefineServiceAreas, ServiceAreaDirectory {

    private static final double METRES_PER_DEGREE_LATITUDE = 111_320.0;

    private final ServiceAreaStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ServiceAreaService(ServiceAreaStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Region> servedCities() {
        return store.servedCities();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Region> districtsOf(RegionCode city) {
        if (city.level() != RegionCode.Level.CITY) {
            throw DomainException.invalid("worker.not-a-city", city.value());
        }
        requireServed(city);
        return store.childrenOf(city);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Community> communitiesOf(RegionCode district, String keyword, PageRequest page) {
        if (district.level() != RegionCode.Level.DISTRICT) {
            throw DomainException.invalid("worker.community-needs-district", district.value());
        }
        requireServed(district);
        String trimmed = keyword == null ? null : keyword.strip();
        return store.communitiesOf(district, trimmed == null || trimmed.isEmpty() ? null : trimmed, page);
    }

    @Override
    @Transactional
    public Region defineRegion(DefineRegion command) {
        command.code().parent().ifPresent(parent -> {
            if (store.region(parent).isEmpty()) {
                throw DomainException.rejected("worker.parent-region-missing", parent.value());
            }
        });
        Region region = new Region(command.code(), command.name(), command.served());
        store.saveRegion(region);
        return region;
    }

    @Override
    @Transactional
    public Community addCommunity(AddCommunity command) {
        requireServed(command.district());
        Community community = new Community(Ids.newId(clock), command.district(), command.name(), command.location());
        if (!store.insertCommunity(community)) {
            throw DomainException.conflict("worker.community-exists", community.name());
        }
        events.publishEvent(new CommunityAdded(community.id(), community.district().value(), community.name(), clock.instant()));
        return community;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AreaView> servedRegion(RegionCode code) {
        return store.region(code).filter(this::isServed).map(r -> new AreaView(r.code().value(), r.name(), r.level()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CommunityView> community(UUID communityId) {
        return store.community(communityId).map(ServiceAreaService::view);
    }

    @Override
    @Transactional(readOnly = true)
    public ServedPlace servedPlace(RegionCode code, Optional<UUID> communityId) {
        ServiceAreaStore.Place place = store.place(code, communityId);
        Optional<AreaView> region = place.region()
                .filter(r -> r.served() || r.code().level() == RegionCode.Level.DISTRICT && place.cityServed())
                .map(r -> new AreaView(r.code().value(), r.name(), r.level()));
        return new ServedPlace(region, place.community().map(ServiceAreaService::view));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommunityView> communitiesNear(GeoPoint point, long radiusMetres, int limit) {
        if (radiusMetres <= 0 || radiusMetres > 50_000 || limit < 1 || limit > 100) {
            throw DomainException.invalid("worker.radius-invalid");
        }
        double dLat = radiusMetres / METRES_PER_DEGREE_LATITUDE;
        double dLng = radiusMetres / (METRES_PER_DEGREE_LATITUDE * Math.max(0.01, Math.cos(Math.toRadians(point.latitude()))));
        return store.communitiesInBox(point.latitude() - dLat, point.latitude() + dLat,
                        point.longitude() - dLng, point.longitude() + dLng).stream()
                .filter(c -> c.location().distanceMetresTo(point) <= radiusMetres)
                .sorted(Comparator.comparingLong(c -> c.location().distanceMetresTo(point)))
                .limit(limit)
                .map(ServiceAreaService::view)
                .toList();
    }

    private void requireServed(RegionCode code) {
        Region region = store.region(code).orElseThrow(() -> DomainException.notFound("worker.region-not-found", code.value()));
        if (!isServed(region)) {
            throw DomainException.rejected("worker.region-not-served", region.name());
        }
    }

    private boolean isServed(Region region) {
        if (region.served()) {
            return true;
        }
        return region.code().level() == RegionCode.Level.DISTRICT
                && region.code().city().flatMap(store::region).map(Region::served).orElse(false);
    }

    private static CommunityView view(Community c) {
        return new CommunityView(c.id(), c.district().value(), c.name(), c.location());
    }
}
