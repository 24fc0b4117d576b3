package org.shangmen.dispatch.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.OrderSnapshot;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Dispatch cases with the snapshot of their order. */
public interface CaseStore {

    /** False when the order already has a case. */
    boolean insert(DispatchCase dispatchCase, OrderSnapshot snapshot);

    Optional<DispatchCase> find(UUID orderId);

    Optional<OrderSnapshot> snapshot(UUID orderId);

    Map<UUID, OrderSnapshot> snapshots(List<UUID> orderIds);

    /** Writes the case if its stored version is still {@code next.version() - 1}. */
    boolean update(DispatchCase next);

    /** Open or assigned cases whose deadline has passed, oldest deadline first. */
    List<UUID> due(Instant now, int limit);

    void moveTime(UUID orderId, Instant startsAt, Instant endsAt);

    Page<DispatchCase> open(PageRequest page);

    Map<String, Long> counts();
}
