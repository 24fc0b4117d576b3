package org.shangmen.analytics.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.shangmen.analytics.application.port.in.RecordFacts;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.application.port.out.WordSegmenter;
import org.shangmen.analytics.domain.Fact;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.WorkerAdministration;
import org.springframework.transaction.annotation.Transactional;

/**
 * A4.1: feeds the store through the {@link IngestBuffer}. Each call returns once the batch holding its fact
 * has committed (views excepted); an event's key is noted in the same transaction as its facts, so a second
 * delivery changes nothing, and the store's upserts make the arrival order irrelevant. No transaction is held
 * while waiting: the batch has its own.
 */
public class RecordFactsService implements RecordFacts {

    private final AnalyticsStore store;
    private final IngestBuffer buffer;
    private final WordSegmenter segmenter;
    private final WorkerAdministration workers;

    public RecordFactsService(AnalyticsStore store, IngestBuffer buffer, WordSegmenter segmenter, WorkerAdministration workers) {
        this.store = store;
        this.buffer = buffer;
        this.segmenter = segmenter;
        this.workers = workers;
    }

    /** Records each fact as a batch of one, in the caller's thread (load drivers and tools, without the writer thread). */
    public RecordFactsService(AnalyticsStore store, WordSegmenter segmenter, WorkerAdministration workers, Clock clock) {
        this(store, IngestBuffer.direct(store, clock), segmenter, workers);
    }

    private void record(String eventKey, Fact fact) {
        try {
            buffer.submit(new Fact.Keyed(eventKey, fact)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean recorded(String eventKey) {
        return store.seen(eventKey);
    }

    @Override
    public void order(String eventKey, OrderStage stage) {
        record(eventKey, stage);
    }

    @Override
    public void quote(String eventKey, Facts.QuoteFact quote) {
        record(eventKey, quote);
    }

    @Override
    public void review(String eventKey, Facts.ReviewFact review) {
        record(eventKey, new Fact.Review(review, words(review)));
    }

    /** The counted words of a low-star review's text; none for a better one. */
    Map<String, Integer> words(Facts.ReviewFact review) {
        return review.overall() <= Facts.LOW_STARS && !review.text().isBlank() ? segmenter.words(review.text()) : Map.of();
    }

    @Override
    public void complaintFiled(String eventKey, Facts.ComplaintFiled complaint) {
        record(eventKey, complaint);
    }

    @Override
    public void complaintResolved(String eventKey, Facts.ComplaintResolved complaint) {
        record(eventKey, complaint);
    }

    @Override
    public void customer(String eventKey, UUID customerId, Instant registeredAt) {
        record(eventKey, new Fact.CustomerRegistered(customerId, registeredAt));
    }

    @Override
    public void customerBirthYear(String eventKey, UUID customerId, Optional<Integer> birthYear, Instant at) {
        record(eventKey, new Fact.BirthYear(customerId, birthYear, at));
    }

    @Override
    public void workerCertified(String eventKey, UUID workerId, Instant certifiedAt) {
        if (!store.seen(eventKey)) {
            record(eventKey, profile(workerId, certifiedAt));
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
    public void workerPenalized(String eventKey, UUID workerId, Instant at) {
        record(eventKey, new Fact.WorkerPenalized(workerId, at));
    }

    @Override
    public void viewed(Facts.ViewFact view) {
        buffer.offer(new Fact.Keyed("View:" + view.viewId(), view));
    }
}
