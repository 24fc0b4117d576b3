package org.shangmen.analytics.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing the store learns from one event, as a batch carries it. Every kind is applied by an upsert whose
 * result does not depend on the order or number of deliveries (see {@link OrderStage} and the store).
 */
public sealed interface Fact permits OrderStage, Facts.QuoteFact, Fact.Review, Facts.ComplaintFiled, Facts.ComplaintResolved,
        Fact.CustomerRegistered, Fact.BirthYear, Facts.WorkerProfile, Fact.WorkerPenalized, Facts.ViewFact {

    /** A review as it now stands, with the counted words of its text when low-star (none otherwise). */
    record Review(Facts.ReviewFact review, Map<String, Integer> words) implements Fact {
        public Review {
            words = Map.copyOf(words);
        }
    }

    record CustomerRegistered(UUID customerId, Instant at) implements Fact {
    }

    /** A birth year given with consent; empty once withdrawn. */
    record BirthYear(UUID customerId, Optional<Integer> birthYear, Instant at) implements Fact {
    }

    record WorkerPenalized(UUID workerId, Instant at) implements Fact {
    }

    /** A fact with the key of the event that told it; a key recorded before changes nothing. */
    record Keyed(String eventKey, Fact fact) {
    }
}
