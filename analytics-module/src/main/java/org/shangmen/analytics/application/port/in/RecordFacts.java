package org.shangmen.analytics.application.port.in;

import java.time.Instant;
import java.util.UUID;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;

/**
 * A4.1: what the store learns from the other modules. Each fact comes with the key of the event that told
 * it; a key seen before changes nothing, so an event delivered twice counts once. A call returns once the fact
 * is committed, in a batch with whatever else arrived meanwhile.
 */
public interface RecordFacts {

    /** Whether an event with this key has been recorded. */
    boolean recorded(String eventKey);

    void order(String eventKey, OrderStage stage);

    void quote(String eventKey, Facts.QuoteFact quote);

    void review(String eventKey, Facts.ReviewFact review);

    void complaintFiled(String eventKey, Facts.ComplaintFiled complaint);

    void complaintResolved(String eventKey, Facts.ComplaintResolved complaint);

    void customer(String eventKey, UUID customerId, Instant registeredAt);

    /** A customer's birth year, given with consent; empty when the consent is withdrawn. */
    void customerBirthYear(String eventKey, UUID customerId, java.util.Optional<Integer> birthYear, Instant at);

    /** A certified worker; the profile is read from the worker module. */
    void workerCertified(String eventKey, UUID workerId, Instant certifiedAt);

    void workerPenalized(String eventKey, UUID workerId, Instant at);

    /**
     * A view of an item's page or an order's detail, queued without waiting: recorded at most once (by its id),
     * and lost if the process stops before the next batch.
     */
    void viewed(Facts.ViewFact view);
}
