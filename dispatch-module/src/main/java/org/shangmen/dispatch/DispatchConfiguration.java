package org.shangmen.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.WorkerPayEstimates;
import org.shangmen.dispatch.application.AcceptOfferService;
import org.shangmen.dispatch.application.AssignmentModeService;
import org.shangmen.dispatch.application.CaseOpening;
import org.shangmen.dispatch.application.ClimbLadderService;
import org.shangmen.dispatch.application.DispatchBoardService;
import org.shangmen.dispatch.application.GiveBackService;
import org.shangmen.dispatch.application.ManualAssignmentService;
import org.shangmen.dispatch.application.OpenDispatchService;
import org.shangmen.dispatch.application.ReadOffersService;
import org.shangmen.dispatch.application.RejectOfferService;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.shangmen.dispatch.application.port.in.ReadOffers;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.ModeStore;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.shangmen.dispatch.domain.Ladder;
import org.shangmen.dispatch.domain.Rung;
import org.shangmen.dispatch.domain.Step;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The dispatch module's use cases. The ladder is configuration under {@code shangmen.dispatch.*}:
 * each rung's timeout, how many workers it adds and within what radius; a rung with timeout 0 is left out.
 */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

    @Bean
    Ladder dispatchLadder(@Value("${shangmen.dispatch.preferred.timeout:PT10M}") Duration preferred,
                          @Value("${shangmen.dispatch.targeted.timeout:PT10M}") Duration targeted,
                          @Value("${shangmen.dispatch.targeted.workers:5}") int targetedWorkers,
                          @Value("${shangmen.dispatch.targeted.radius-metres:5000}") long targetedRadius,
                          @Value("${shangmen.dispatch.widened.timeout:PT10M}") Duration widened,
                          @Value("${shangmen.dispatch.widened.workers:15}") int widenedWorkers,
                          @Value("${shangmen.dispatch.widened.radius-metres:12000}") long widenedRadius,
                          @Value("${shangmen.dispatch.open-pool.timeout:PT20M}") Duration pool,
                          @Value("${shangmen.dispatch.open-pool.workers:200}") int poolWorkers,
                          @Value("${shangmen.dispatch.operator.timeout:PT30M}") Duration operator,
                          @Value("${shangmen.dispatch.give-up-before-start:PT30M}") Duration giveUp,
                          @Value("${shangmen.dispatch.decline-window:PT10M}") Duration declineWindow) {
        List<Rung> rungs = new ArrayList<>();
        add(rungs, Step.PREFERRED, preferred, 1, 0);
        add(rungs, Step.TARGETED, targeted, targetedWorkers, targetedRadius);
        add(rungs, Step.WIDENED, widened, widenedWorkers, widenedRadius);
        add(rungs, Step.OPEN_POOL, pool, poolWorkers, 0);
        add(rungs, Step.OPERATOR, operator, 0, 0);
        return new Ladder(rungs, giveUp, declineWindow);
    }

    private static void add(List<Rung> rungs, Step step, Duration timeout, int workers, long radius) {
        if (timeout.isPositive()) {
            rungs.add(new Rung(step, timeout, workers, radius));
        }
    }

    @Bean
    CaseOpening dispatchCaseOpening(ModeStore modes, @Value("${shangmen.dispatch.default-mode:BROADCAST}") AssignmentMode defaultMode) {
        return new CaseOpening(modes, defaultMode);
    }

    @Bean
    ClimbLadderService climbLadderService(OrderDispatching orders, WorkerCalendar calendar, WorkerDirectory workers, CaseStore cases, OfferStore offers,
                                          DecisionLog decisions, Ladder ladder, ApplicationEventPublisher events,
                                          PlatformTransactionManager transactions, Clock clock) {
        return new ClimbLadderService(orders, calendar, workers, cases, offers, decisions, ladder, events, transactions, clock);
    }

    @Bean
    OpenDispatchService openDispatchService(OrderDispatching orders, CaseStore cases, OfferStore offers, DecisionLog decisions,
                                            CaseOpening opening, Ladder ladder, ClimbLadderService climb,
                                            PlatformTransactionManager transactions, Clock clock,
                                            @Value("${shangmen.dispatch.open-and-climb-together:true}") boolean together) {
        return new OpenDispatchService(orders, cases, offers, decisions, opening, ladder, climb, transactions, clock, together);
    }

    @Bean
    ReadOffersService readOffersService(OrderDispatching orders, CaseStore cases, OfferStore offers, ServiceAreaDirectory areas,
                                        Ladder ladder, ObjectProvider<WorkerPayEstimates> pay, org.shangmen.worker.api.WorkerBadges badges,
                                        java.time.Clock clock) {
        return new ReadOffersService(orders, cases, offers, areas, ladder, Optional.ofNullable(pay.getIfAvailable()), badges, clock);
    }

    @Bean
    AcceptOfferService acceptOfferService(OrderDispatching orders, WorkerCalendar calendar, CaseStore cases, OfferStore offers, DecisionLog decisions,
                                          ReadOffers read, ApplicationEventPublisher events, Clock clock) {
        return new AcceptOfferService(orders, calendar, cases, offers, decisions, read, events, clock);
    }

    @Bean
    RejectOfferService rejectOfferService(OrderDispatching orders, CaseStore cases, OfferStore offers, DecisionLog decisions,
                                          ReadOffers read, ApplicationEventPublisher events, Clock clock) {
        return new RejectOfferService(orders, cases, offers, decisions, read, events, clock);
    }

    @Bean
    GiveBackService giveBackService(OrderDispatching orders, CaseStore cases, OfferStore offers, DecisionLog decisions, ReadOffers read,
                                    Ladder ladder, Clock clock) {
        return new GiveBackService(orders, cases, offers, decisions, read, ladder, clock);
    }

    @Bean
    ManualAssignmentService manualAssignmentService(OrderDispatching orders, WorkerCalendar calendar, CaseStore cases, OfferStore offers, DecisionLog decisions,
                                                    CaseOpening opening, ApplicationEventPublisher events, Clock clock) {
        return new ManualAssignmentService(orders, calendar, cases, offers, decisions, opening, events, clock);
    }

    @Bean
    DispatchBoardService dispatchBoardService(OrderDispatching orders, CaseStore cases, OfferStore offers, DecisionLog decisions,
                                              Ladder ladder) {
        return new DispatchBoardService(orders, cases, offers, decisions, ladder);
    }

    @Bean
    AssignmentModeService assignmentModeService(ModeStore modes, CaseOpening opening, PlatformTransactionManager transactions, Clock clock) {
        return new AssignmentModeService(modes, opening, transactions, clock);
    }
}
