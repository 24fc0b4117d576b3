package org.shangmen.booking.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.AddOn;
import org.shangmen.booking.domain.ServiceRecord;

/** What happens during a visit: the worker's records and the add-ons found on site. */
public interface VisitStore {

    void addRecord(ServiceRecord record);

    List<ServiceRecord> records(UUID orderId);

    Optional<ServiceRecord> record(UUID recordId);

    void addAddOn(AddOn addOn);

    Optional<AddOn> addOn(UUID addOnId);

    /** Moves a proposed add-on to its decision; false when it was decided before. */
    boolean decideAddOn(UUID addOnId, AddOn.Status decision, Instant at);

    List<AddOn> addOns(UUID orderId);
}
