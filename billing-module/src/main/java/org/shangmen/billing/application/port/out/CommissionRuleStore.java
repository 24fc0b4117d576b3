package org.shangmen.billing.application.port.out;

import java.util.List;
import java.util.UUID;
import org.shangmen.billing.domain.CommissionRule;

public interface CommissionRuleStore {

    void insert(CommissionRule rule, UUID createdBy);

    List<CommissionRule> all();
}
