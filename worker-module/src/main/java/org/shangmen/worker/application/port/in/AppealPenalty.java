package org.shangmen.worker.application.port.in;

import java.util.List;
import java.util.UUID;
import org.shangmen.worker.api.WorkerAdministration.PenaltyView;

/** A worker's penalties and their one appeal against each. */
public interface AppealPenalty {

    List<PenaltyView> penalties(UUID workerId);

    PenaltyView appeal(UUID workerId, UUID penaltyId, String statement);
}
