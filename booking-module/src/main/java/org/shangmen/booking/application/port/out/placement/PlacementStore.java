package org.shangmen.booking.application.port.out.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Placements with their shortlist and instalments. */
public interface PlacementStore {

    void insert(Placement placement);

    /**
     * Writes the placement (status, worker, contract, shortlist answers, instalments) when the stored
     * version is the placement's; answers false (nothing written) when someone changed it meanwhile.
     */
    boolean update(Placement placement);

    Optional<Placement> find(UUID placementId);

    /** A payment reference already recorded on one of the placement's instalments. */
    boolean hasPayment(String paymentReference);

    Page<Placement> ofCustomer(UUID customerId, PageRequest page);

    /** The placements the worker is shortlisted for or works, newest first. */
    Page<Placement> ofWorker(UUID workerId, PageRequest page);

    /** Running placements with a paid period ended by the day, or whose span ended by then. */
    List<UUID> dueForSettlement(LocalDate today, int limit);
}
