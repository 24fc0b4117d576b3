package org.shangmen.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.shangmen.booking.application.CatalogueService;
import org.shangmen.booking.application.OrderSettingsService;
import org.shangmen.booking.application.port.out.OrderSettingsStore;
import org.shangmen.booking.application.QuoteService;
import org.shangmen.booking.api.OrderDiscounts;
import org.springframework.beans.factory.ObjectProvider;
import org.shangmen.booking.application.CancelOrderService;
import org.shangmen.booking.application.ChangeOrderService;
import org.shangmen.booking.application.CustomerOrderService;
import org.shangmen.booking.application.DispatchOrderService;
import org.shangmen.booking.application.OrderModerationService;
import org.shangmen.booking.application.OrderOverviewService;
import org.shangmen.booking.application.PayOrderService;
import org.shangmen.booking.application.ReviewService;
import org.shangmen.booking.application.VisitService;
import org.shangmen.booking.application.WorkerOrderService;
import org.shangmen.booking.application.port.in.ChangeOrder;
import org.shangmen.booking.application.port.in.ReviewOrder;
import org.shangmen.booking.application.port.in.VisitOrder;
import org.shangmen.booking.application.port.out.ChangeRequestStore;
import org.shangmen.booking.application.port.out.MediaStorage;
import org.shangmen.booking.application.port.out.VideoInspection;
import org.shangmen.booking.application.port.out.ReviewStore;
import org.shangmen.booking.application.port.out.VisitStore;
import org.shangmen.worker.api.WorkerRatings;
import org.springframework.transaction.PlatformTransactionManager;
import org.shangmen.booking.application.SlotService;
import org.shangmen.booking.application.SubmitOrderService;
import org.shangmen.booking.application.WorkerAvailability;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.shangmen.booking.application.port.out.CatalogueStore;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.PriceRangeStore;
import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The booking module's use cases; its adapters are components of their own packages. Slot rules are
 * platform-wide (the worker module keeps no per-worker values for them) and configurable under
 * {@code shangmen.booking.slots.*}.
 */
