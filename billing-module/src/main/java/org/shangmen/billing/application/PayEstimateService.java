package org.shangmen.billing.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shangmen.billing.application.port.out.CommissionRuleStore;
import org.shangmen.billing.domain.Commission;
import org.shangmen.billing.domain.CommissionRule;
import org.shangmen.kernel.Refreshed;
import org.shangmen.booking.api.WorkerPayEstimates;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.transaction.annotation.Transactional;

/**
 * W2.1: the pay an offer shows, split by the same commission rule a completed order would be. The rules,
 * read on every offer list, are kept in memory for {@link Refreshed#OPERATORS_RULES} (read again at once after a
 * change on this instance), so another instance's estimates follow a change within that time; what a
 * completed order earns is split by the rules read at completion.
 */
public class PayEstimateService implements WorkerPayEstimates {

    private final Refreshed<List<CommissionRule>> rules;
    private final WorkerDirectory workers;
    private final int defaultRateBp;

    public PayEstimateService(CommissionRuleStore rules, WorkerDirectory workers, int defaultRateBp) {
        this.rules = Refreshed.operatorsRules(rules::all);
        this.workers = workers;
        this.defaultRateBp = defaultRateBp;
    }

    /** The next estimate reads the rules again: one was stored. */
    public void forgetRules() {
        rules.forget();
    }

    @Override
    @Transactional(readOnly = true)
    public long workerShareFen(UUID workerId, List<String> itemCodes, String districtCode, long fullPriceFen, Instant at) {
        return workerSharesFen(workerId, List.of(new Priced(itemCodes, districtCode, fullPriceFen, at)))[0];
    }

    @Override
    @Transactional(readOnly = true)
    public long[] workerSharesFen(UUID workerId, List<Priced> orders) {
        if (orders.isEmpty()) {
            return new long[0];
        }
        int rating = workers.card(workerId).map(WorkerDirectory.WorkerCard::ratingTenths).orElse(0);
        var all = rules.get();
        return orders.stream().mapToLong(o -> Commission.split(all, o.itemCodes(), rating, o.districtCode(), o.fullPriceFen(), o.at(),
                defaultRateBp).payableFen()).toArray();
    }
}
