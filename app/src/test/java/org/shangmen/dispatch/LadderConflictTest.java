package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.dispatch.api.DispatchBoard;
import org.shangmen.dispatch.api.DispatchBoard.DecisionView;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * C2.4 the ladder's tick under conflicts: one order's duplicate offer (the database's unique key on
 * order and worker) rolls back that order's climb alone; the other due orders still climb, and the
 * conflicting one climbs at the next tick. Guangming (440311).
 */
@PlatformTest
class LadderConflictTest {

    static final String DISTRICT = "440311";
    static final double LAT = 22.7520;
    static final double LNG = 113.9400;

    @LocalServerPort
    int port;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    AdvanceDispatch ladder;
    @Autowired
    DispatchBoard board;
    @MockitoSpyBean
    OfferStore offers;

    @Test
    @DisplayName("C2.4 a duplicate-key conflict on one order's offer never stops the ladder's tick for the other due orders")
    void oneConflictDoesNotStopTheTick() {
        Http http = new Http(port);
        Journeys journeys = new Journeys(http);
        DispatchJourneys dispatch = new DispatchJourneys(http);
        String ops = journeys.operatorToken(operators, "ops");
        Certified preferred = dispatch.worker("光明甘阿姨", ops, DISTRICT, LAT, LNG);
        dispatch.worker("光明史阿姨", ops, DISTRICT, LAT + 0.002, LNG);
        OffsetDateTime start = DispatchJourneys.tomorrowAt(clock.instant(), 9).plusDays(4);
        UUID conflicting = submitted(dispatch, journeys, preferred, start);
        clock.advance(Duration.ofSeconds(1));
        UUID other = submitted(dispatch, journeys, preferred, start.plusHours(4));
        dispatch.offerFor(preferred.token(), conflicting);
        dispatch.offerFor(preferred.token(), other);

        // The next rung's offer of the first order meets an offer already there: the unique key refuses it.
        // A rung's offers are written in one statement: written twice for that order, the second meets the first.
        doAnswer(call -> {
            List<Offer> made = call.getArgument(0);
            call.callRealMethod();
            if (made.stream().anyMatch(offer -> offer.orderId().equals(conflicting))) {
                call.callRealMethod();
            }
            return null;
        }).when(offers).insertAll(any());
        clock.advance(Duration.ofMinutes(11));
        for (int tick = 0; tick < 20 && !climbed(other); tick++) {
            ladder.advanceDue();
        }

        assertThat(climbed(other)).as("the other order climbed past its first rung").isTrue();
        assertThat(climbed(conflicting)).as("the conflicting order's climb rolled back").isFalse();
        reset(offers);
        for (int tick = 0; tick < 20 && !climbed(conflicting); tick++) {
            ladder.advanceDue();
        }
        assertThat(climbed(conflicting)).as("the conflicting order climbs at a later tick").isTrue();
    }

    private UUID submitted(DispatchJourneys dispatch, Journeys journeys, Certified preferred, OffsetDateTime start) {
        Map<String, Object> request = dispatch.request(DISTRICT, LAT, LNG, start);
        request.put("preferredWorkerId", preferred.workerId().toString());
        return dispatch.submitted(journeys.customerToken(), request);
    }

    /** The order went past the preferred worker's rung: a second batch of offers, or an operator's flag. */
    private boolean climbed(UUID orderId) {
        List<DecisionView> decisions = board.decisions(orderId);
        return decisions.stream().filter(d -> d.kind().equals("OFFERED")).count() >= 2
                || decisions.stream().anyMatch(d -> d.kind().equals("FLAGGED"));
    }
}
