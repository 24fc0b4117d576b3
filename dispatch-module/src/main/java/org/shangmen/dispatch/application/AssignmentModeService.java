package org.shangmen.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.shangmen.dispatch.api.AssignmentModes;
import org.shangmen.dispatch.application.port.out.ModeStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A3.1: the assignment mode per city or catalogue item, set by operators; new cases see a change once it is committed. */
public class AssignmentModeService implements AssignmentModes {

    private final ModeStore modes;
    private final CaseOpening opening;
    private final TransactionTemplate tx;
    private final Clock clock;

    public AssignmentModeService(ModeStore modes, CaseOpening opening, PlatformTransactionManager transactions, Clock clock) {
        this.modes = modes;
        this.opening = opening;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModeView> modes() {
        return modes.all();
    }

    @Override
    public ModeView setMode(SetMode command) {
        Instant now = clock.instant();
        AssignmentMode mode = AssignmentMode.valueOf(command.mode());
        tx.executeWithoutResult(s -> modes.put(command.key().scope(), command.key().key(), mode, command.operatorId(), now));
        opening.forget();
        return new ModeView(command.key().scope(), command.key().key(), command.mode(), command.operatorId(), now);
    }

    @Override
    public void clearMode(ModeKey key) {
        tx.executeWithoutResult(s -> modes.remove(key.scope(), key.key()));
        opening.forget();
    }
}
