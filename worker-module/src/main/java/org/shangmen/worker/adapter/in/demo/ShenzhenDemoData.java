package org.shangmen.worker.adapter.in.demo;

import java.util.List;
import org.shangmen.kernel.DemoData;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.shangmen.worker.application.port.in.DefineServiceAreas.AddCommunity;
import org.shangmen.worker.application.port.in.DefineServiceAreas.DefineRegion;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo city: Shenzhen (深圳市, 440300) with its districts' real administrative codes and a few
 * well-known residential communities at their approximate WGS-84 positions.
 */
@Component
@Profile("demo")
class ShenzhenDemoData implements DemoData {

    record Place(String code, String name) {
    }

    record Estate(String district, String name, double latitude, double longitude) {
    }

    static final List<Place> DISTRICTS = List.of(
            new Place("440303", "罗湖区"), new Place("440304", "福田区"), new Place("440305", "南山区"),
            new Place("440306", "宝安区"), new Place("440307", "龙岗区"), new Place("440308", "盐田区"),
            new Place("440309", "龙华区"), new Place("440310", "坪山区"), new Place("440311", "光明区"));

    static final List<Estate> COMMUNITIES = List.of(
            new Estate("440305", "华润城润府", 22.5405, 113.9508),
            new Estate("440305", "蔚蓝海岸", 22.5128, 113.9389),
            new Estate("440305", "半岛城邦", 22.4947, 113.9321),
            new Estate("440304", "香蜜湖1号", 22.5455, 114.0252),
            new Estate("440304", "天健世纪花园", 22.5287, 114.0531),
            new Estate("440303", "翠竹苑", 22.5626, 114.1262),
            new Estate("440306", "卓越维港", 22.5548, 113.8895),
            new Estate("440307", "坂田万科城", 22.6437, 114.0734),
            new Estate("440309", "星河传奇", 22.6558, 114.0301));

    private final DefineServiceAreas areas;

    ShenzhenDemoData(DefineServiceAreas areas) {
        this.areas = areas;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed() {
        areas.defineRegion(new DefineRegion(RegionCode.of("440000"), "广东省", false));
        areas.defineRegion(new DefineRegion(RegionCode.of("440300"), "深圳市", true));
        DISTRICTS.forEach(d -> areas.defineRegion(new DefineRegion(RegionCode.of(d.code()), d.name(), false)));
        for (Estate e : COMMUNITIES) {
            try {
                areas.addCommunity(new AddCommunity(RegionCode.of(e.district()), e.name(), new GeoPoint(e.latitude(), e.longitude())));
            } catch (DomainException alreadyThere) {
                if (!alreadyThere.code().equals("worker.community-exists")) {
                    throw alreadyThere;
                }
            }
        }
    }
}
