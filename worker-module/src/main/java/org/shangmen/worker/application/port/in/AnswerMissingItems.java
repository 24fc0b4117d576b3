package org.shangmen.worker.application.port.in;

import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.CertificationRules.MissingItemView;

/** A1.1: a certified worker sees what a stricter rule asks of them and says when it is supplied. */
public interface AnswerMissingItems {

    Page<MissingItemView> missingItems(UUID workerId, PageRequest page);

    /**
     * Marks the open items the worker now meets as supplied, for an operator to approve. Refused
     * ({@code worker.missing-items-unmet}) when none of them is met yet.
     */
    Page<MissingItemView> supply(UUID workerId);
}
