package org.shangmen.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.shangmen.dispatch.api.AssignmentModes;
import org.shangmen.dispatch.application.port.out.ModeStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.springframework.transaction.annotation.Transactional;

/** A3.1: the assignment mode per city or catalogue item, set by operators. */
public class AssignmentModeService implements AssignmentModes {

    private final ModeStore modes;
    private final Clock clock;

    public AssignmentModeService(ModeStore modes, Clock clock) {
        this.modes = modes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModeView> modes() {
        return modes.all();
    }

    @Override
    @Transactional
    public ModeView setMode(SetMode command) {
        Instant now = clock.instant();
        modes.put(command.key().scope(), command.key().key(), AssignmentMode.valueOf(command.mode()), command.operatorId(), now);
        return new ModeView(command.key().scope(), command.key().key(), command.mode(), command.operatorId(), now);
    }

    @Override
    @Transactional
    public void clearMode(ModeKey key) {
        modes.remove(key.scope(), key.key());
    }
}
