package org.shangmen.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.identity.api.event.BirthYearShared;
import org.shangmen.identity.application.port.in.ShareBirthYear;
import org.shangmen.identity.application.port.out.BirthYearStore;
import org.shangmen.kernel.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** A customer's birth year with consent; each change is published so that readers keep only what is consented. */
public class BirthYearService implements ShareBirthYear {

    private final BirthYearStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public BirthYearService(BirthYearStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int share(ShareCommand command) {
        int year = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).getYear();
        if (command.birthYear() < year - MAX_AGE || command.birthYear() > year - MIN_AGE) {
            throw DomainException.invalid("identity.birth-year-invalid", String.valueOf(year - MAX_AGE), String.valueOf(year - MIN_AGE));
        }
        store.save(command.accountId(), command.birthYear(), clock.instant());
        events.publishEvent(new BirthYearShared(command.accountId(), Optional.of(command.birthYear()), clock.instant()));
        return command.birthYear();
    }

    @Override
    @Transactional
    public void withdraw(UUID accountId) {
        if (store.remove(accountId)) {
            events.publishEvent(new BirthYearShared(accountId, Optional.empty(), clock.instant()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Integer> birthYear(UUID accountId) {
        return store.find(accountId);
    }
}
