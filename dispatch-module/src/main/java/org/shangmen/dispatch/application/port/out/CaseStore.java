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

    /**
     * The case, locked for the caller's transaction, or empty when there is none or another transaction
     * (the new-order listener, another instance's tick) holds it: that one climbs the case, this one skips it.
     */
    Optional<DispatchCase> claim(UUID orderId);

    Optional<OrderSnapshot> snapshot(UUID orderId);

    Map<UUID, OrderSnapshot> snapshots(List<UUID> orderIds);

    /** Writes the case if its stored version is still {@code next.version() - 1}. */
    boolean update(DispatchCase next);

    /**
     * Writes the case over whatever version is stored, for use under the order's row lock (the order's own
     * state already decided); a concurrent climb then finds its version stale. {@code dispatch.case-busy}
     * when the case moved between the read and the write.
     */
    void overwrite(DispatchCase next);

    /** As {@link #overwrite(DispatchCase)}, with the case as stored now changed by {@code change}: one read, one write. */
    void overwrite(UUID orderId, java.util.function.UnaryOperator<DispatchCase> change);

    /** Open or assigned cases whose deadline has passed, oldest deadline first. */
    List<UUID> due(Instant now, int limit);

    void moveTime(UUID orderId, Instant startsAt, Instant endsAt);

    Page<DispatchCase> open(PageRequest page);

    Map<String, Long> counts();
}
