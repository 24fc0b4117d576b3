package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.app.support.Statements;
import org.shangmen.app.support.Statements.Counted;
import org.shangmen.dispatch.application.port.in.ReadOffers;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker's list of offers costs the same few statements whether it holds one offer or five: the
 * orders, cases, pay rules and badges are read once for the page, not once per offer. A worker's app
 * reads the list on every offer notice, so this is the booking loop's most frequent read.
 */
@PlatformTest
class OfferListStatementsTest {

    private static final int MOST_STATEMENTS = 9;

    @Autowired
    MutableClock clock;
    @Autowired
    Jdbi jdbi;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;
    @Autowired
    ReadOffers offers;

    @Test
    @DisplayName("W2.1 a worker's open offers are listed in a fixed number of statements whatever their number")
    void fixedStatements() {
        // Dapeng (440308), by the sea east of the workers of the other tests there.
        double lat = 22.5510;
        double lng = 114.5200;
        String ops = journeys.operatorToken("ops");
        Certified worker = dispatch.worker("列表甲", ops, "440308", lat, lng);
        String customer = journeys.customerToken();
        UUID first = dispatch.submitted(customer, dispatch.request("440308", lat, lng, DispatchJourneys.tomorrowAt(clock.instant(), 8)));
        dispatch.offerFor(worker.token(), first);

        Counted<Page<OfferDetail>> one = counted(() -> offers.offers(worker.workerId(), true, PageRequest.first()));
        assertThat(one.answer().items()).extracting(d -> d.offer().orderId()).contains(first);

        List<UUID> more = new ArrayList<>();
        for (int hour : new int[] {10, 13, 15, 17}) {
            UUID order = dispatch.submitted(journeys.customerToken(),
                    dispatch.request("440308", lat, lng, DispatchJourneys.tomorrowAt(clock.instant(), hour)));
            dispatch.offerFor(worker.token(), order);
            more.add(order);
        }
        Counted<Page<OfferDetail>> five = counted(() -> offers.offers(worker.workerId(), true, PageRequest.first()));

        assertThat(five.answer().items()).extracting(d -> d.offer().orderId()).containsAll(more).contains(first);
        assertThat(five.answer().items()).allSatisfy(d -> {
            assertThat(d.lines()).isNotEmpty();
            assertThat(d.payFen()).isPresent();
        });
        assertThat(five.statements()).as("statements for five offers: %s", five.statements()).hasSizeLessThanOrEqualTo(MOST_STATEMENTS)
                .hasSameSizeAs(one.statements());
    }

    private <T> Counted<T> counted(Supplier<T> action) {
        return Statements.counted(jdbi, action);
    }
}
