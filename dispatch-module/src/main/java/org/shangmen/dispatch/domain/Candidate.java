package org.shangmen.dispatch.domain;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.GeoPoint;

/**
 * A worker free for an order, with what ranking weighs.
 *
 * @param recentLoad orders the worker took in the last seven days
 */
public record Candidate(UUID workerId, Optional<GeoPoint> home, int ratingTenths, int ratingCount, int experienceYears,
                        int recentLoad) {
}
