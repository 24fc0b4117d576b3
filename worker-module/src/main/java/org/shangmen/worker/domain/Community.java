package org.shangmen.worker.domain;

import java.util.Objects;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;

/** A residential community (小区) in a district, the finest area customers and workers choose. */
public record Community(UUID id, RegionCode district, String name, GeoPoint location) {

    public static final int MAX_NAME_LENGTH = 64;

    public Community {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(location, "location");
        if (district.level() != RegionCode.Level.DISTRICT) {
            throw DomainException.invalid("worker.community-needs-district", district.value());
        }
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw DomainException.invalid("worker.community-name-invalid", MAX_NAME_LENGTH);
        }
    }
}
