package org.shangmen.dispatch.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shangmen.dispatch.api.AssignmentModes.ModeView;
import org.shangmen.dispatch.domain.AssignmentMode;

/** Assignment modes set by operators per city (4-digit code) or catalogue item (code). */
public interface ModeStore {

    List<ModeView> all();

    void put(String scope, String key, AssignmentMode mode, UUID operatorId, Instant at);

    void remove(String scope, String key);
}