@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    @Bean
    CatalogueService catalogueService(CatalogueStore store, PriceRangeStore ranges, ApplicationEventPublisher events, Clock clock) {
        return new CatalogueService(store, ranges, events, clock);
    }

    /**
     * Discounts come from whichever module provides {@link OrderDiscounts} (billing's promotions), looked up
     * at each use so that module may itself depend on booking's ports; without one, no discounts.
     */
    @Bean
    QuoteService quoteService(CatalogueStore store, PriceRangeStore ranges, ServiceAreaDirectory areas, OrderStore orders,
                              ObjectProvider<OrderDiscounts> discounts, ApplicationEventPublisher events,
                              org.shangmen.booking.application.port.out.QuoteLog log, Clock clock) {
        return new QuoteService(store, ranges, areas, () -> discounts.getIfAvailable(() -> OrderDiscounts.NONE), orders::hasOrders,
                events, log, clock);
    }

    /**
     * The configured slot rules and order policy are version 0 of the operators' order settings (A1.1);
     * versions operators publish take over from their effective time.
     */
    @Bean
    OrderSettingsService orderSettingsService(OrderSettingsStore store, Clock clock,
            @Value("${shangmen.booking.slots.minimum-notice:PT2H}") Duration minimumNotice,
            @Value("${shangmen.booking.slots.asap-notice:PT1H}") Duration asapNotice,
            @Value("${shangmen.booking.slots.asap-horizon:PT6H}") Duration asapHorizon,
            @Value("${shangmen.booking.slots.travel-buffer:PT30M}") Duration travelBuffer,
            @Value("${shangmen.booking.slots.max-jobs-per-day:3}") int maxJobsPerDay,
            @Value("${shangmen.booking.policy.free-cancel-before:PT2H}") Duration freeCancelBefore,
            @Value("${shangmen.booking.policy.late-fee-basis-points:2000}") int lateFeeBasisPoints,
            @Value("${shangmen.booking.policy.minimum-late-fee-fen:2000}") long minimumLateFeeFen,
            @Value("${shangmen.booking.policy.worker-change-before:PT12H}") Duration workerChangeBefore,
            @Value("${shangmen.booking.policy.payment-window:PT30M}") Duration paymentWindow) {
        return new OrderSettingsService(store,
                new OrderPolicy(freeCancelBefore, lateFeeBasisPoints, minimumLateFeeFen, workerChangeBefore, paymentWindow),
                new SlotRules(minimumNotice, asapNotice, asapHorizon, travelBuffer, maxJobsPerDay, SlotRules.GRANULARITY), clock);
    }

    @Bean
    SlotService slotService(QuoteService quotes, WorkerCalendar calendar, JobLedger jobs, OrderSettingsService settings, Clock clock,
                            @Value("${shangmen.booking.zone:Asia/Shanghai}") ZoneId zone) {
        return new SlotService(quotes, calendar, jobs, settings, zone, clock);
    }

    @Bean
    WorkerAvailability workerAvailability(WorkerCalendar calendar, JobLedger jobs, OrderSettingsService settings,
                                          @Value("${shangmen.booking.zone:Asia/Shanghai}") ZoneId zone) {
        return new WorkerAvailability(calendar, jobs, settings, zone);
    }

    @Bean
    SubmitOrderService submitOrderService(QuoteService quotes, SlotService slots, WorkerAvailability availability, OrderStore orders,
                                          ServiceAreaDirectory areas, AccountDirectory accounts, ApplicationEventPublisher events,
                                          OrderSettingsService settings, Clock clock) {
        return new SubmitOrderService(quotes, slots, availability, orders, areas, accounts, events, settings, clock);
    }

    @Bean
    DispatchOrderService dispatchOrderService(OrderStore orders, ChangeRequestStore changes, WorkerAvailability availability, WorkerCalendar calendar,
                                              WorkerDirectory workers, JobLedger jobs, SlotService slots, ApplicationEventPublisher events,
                                              @Value("${shangmen.booking.zone:Asia/Shanghai}") ZoneId zone, Clock clock) {
        return new DispatchOrderService(orders, changes, availability, calendar, workers, jobs, slots, events, zone, clock);
    }

    @Bean
    CustomerOrderService customerOrderService(OrderStore orders, WorkerDirectory workers, ApplicationEventPublisher events, Clock clock) {
        return new CustomerOrderService(orders, workers, events, clock);
    }

    @Bean
    OrderOverviewService orderOverviewService(OrderStore orders, Clock clock) {
        return new OrderOverviewService(orders, clock);
    }

    @Bean
    PayOrderService payOrderService(OrderStore orders, ChangeRequestStore changes, WorkerCalendar calendar, JobLedger jobs, ApplicationEventPublisher events,
                                    PlatformTransactionManager transactions, Clock clock) {
        return new PayOrderService(orders, changes, calendar, jobs, events, transactions, clock);
    }

    @Bean
    VisitService visitService(OrderStore orders, VisitStore visits, ChangeRequestStore changes, ReviewStore reviews, MediaStorage media,
                              VideoInspection videos, WorkerRatings ratings, ApplicationEventPublisher events, Clock clock) {
        return new VisitService(orders, visits, changes, reviews, media, videos, ratings, events, clock);
    }

    @Bean
    WorkerOrderService workerOrderService(OrderStore orders, VisitOrder visits, AccountDirectory accounts) {
        return new WorkerOrderService(orders, visits, accounts);
    }

    @Bean
    ChangeOrderService changeOrderService(OrderStore orders, ChangeRequestStore changes, WorkerAvailability availability,
                                          WorkerCalendar calendar, JobLedger jobs, ApplicationEventPublisher events, Clock clock) {
        return new ChangeOrderService(orders, changes, availability, calendar, jobs, events, clock);
    }

    @Bean
    CancelOrderService cancelOrderService(OrderStore orders, ChangeRequestStore changes, WorkerCalendar calendar, JobLedger jobs, ApplicationEventPublisher events,
                                          Clock clock) {
        return new CancelOrderService(orders, changes, calendar, jobs, events, clock);
    }

    @Bean
    ReviewService reviewService(OrderStore orders, ReviewStore reviews, MediaStorage media, org.shangmen.booking.application.WorkerRerating ratings,
                                ApplicationEventPublisher events, Clock clock) {
        return new ReviewService(orders, reviews, media, ratings, events, clock);
    }

    /** C4.4 one rating from the reviews of orders and of placements. */
    @Bean
    org.shangmen.booking.application.WorkerRerating workerRerating(ReviewStore reviews,
                                                                   org.shangmen.booking.application.port.out.placement.PlacementJournalStore placementReviews,
                                                                   WorkerRatings ratings) {
        return new org.shangmen.booking.application.WorkerRerating(reviews, placementReviews, ratings);
    }

    @Bean
    org.shangmen.booking.application.OrderHistoryService orderHistoryService(OrderStore orders, ReviewStore reviews,
                                                                             org.shangmen.booking.application.port.out.QuoteLog quotes) {
        return new org.shangmen.booking.application.OrderHistoryService(orders, reviews, quotes);
    }

    @Bean
    OrderModerationService orderModerationService(ChangeOrder changes, ReviewOrder reviews, VisitOrder visits) {
        return new OrderModerationService(changes, reviews, visits);
    }

    @Bean
    org.shangmen.booking.application.OrderPersonalData orderPersonalData(
            org.shangmen.booking.application.port.out.OrderPrivacyStore orders) {
        return new org.shangmen.booking.application.OrderPersonalData(orders);
    }
}
