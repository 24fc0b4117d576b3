package org.shangmen.booking.application.placement;

import java.util.List;
import java.util.UUID;
import org.shangmen.booking.api.CustomerPlacements;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.booking.domain.placement.Instalment;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** C2.4 a customer's placements as other modules list them: span, standing as an order's status, what is due now. */
public class CustomerPlacementsService implements CustomerPlacements {

    private final PlacementStore placements;

    public CustomerPlacementsService(PlacementStore placements) {
        this.placements = placements;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlacementLine> placements(UUID customerId) {
        return placements.ofCustomer(customerId, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(p -> new PlacementLine(p.id(), p.startsOn(), p.endsOn(), PlacementPaymentService.status(p.status()),
                        p.nextDue().map(Instalment::amountFen).orElse(0L)))
                .toList();
    }
}
