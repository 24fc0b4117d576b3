package org.shangmen.booking.application.port.out.placement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.placement.SubstituteRequest;

/** Leave days whose substitute is sought through dispatch. */
public interface SubstituteRequestStore {

    void insert(SubstituteRequest request);

    Optional<SubstituteRequest> find(UUID id);

    /** Compare-and-set on the version: false when another transaction changed the request first (nothing written). */
    boolean update(SubstituteRequest request);

    /** The placement's requests, earliest first. */
    List<SubstituteRequest> ofPlacement(UUID placementId);
}
