package org.shangmen.booking.application.port.out.placement;

import java.util.List;
import java.util.UUID;
import org.shangmen.booking.domain.placement.Substitution;

/** Substitutes of placements' workers on leave. */
public interface SubstitutionStore {

    void insert(Substitution substitution);

    /** The placement's substitutions, earliest first. */
    List<Substitution> ofPlacement(UUID placementId);
}
