package org.shangmen.booking;

import java.time.Clock;
import java.time.Duration;
import org.shangmen.booking.application.port.in.CancelOrder;
import org.shangmen.booking.application.port.in.ChangeOrder;
import org.shangmen.booking.application.port.in.SubmitOrder;
import org.shangmen.booking.application.port.out.placement.PlacementJournalStore;
import org.shangmen.booking.application.DispatchOrderService;
import org.shangmen.booking.application.placement.CustomerPlacementsService;
import org.shangmen.booking.application.placement.SubstituteDispatchService;
import org.shangmen.booking.application.port.out.placement.SubstituteRequestStore;
import org.shangmen.booking.application.port.out.placement.SubstitutionStore;
import org.shangmen.booking.application.port.out.series.SeriesStore;
import org.shangmen.booking.application.PolicySource;
import org.shangmen.booking.application.series.SeriesChangeService;
import org.shangmen.booking.application.placement.PlacementJournalService;
import org.shangmen.booking.application.placement.PlacementSubstituteService;
import org.shangmen.booking.application.series.SeriesPackageFacts;
import org.shangmen.booking.application.series.SeriesService;
import org.shangmen.booking.application.series.SeriesVisitOrders;
import org.shangmen.booking.application.PayOrderService;
import org.shangmen.booking.application.placement.PlacementChangeService;
import org.shangmen.booking.application.placement.PlacementPaymentService;
import org.shangmen.booking.application.placement.PlacementSearchService;
import org.shangmen.booking.application.placement.PlacementService;
import org.shangmen.booking.application.placement.PlacementTerms;
import org.shangmen.booking.application.port.in.QuoteBasket;
import org.shangmen.booking.application.port.out.CatalogueStore;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * C2.4 long placements' and recurring plans' use cases. The standard contract terms are configurable under
 * {@code shangmen.booking.placement.*}. Billing reaches placements through {@code OrderPayments}: the
 * primary bean answers a placement's id itself and hands every other id to the orders' payments; dispatch
 * reaches substitute requests through {@code OrderDispatching} the same way.
 */
@Configuration(proxyBeanMethods = false)
class PlacementConfiguration {

    @Bean
    PlacementTerms placementTerms(@Value("${shangmen.booking.placement.deposit-days:3}") int depositDays,
                                  @Value("${shangmen.booking.placement.trial-days:3}") int trialDays,
                                  @Value("${shangmen.booking.placement.notice-days:3}") int noticeDays,
                                  @Value("${shangmen.booking.placement.early-end-fee-days:1}") int earlyEndFeeDays) {
        return new PlacementTerms(depositDays, trialDays, noticeDays, earlyEndFeeDays);
    }

    @Bean
    PlacementSearchService placementSearchService(CatalogueStore catalogue, WorkerCalendar calendar, WorkerDirectory directory) {
        return new PlacementSearchService(catalogue, calendar, directory);
    }

    @Bean
    PlacementService placementService(PlacementStore placements, PlacementSearchService search, QuoteBasket quotes, WorkerCalendar calendar,
                                      PlacementTerms terms, ApplicationEventPublisher events, Clock clock) {
        return new PlacementService(placements, search, quotes, calendar, terms, events, clock);
    }

    @Bean
    PlacementChangeService placementChangeService(PlacementStore placements, SubstitutionStore substitutions, PlacementService arrange,
                                                  WorkerCalendar calendar, ApplicationEventPublisher events,
                                                  PlatformTransactionManager transactions, Clock clock) {
        return new PlacementChangeService(placements, substitutions, arrange, calendar, events, transactions, clock);
    }

    @Bean
    PlacementJournalService placementJournalService(PlacementStore placements, SubstitutionStore substitutions,
                                                    PlacementJournalStore journal,
                                                    org.shangmen.booking.application.WorkerRerating ratings, Clock clock) {
        return new PlacementJournalService(placements, substitutions, journal, ratings, clock);
    }

    @Bean
    PlacementSubstituteService placementSubstituteService(PlacementStore placements, SubstitutionStore substitutions,
                                                          SubstituteRequestStore requests, PlacementSearchService search,
                                                          WorkerCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        return new PlacementSubstituteService(placements, substitutions, requests, search, calendar, events, clock);
    }

    /**
     * Dispatch reaches substitute requests through {@code OrderDispatching}: the primary bean answers a
     * request's id itself and hands every other id to the orders' dispatching.
     */
    @Bean
    @Primary
    SubstituteDispatchService substituteDispatchService(SubstituteRequestStore requests, PlacementStore placements,
                                                        SubstitutionStore substitutions, PlacementSearchService search,
                                                        WorkerCalendar calendar, WorkerDirectory directory, DispatchOrderService orders,
                                                        ApplicationEventPublisher events, Clock clock) {
        return new SubstituteDispatchService(requests, placements, substitutions, search, calendar, directory, orders, events, clock);
    }

    @Bean
    SeriesVisitOrders seriesVisitOrders(SubmitOrder submit, QuoteBasket quotes) {
        return new SeriesVisitOrders(submit, quotes);
    }

    /** Visits are placed as orders {@code shangmen.booking.series.horizon} ahead (four weeks). */
    @Bean
    SeriesService seriesService(SeriesStore store, SeriesVisitOrders orders, CancelOrder cancellation, ChangeOrder changes,
                                PlatformTransactionManager transactions, ApplicationEventPublisher events, PolicySource settings,
                                @Value("${shangmen.booking.series.horizon:P28D}") Duration horizon, Clock clock) {
        return new SeriesService(store, orders, cancellation, changes, transactions, events, settings, horizon, clock);
    }

    @Bean
    SeriesPackageFacts seriesPackageFacts(SeriesStore store, QuoteBasket quotes, Clock clock) {
        return new SeriesPackageFacts(store, quotes, clock);
    }

    @Bean
    SeriesChangeService seriesChangeService(SeriesStore store, SeriesService series, CancelOrder cancellation,
                                            PlatformTransactionManager transactions, Clock clock) {
        return new SeriesChangeService(store, series, series, cancellation, transactions, clock);
    }

    @Bean
    @Primary
    PlacementPaymentService placementPaymentService(PlacementStore placements, PayOrderService orders, Clock clock) {
        return new PlacementPaymentService(placements, orders, clock);
    }

    @Bean
    CustomerPlacementsService customerPlacementsService(PlacementStore placements) {
        return new CustomerPlacementsService(placements);
    }
}
