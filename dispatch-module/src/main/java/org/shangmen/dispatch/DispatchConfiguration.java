package org.shangmen.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.dispatch.application.DispatchService;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.ModeStore;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.shangmen.dispatch.domain.Ladder;
import org.shangmen.dispatch.domain.Rung;
import org.shangmen.dispatch.domain.Step;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.api.WorkerDirectory;
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
    DispatchService dispatchService(OrderDispatching orders, WorkerDirectory workers, ServiceAreaDirectory areas, CaseStore cases,
                                    OfferStore offers, DecisionLog decisions, ModeStore modes,
                                    @Value("${shangmen.dispatch.default-mode:BROADCAST}") AssignmentMode defaultMode, Ladder ladder,
                                    ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        return new DispatchService(orders, workers, areas, cases, offers, decisions, modes, defaultMode, ladder, events, transactions,
                clock);
    }
}
