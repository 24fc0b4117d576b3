package org.shangmen.worker.application;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.shangmen.worker.api.WorkerDirectory;
import org.shangmen.worker.application.port.out.PhotoLinks;
import org.shangmen.worker.application.port.out.WorkerCards;
import org.springframework.transaction.annotation.Transactional;

/** The worker directory other modules read (dispatch ranking, order views). */
public class WorkerDirectoryService implements WorkerDirectory, org.shangmen.worker.api.WorkerRatings,
        org.shangmen.worker.api.WorkerComplaintRecord {

    /** Ids per statement; larger sets are read in chunks. */
    static final int CHUNK = 1000;

    private final WorkerCards cards;
    private final PhotoLinks photos;

    public WorkerDirectoryService(WorkerCards cards, PhotoLinks photos) {
        this.cards = cards;
        this.photos = photos;
    }

    @Override
    @Transactional
    public void rate(UUID workerId, int ratingTenths, int ratingCount) {
        if (ratingTenths < 0 || ratingTenths > 50 || ratingCount < 0) {
            throw new IllegalArgumentException("a rating lies between 0 and 5 stars");
        }
        cards.rate(workerId, ratingTenths, ratingCount);
    }

    @Override
    @Transactional
    public void orderCompleted(UUID workerId, UUID orderId, java.time.Instant completedAt) {
        cards.countCompleted(workerId, orderId, completedAt);
    }

    @Override
    @Transactional
    public void complaintUpheld(UUID workerId) {
        cards.countComplaint(workerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Standing standing(UUID workerId) {
        return cards.standing(workerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, WorkerCard> cards(Collection<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        java.util.List<UUID> all = java.util.List.copyOf(new java.util.LinkedHashSet<>(workerIds));
        Map<UUID, WorkerCard> out = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            cards.cards(all.subList(i, Math.min(all.size(), i + CHUNK))).forEach((id, stored) -> out.put(id, withPhoto(stored)));
        }
        return out;
    }

    private WorkerCard withPhoto(WorkerCards.StoredCard stored) {
        WorkerCard c = stored.card();
        return new WorkerCard(c.workerId(), c.name(), c.home(), c.ratingTenths(), c.ratingCount(), c.experienceYears(),
                stored.photoKey().map(photos::link));
    }
}
