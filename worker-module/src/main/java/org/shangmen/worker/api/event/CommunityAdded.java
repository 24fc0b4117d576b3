package org.shangmen.worker.api.event;

import java.time.Instant;
import java.util.UUID;

/** A residential community became choosable in a served district. */
public record CommunityAdded(UUID communityId, String districtCode, String name, Instant addedAt) {
}
