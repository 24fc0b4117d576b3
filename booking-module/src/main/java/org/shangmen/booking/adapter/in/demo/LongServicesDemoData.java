package org.shangmen.booking.adapter.in.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.ChooseCommand;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.Invitation;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.RequestCommand;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.SpanQuery;
import org.shangmen.booking.application.port.in.series.ArrangeSeries;
import org.shangmen.booking.application.port.out.CatalogueStore;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.booking.domain.placement.Candidate;
import org.shangmen.booking.domain.placement.Contract;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.booking.domain.series.Cadence;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.kernel.DemoData;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo data (C2.4): the demo customer's 26-day 月嫂 placement with 张秀英 (interviewed, contracted, her
 * span reserved, the deposit awaited) and a weekly 日常保洁 plan asking 陈美华 first, both in 宝安
 * (440306), seeded through the module's own use cases once per database.
 */
@Component
@Profile("demo")
class LongServicesDemoData implements DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(LongServicesDemoData.class);
    private static final RegionCode BAOAN = RegionCode.of("440306");
    private static final GeoPoint HOME = new GeoPoint(22.5580, 113.8950);

    private final ArrangePlacements placements;
    private final ArrangeSeries series;
    private final CatalogueStore catalogue;
    private final Clock clock;

    LongServicesDemoData(ArrangePlacements placements, ArrangeSeries series, CatalogueStore catalogue, Clock clock) {
        this.placements = placements;
        this.series = series;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void seed() {
        UUID customer = DemoData.accountId("customer-1");
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        try {
            if (placements.customerPlacements(customer, PageRequest.first()).total() == 0) {
                placement(customer, today);
            }
            if (series.customerSeries(customer, PageRequest.first()).total() == 0) {
                weeklyCleaning(customer, today);
            }
        } catch (DomainException e) {
            // The demo workers may be busy after a long-running demo; the rest of the demo stands without these rows.
            LOG.info("demo placement or series not seeded: {}", e.code());
        }
    }

    private void placement(UUID customer, LocalDate today) {
        UUID nurse = DemoData.accountId("worker-3");
        ServiceItem item = catalogue.itemByCode("maternity-nurse").orElseThrow();
        LocalDate start = today.plusDays(2);
        Placement requested = placements.request(new RequestCommand(customer, new SpanQuery(item.id(), BAOAN, start, start.plusDays(26)),
                Map.of("level", "fiveStar"), Optional.of(HOME), true,
                List.of(new Invitation(nurse, today.plusDays(1).atTime(10, 0).atZone(Zones.CHINA).toInstant(), Candidate.InterviewMode.ONLINE)),
                false, Optional.empty(), null));
        placements.answerInterview(nurse, requested.id(), true);
        placements.choose(new ChooseCommand(customer, requested.id(), nurse, Contract.PaymentPlan.UPFRONT, 2,
                List.of("新生儿喂养、洗澡、抚触", "产妇月子餐", "产后恢复指导")));
    }

    private void weeklyCleaning(UUID customer, LocalDate today) {
        ServiceItem item = catalogue.itemByCode("daily-cleaning").orElseThrow();
        series.create(new ArrangeSeries.CreateCommand(customer, List.of(new Series.Line(item.id(), Map.of("hours", 3))), BAOAN,
                Optional.empty(), Optional.of(HOME), "7栋1502室", "陈女士", "家有宠物猫,请勿开阳台门",
                Optional.of(DemoData.accountId("worker-5")), new Cadence(Cadence.Kind.WEEKDAYS, Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)),
                today.plusDays(3), LocalTime.of(9, 0), Optional.of(16)));
    }
}
