package org.shangmen.worker.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.WorkState;

/** W1.2: a worker's own profile, photo and work state. */
public interface ManageWorkerProfile {

    WorkerView view(UUID workerId);

    /** {@code idNumber} empty keeps the stored one (which the worker only ever sees masked). */
    WorkerView updateProfile(UUID workerId, ProfileCommand command);

    WorkerView uploadPhoto(UUID workerId, byte[] upload);

    WorkerView setWorkState(UUID workerId, WorkState state);

    record ProfileCommand(Optional<String> realName, Optional<Gender> gender, Optional<Integer> birthYear,
                          Optional<String> idNumber, int experienceYears, List<String> formerEmployers, Set<Skill> skills,
                          Set<String> districts, Optional<Double> homeLatitude, Optional<Double> homeLongitude,
                          int serviceRadiusMetres, Optional<Long> hourlyRateFen, Set<String> languages, String introduction) {
    }
}
