package org.shangmen.analytics.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.analytics.application.port.in.RecordFacts;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.application.port.out.WordSegmenter;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.WorkerAdministration;
import org.springframework.transaction.annotation.Transactional;

/**
 * A4.1: feeds the store. An event's key is noted in the same transaction as its facts, so a second delivery
 * changes nothing; the store's upserts make the arrival order irrelevant.
 */
public class RecordFactsService implements RecordFacts {

    private final AnalyticsStore store;
    private final WordSegmenter segmenter;
    private final WorkerAdministration workers;
    private final Clock clock;

    public RecordFactsService(AnalyticsStore store, WordSegmenter segmenter, WorkerAdministration workers, Clock clock) {
        this.store = store;
        this.segmenter = segmenter;
        this.workers = workers;
        this.clock = clock;
    }

    private boolean first(String key) {
        return store.firstSeen(key, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean recorded(String eventKey) {
        return store.seen(eventKey);
    }

    @Override
    @Transactional
    public void order(String eventKey, OrderStage stage) {
        if (first(eventKey)) {
            store.order(stage);
        }
    }

    @Override
    @Transactional
    public void quote(String eventKey, Facts.QuoteFact quote) {
        if (first(eventKey)) {
            store.quote(quote);
        }
    }

    @Override
    @Transactional
    public void review(String eventKey, Facts.ReviewFact review) {
        if (first(eventKey)) {
            store.review(review, words(review));
        }
    }

    /** The counted words of a low-star review's text; none for a better one. */
    Map<String, Integer> words(Facts.ReviewFact review) {
        return review.overall() <= Facts.LOW_STARS && !review.text().isBlank() ? segmenter.words(review.text()) : Map.of();
    }

    @Override
    @Transactional
    public void complaintFiled(String eventKey, Facts.ComplaintFiled complaint) {
        if (first(eventKey)) {
            store.complaintFiled(complaint);
        }
    }

    @Override
    @Transactional
    public void complaintResolved(String eventKey, Facts.ComplaintResolved complaint) {
        if (first(eventKey)) {
            store.complaintResolved(complaint);
        }
    }

    @Override
    @Transactional
    public void customer(String eventKey, UUID customerId, Instant registeredAt) {
        if (first(eventKey)) {
            store.customer(customerId, registeredAt);
        }
    }

    @Override
    @Transactional
    public void customerBirthYear(String eventKey, UUID customerId, Optional<Integer> birthYear, Instant at) {
        if (first(eventKey)) {
            store.customerBirthYear(customerId, birthYear, at);
        }
    }

    @Override
    @Transactional
    public void workerCertified(String eventKey, UUID workerId, Instant certifiedAt) {
        if (first(eventKey)) {
            store.worker(profile(workerId, certifiedAt));
        }
    }

    /** The worker's skills, first district and years of experience, as the worker module tells them. */
    Facts.WorkerProfile profile(UUID workerId, Instant certifiedAt) {
        WorkerAdministration.ApplicationView view;
        try {
            view = workers.application(workerId);
        } catch (DomainException e) {
            if (!"worker.not-found".equals(e.code())) {
                throw e;
            }
            // The worker is gone (an account closed since): the certification counts, without a profile to describe.
            return new Facts.WorkerProfile(workerId, certifiedAt, 0, java.util.Set.of(), Optional.empty());
        }
        return new Facts.WorkerProfile(workerId, certifiedAt, view.experienceYears(),
                view.skills().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                view.districts().stream().sorted().findFirst());
    }

    @Override
    @Transactional
    public void workerPenalized(String eventKey, UUID workerId, Instant at) {
        if (first(eventKey)) {
            store.workerPenalized(workerId);
        }
    }
}
