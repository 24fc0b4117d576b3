package org.shangmen.worker.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.GeoPoint;

/**
 * What dispatch and orders need to know of workers they already hold ids of, read in bulk: the name a
 * customer sees, where the worker starts from, rating and experience. A worker's id is the worker's
 * account id.
 */
public interface WorkerDirectory {

    /** Profiles of the workers that exist among the ids, in one query whatever their number. */
    Map<UUID, WorkerCard> cards(Collection<UUID> workerIds);

    default Optional<WorkerCard> card(UUID workerId) {
        return Optional.ofNullable(cards(java.util.List.of(workerId)).get(workerId));
    }

    /**
     * @param name         the worker's real name, as customers see it on an accepted order
     * @param home         where the worker sets out from, when the worker gave a home point
     * @param ratingTenths the average rating in tenths of a star (47 = 4.7), 0 without reviews
     * @param photoUrl     a short-lived signed link to the worker's photo (minutes), which an {@code <image>}
     *                     tag loads without a token; empty when the worker has no photo
     */
    record WorkerCard(UUID workerId, String name, Optional<GeoPoint> home, int ratingTenths, int ratingCount,
                      int experienceYears, Optional<String> photoUrl) {
    }
}
