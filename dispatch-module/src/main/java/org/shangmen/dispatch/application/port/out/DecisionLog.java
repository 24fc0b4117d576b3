package org.shangmen.dispatch.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.dispatch.api.DispatchBoard.DecisionView;

/** Every dispatch decision: what, on which order, for or by whom, when. */
public interface DecisionLog {

    void record(UUID orderId, String kind, Optional<UUID> workerId, Optional<UUID> operatorId, String detail, Instant at);

    List<DecisionView> of(UUID orderId);
}
