package org.shangmen.worker.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

public record CommunityRow(UUID id, String districtCode, String name, double latitude, double longitude, Instant createdAt) {
}
