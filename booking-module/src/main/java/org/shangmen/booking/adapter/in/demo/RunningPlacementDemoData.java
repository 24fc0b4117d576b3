package org.shangmen.booking.adapter.in.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.application.placement.PlacementSearchService;
import org.shangmen.booking.application.placement.PlacementService;
import org.shangmen.booking.application.placement.PlacementTerms;
import org.shangmen.booking.application.port.in.QuoteBasket;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.ChooseCommand;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.Invitation;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.RequestCommand;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.SpanQuery;
import org.shangmen.booking.application.port.out.CatalogueStore;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.booking.domain.placement.Candidate;
import org.shangmen.booking.domain.placement.Contract;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.booking.domain.placement.PlacementStatus;
import org.shangmen.kernel.DemoData;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data (C2.4): a 月嫂 placement of the demo customer with 张秀英 that is running today, from
 * {@link #DAYS_AGO} days ago for {@link #DAYS} days (ending the day before the awaited one starts). A
 * placement is asked for days ahead and interviewed for before it starts, so its request, interview and
 * contract are made by the placement use case itself, run as of the days before it began; billing's
 * demo then pays its deposit and package through the sandbox, and the worker's daily records follow
 * ({@link RunningPlacementJournalDemoData}). Nothing is made while the customer has a placement running
 * today.
 */
@Component
@Profile("demo")
class RunningPlacementDemoData implements DemoData {

    static final int DAYS_AGO = 10;
    static final int DAYS = 12;
    /** How far back the request was made: two days before the first day. */
    private static final Duration ASKED_BEFORE = Duration.ofDays(DAYS_AGO + 2L);
    private static final Logger LOG = LoggerFactory.getLogger(RunningPlacementDemoData.class);
    private static final RegionCode BAOAN = RegionCode.of("440306");
    private static final GeoPoint HOME = new GeoPoint(22.5580, 113.8950);

    private final ArrangePlacements placements;
    private final ArrangePlacements askedThen;
    private final CatalogueStore catalogue;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RunningPlacementDemoData(ArrangePlacements placements, PlacementStore store, PlacementSearchService search, QuoteBasket quotes,
                             org.shangmen.worker.api.WorkerCalendar calendar, PlacementTerms terms, ApplicationEventPublisher events,
                             CatalogueStore catalogue, PlatformTransactionManager transactions, Clock clock) {
        this.transaction = new TransactionTemplate(transactions);
        this.placements = placements;
        // The same use case, its clock set to when the customer asked; the day's price is quoted today for the same lead time.
        QuoteBasket quotedThen = c -> quotes.quote(new QuoteBasket.QuoteCommand(c.items(), c.district(), c.communityId(), c.point(),
                c.start().plus(ASKED_BEFORE), c.customerId(), c.couponId()));
        this.askedThen = new PlacementService(store, search, quotedThen, calendar, terms, events, Clock.offset(clock, ASKED_BEFORE.negated()));
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 260;
    }

    @Override
    public void seed() {
        UUID customer = DemoData.accountId("customer-1");
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        boolean runningNow = placements.customerPlacements(customer, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .anyMatch(p -> (p.status() == PlacementStatus.CONTRACTED || p.status() == PlacementStatus.ACTIVE) && !p.startsOn().isAfter(today)
                        && p.endsOn().isAfter(today));
        if (runningNow) {
            return;
        }
        try {
            // Built here rather than by Spring, the use case runs in a transaction of this seed's own.
            transaction.executeWithoutResult(status -> running(customer, today));
        } catch (DomainException e) {
            // 张秀英 may be busy after a long-running demo; the rest of the demo stands without this placement.
            LOG.info("demo running placement not seeded: {}", e.code());
        }
    }

    private void running(UUID customer, LocalDate today) {
        UUID nurse = DemoData.accountId("worker-3");
        ServiceItem item = catalogue.itemByCode("maternity-nurse").orElseThrow();
        LocalDate start = today.minusDays(DAYS_AGO);
        Placement requested = askedThen.request(new RequestCommand(customer, new SpanQuery(item.id(), BAOAN, start, start.plusDays(DAYS)),
                Map.of("level", "threeStar"), Optional.of(HOME), true,
                List.of(new Invitation(nurse, start.minusDays(1).atTime(15, 0).atZone(Zones.CHINA).toInstant(), Candidate.InterviewMode.AT_HOME)),
                false, Optional.empty(), null));
        askedThen.answerInterview(nurse, requested.id(), true);
        askedThen.choose(new ChooseCommand(customer, requested.id(), nurse, Contract.PaymentPlan.UPFRONT, 2,
                List.of("新生儿喂养、洗澡、抚触", "产妇月子餐")));
    }
}
