package org.shangmen.worker.application;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.application.port.in.ManageWorkerProfile;
import org.shangmen.worker.application.port.in.WorkerView;
import org.shangmen.worker.application.port.out.DocumentStore.Document;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.shangmen.worker.domain.IdCardNumber;
import org.shangmen.worker.domain.Profile;
import org.shangmen.worker.domain.WorkState;
import org.shangmen.worker.domain.Worker;
import org.springframework.transaction.annotation.Transactional;

/** A worker's own profile, photo and work state (W1.2). */
public class WorkerProfileService implements ManageWorkerProfile {

    public static final Duration LINK_VALIDITY = Duration.ofMinutes(5);

    private final WorkerStore workers;
    private final WorkerUploads uploads;
    private final WorkerViews views;
    private final ServiceAreaDirectory areas;
    private final Clock clock;

    public WorkerProfileService(WorkerStore workers, WorkerUploads uploads, WorkerViews views, ServiceAreaDirectory areas,
                                Clock clock) {
        this.workers = workers;
        this.uploads = uploads;
        this.views = views;
        this.areas = areas;
        this.clock = clock;
    }

    /** Creates the draft worker behind a worker account; idempotent. */
    @Transactional
    public void open(UUID accountId) {
        workers.insert(Worker.register(accountId, clock.instant()));
    }

    @Override
    @Transactional
    public WorkerView view(UUID workerId) {
        return views.of(workers.findOrRegisterForUpdate(workerId, clock.instant()));
    }

    @Override
    @Transactional
    public WorkerView updateProfile(UUID workerId, ProfileCommand c) {
        Worker worker = workers.findOrRegisterForUpdate(workerId, clock.instant());
        Set<RegionCode> districts = new HashSet<>();
        for (String code : c.districts()) {
            if (!RegionCode.isValid(code)) {
                throw DomainException.invalid("worker.region-code-invalid");
            }
            RegionCode district = RegionCode.of(code);
            if (district.level() != RegionCode.Level.DISTRICT || areas.servedRegion(district).isEmpty()) {
                throw DomainException.rejected("worker.district-not-served", code);
            }
            districts.add(district);
        }
        Optional<GeoPoint> home = Optional.empty();
        if (c.homeLatitude().isPresent() != c.homeLongitude().isPresent()) {
            throw DomainException.invalid("worker.home-incomplete");
        }
        if (c.homeLatitude().isPresent()) {
            home = Optional.of(new GeoPoint(c.homeLatitude().get(), c.homeLongitude().get()));
        }
        Optional<IdCardNumber> id = c.idNumber().filter(s -> !s.isBlank()).map(IdCardNumber::parse)
                .or(() -> worker.profile().idNumber());
        Profile profile = new Profile(c.realName(), c.gender(), c.birthYear(), id, c.experienceYears(), c.formerEmployers(),
                c.skills(), districts, home, c.serviceRadiusMetres(), c.hourlyRateFen().map(Money::ofFen), c.languages(),
                c.introduction());
        Worker updated = worker.withProfile(profile);
        if (!workers.update(updated)) {
            throw DomainException.conflict("worker.id-number-taken");
        }
        return views.of(updated);
    }

    @Override
    @Transactional
    public WorkerView uploadPhoto(UUID workerId, byte[] upload) {
        Worker worker = workers.findOrRegisterForUpdate(workerId, clock.instant());
        Document photo = uploads.store(worker, "PHOTO", upload);
        Worker updated = worker.withPhoto(photo.id());
        workers.update(updated);
        return views.of(updated);
    }

    @Override
    @Transactional
    public WorkerView setWorkState(UUID workerId, WorkState state) {
        Worker updated = workers.findOrRegisterForUpdate(workerId, clock.instant()).withWorkState(state, clock.instant());
        workers.update(updated);
        return views.of(updated);
    }
}
